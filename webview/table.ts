/** The same items as the timeline, as a table: the accessible alternative, and easier to scan. */
import type { SeanceMark, TimelineLayout } from '../src/core/timeline/layout';
import type { Locale } from '../src/core/types';
import { h, severityIcon, type Child } from './dom';
import { dayMonth, shortDate, timeSpan } from '../src/core/intl';
import { visibleItems, type TimelineItem } from './items';
import { modeWord, t } from './strings';
import { itemLabel, laneTitle } from './timeline';

export interface TableContext {
  layout: TimelineLayout;
  locale: Locale;
  language: string;
  programmeTitle: string;
  hidden: readonly string[];
  highlightKeys: ReadonlySet<string>;
}

/** A seance's time; for a seance of several days, each day's on a line of its own ("28. okt. 08:00–21:30"). */
function seanceTimes(seance: SeanceMark, language: string): Child | Child[] {
  if (!seance.days) return timeSpan(seance.time);
  return seance.days.map((day) => h('span', { class: 'day-time' }, `${dayMonth(language, day.date)} ${timeSpan(day) || '–'}`));
}

/** A table of every visible item in date order; each title is a button that opens the item. */
export function renderTable(context: TableContext): { element: HTMLElement; items: TimelineItem[] } {
  const { locale, language } = context;
  const items = visibleItems(context.layout, context.hidden)
    .flat()
    .sort((a, b) => a.offset - b.offset || (a.kind === b.kind ? 0 : a.kind === 'seance' ? -1 : 1));
  const head = h(
    'thead',
    {},
    h(
      'tr',
      {},
      [
        t(locale, 'date'),
        t(locale, 'time'),
        t(locale, 'kind'),
        t(locale, 'title'),
        t(locale, 'track'),
        t(locale, 'mode'),
        t(locale, 'problems'),
      ].map((c) => h('th', { scope: 'col' }, c)),
    ),
  );
  const rows = items.map((item) => {
    const dates =
      item.kind === 'seance'
        ? item.seance.endDate && item.seance.endDate > item.seance.date
          ? t(locale, 'fromTo', { start: shortDate(language, item.seance.date), end: shortDate(language, item.seance.endDate) })
          : shortDate(language, item.seance.date)
        : t(locale, 'fromTo', { start: shortDate(language, item.assignment.startDate), end: shortDate(language, item.assignment.dueDate) });
    const title = h(
      'button',
      { type: 'button', class: 'link-button', 'data-key': item.key, 'aria-label': itemLabel(item, locale, language) },
      item.title,
    );
    return h(
      'tr',
      { class: `lane-c${item.lane.colour % 6}${context.highlightKeys.has(item.key) ? ' highlighted' : ''}`, 'data-row-key': item.key },
      h('td', { class: 'nowrap' }, dates),
      h('td', { class: 'nowrap' }, item.kind === 'seance' ? seanceTimes(item.seance, language) : ''),
      h('td', {}, item.kind === 'seance' ? t(locale, 'seance') : t(locale, 'assignment')),
      h('th', { scope: 'row' }, title),
      h('td', {}, h('span', { class: 'swatch', 'aria-hidden': 'true' }), laneTitle(item.lane, locale)),
      h('td', { class: 'nowrap' }, item.kind === 'seance' ? modeWord(item.seance.mode, locale) : ''),
      h(
        'td',
        { class: item.problems ? `severity-${item.problems.severity}` : '' },
        item.problems ? [severityIcon(item.problems.severity), item.problems.messages.join(' ')] : '',
      ),
    );
  });
  const element = h(
    'table',
    { class: 'items-table' },
    h('caption', {}, t(locale, 'tableLabel', { title: context.programmeTitle })),
    head,
    h('tbody', {}, rows),
  );
  return { element, items };
}
