/** The details pane: everything the model knows about the focused seance or assignment. */
import type { AssignmentModel, ProgrammeModel, SeanceDayModel, SeanceModel, SourceRef } from '../src/core/model';
import type { Locale } from '../src/core/types';
import { h, severityIcon, type Child } from './dom';
import { longDate, timeSpan } from '../src/core/intl';
import type { TimelineItem } from './items';
import { formatWord, modeWord, t } from './strings';
import { laneTitle } from './timeline';

export interface DetailsContext {
  model: ProgrammeModel;
  locale: Locale;
  language: string;
  reveal: (source: SourceRef) => void;
  /** A line of the item's file the cursor is on: its agenda item is marked. */
  highlightLine?: number;
}

/** The pane's content for an item, or a hint when no item is focused. */
export function renderDetails(item: TimelineItem | undefined, context: DetailsContext): Child[] {
  const { locale } = context;
  if (!item) return [h('p', { class: 'hint' }, t(locale, 'noSelection'))];
  const kind = item.kind === 'seance' ? t(locale, 'seance') : t(locale, 'assignment');
  const body =
    item.kind === 'seance'
      ? seanceDetails(findSeance(context.model, item), item, context)
      : assignmentDetails(findAssignment(context.model, item), item, context);
  return [
    h(
      'p',
      { class: `kind lane-c${item.lane.colour % 6}` },
      h('span', { class: 'swatch', 'aria-hidden': 'true' }),
      `${kind} · ${laneTitle(item.lane, locale)}`,
    ),
    h('h2', { class: 'details-title' }, item.title),
    item.problems
      ? h(
          'ul',
          { class: `details-problems severity-${item.problems.severity}`, 'aria-label': t(locale, 'problems') },
          item.problems.messages.map((message) => h('li', {}, severityIcon(item.problems!.severity), h('span', {}, message))),
        )
      : null,
    ...body,
    h(
      'p',
      {},
      button(t(locale, 'openSource'), () => context.reveal(item.source), 'open-source'),
    ),
  ];
}

function findSeance(model: ProgrammeModel, item: TimelineItem): SeanceModel | undefined {
  return model.seances.find((s) => s.id === (item.kind === 'seance' ? item.seance.id : '') && s.source.file === item.source.file);
}

function findAssignment(model: ProgrammeModel, item: TimelineItem): AssignmentModel | undefined {
  return model.assignments.find(
    (a) => a.id === (item.kind === 'assignment' ? item.assignment.id : '') && a.source.file === item.source.file,
  );
}

function button(text: string, onClick: () => void, className = ''): HTMLButtonElement {
  const b = h('button', { type: 'button', class: `link-button ${className}`.trim() }, text);
  b.addEventListener('click', onClick);
  return b;
}

function facts(rows: [string, Child][]): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    rows
      .filter(([, value]) => value !== undefined && value !== '' && value !== null)
      .flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );
}

/** A link only for http(s): any other scheme (javascript:, data:, file:) is shown as text. */
export function linkTo(url: string): Child {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' || parsed.protocol === 'http:') return h('a', { href: parsed.href, rel: 'noreferrer noopener' }, url);
  } catch {
    // Not a URL: show it as written.
  }
  return url;
}

function seanceDetails(seance: SeanceModel | undefined, item: TimelineItem & { kind: 'seance' }, context: DetailsContext): Child[] {
  const { locale, language } = context;
  const mark = item.seance;
  const date =
    mark.endDate && mark.endDate > mark.date
      ? t(locale, 'fromTo', { start: longDate(language, mark.date), end: longDate(language, mark.endDate) })
      : longDate(language, mark.date);
  const out: Child[] = [
    facts([
      [t(locale, 'date'), date],
      [t(locale, 'time'), mark.days ? dayTimes(mark.days, language) : timeSpan(mark.time)],
      [t(locale, 'mode'), modeWord(mark.mode, locale)],
      [t(locale, 'location'), seance?.location],
      [t(locale, 'link'), seance?.link ? linkTo(seance.link) : undefined],
      [
        t(locale, 'track'),
        seance?.tracks
          ? seance.tracks.map((id) => context.model.tracks.find((track) => track.id === id)?.title ?? id).join(', ')
          : undefined,
      ],
      [t(locale, 'optional'), seance?.optional || seance?.condition ? seance.condition || t(locale, 'optional') : undefined],
    ]),
  ];
  if (!seance) return out;
  if (seance.facilitators.length > 0) {
    out.push(
      h('h3', {}, t(locale, 'facilitators')),
      h(
        'ul',
        { class: 'facilitators' },
        seance.facilitators.map((f) => h('li', {}, f)),
      ),
    );
  }
  if (seance.goals.length > 0) {
    out.push(
      h('h3', {}, t(locale, 'goals')),
      h(
        'ul',
        { class: 'goals' },
        seance.goals.map((g) => h('li', {}, g)),
      ),
    );
  }
  if (seance.agenda.length > 0) {
    out.push(h('h3', {}, t(locale, 'agenda')));
    const days = [...new Set(seance.agenda.map((a) => a.date ?? ''))];
    for (const day of days) {
      if (days.length > 1 && day) {
        const span = timeSpan(mark.days?.find((d) => d.date === day));
        out.push(h('h4', {}, span ? `${longDate(language, day)}, ${span}` : longDate(language, day)));
      }
      out.push(
        h(
          'ol',
          { class: 'agenda' },
          seance.agenda
            .filter((a) => (a.date ?? '') === day)
            .map((a) => {
              const time = a.time ? (a.end ? `${a.time}–${a.end}` : a.time) : '–';
              const current =
                context.highlightLine !== undefined &&
                a.source.range.start.line <= context.highlightLine &&
                context.highlightLine <= a.source.range.end.line;
              const row = h(
                'button',
                { type: 'button', class: `agenda-item${current ? ' current' : ''}`, title: t(locale, 'openSource') },
                h('span', { class: 'agenda-time' }, time),
                h('span', { class: 'agenda-title' }, a.speaker ? `${a.title} — ${a.speaker}` : a.title),
                a.format ? h('span', { class: 'agenda-format' }, formatWord(a.format, locale)) : null,
                a.description ? h('span', { class: 'agenda-description' }, a.description) : null,
              );
              row.addEventListener('click', () => context.reveal(a.source));
              return h('li', {}, row);
            }),
        ),
      );
    }
  }
  return out;
}

/** Each day of a seance of several days with its own time, one a line. */
function dayTimes(days: SeanceDayModel[], language: string): HTMLElement {
  return h(
    'ul',
    { class: 'day-times' },
    days.map((day) => h('li', {}, `${longDate(language, day.date)}: ${timeSpan(day) || '–'}`)),
  );
}

function assignmentDetails(
  assignment: AssignmentModel | undefined,
  item: TimelineItem & { kind: 'assignment' },
  context: DetailsContext,
): Child[] {
  const { locale, language, model } = context;
  const bar = item.assignment;
  const seanceTitle = (id: string | undefined): string | undefined => {
    const seance = id ? model.seances.find((s) => s.id === id) : undefined;
    return seance ? `${seance.title} (${longDate(language, seance.date)})` : undefined;
  };
  return [
    facts([
      [t(locale, 'given'), seanceTitle(bar.given) ?? longDate(language, bar.startDate)],
      [t(locale, 'due'), seanceTitle(bar.due) ?? longDate(language, bar.dueDate)],
      [t(locale, 'effort'), assignment?.effort],
    ]),
  ];
}
