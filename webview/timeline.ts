/** Draws the timeline: the axis (months, ISO weeks, days), shaded weekends and holidays, one lane per track. */
import type { Locale } from '../src/core/types';
import type { Lane, TimelineLayout } from '../src/core/timeline/layout';
import { h, icon, severityIcon } from './dom';
import { addDays, longDate, monthName, shortDate, timeSpan, weekdayName } from './format';
import { laneItems, type TimelineItem } from './items';
import type { Zoom } from './state';
import { t } from './strings';

/** Width of the lane labels on the left, in CSS pixels; the page gives it to the CSS as --label-width. */
export const LABEL_WIDTH = 190;
const SEANCE_ROW = 42;
const BAR_ROW = 24;
const LANE_PADDING = 6;
/** The widest a seance's label gets; a longer title ends in an ellipsis (the tooltip has it whole). */
const SEANCE_LABEL_MAX = 320;
const SEANCE_MIN = 8;
const GAP = 4;
const MAX_SEANCE_ROWS = 3;

/** Pixels per day: the whole period, about a month, or about a week fills the visible width. */
export function dayWidthFor(zoom: Zoom, days: number, visibleWidth: number): number {
  const width = Math.max(visibleWidth - LABEL_WIDTH, 200);
  const span = zoom === 'period' ? days : zoom === 'month' ? 31 : 7;
  const min = zoom === 'period' ? 3 : zoom === 'month' ? 12 : 40;
  return Math.max(min, Math.floor((width / span) * 100) / 100);
}

export interface TimelineContext {
  layout: TimelineLayout;
  locale: Locale;
  /** The language of dates (the programme's). */
  language: string;
  programmeTitle: string;
  hidden: readonly string[];
  dayWidth: number;
  /** The width of a text in the page's font: bold (titles), small (meta lines, week numbers). */
  measure: (text: string, font: 'bold' | 'small') => number;
  /** The item that gets tabindex 0 (roving focus). */
  focusKey?: string;
  highlightKeys: ReadonlySet<string>;
  /** The lane whose track the cursor is on in the programme file. */
  highlightLane?: string;
}

/** The title of a lane: its track's, or "Whole programme" for the lane of items without a track. */
export function laneTitle(lane: Lane, locale: Locale): string {
  return lane.id === '' ? t(locale, 'wholeProgramme') : lane.title || lane.id;
}

/** The words a screen reader says for an item, and its tooltip (with the problems' messages). */
export function itemLabel(item: TimelineItem, locale: Locale, language: string): string {
  const track = laneTitle(item.lane, locale);
  let label: string;
  if (item.kind === 'seance') {
    const s = item.seance;
    const time = timeSpan(s.time);
    const date = s.endDate && s.endDate > s.date ? t(locale, 'fromTo', { start: longDate(language, s.date), end: longDate(language, s.endDate) }) : longDate(language, s.date);
    label = t(locale, 'seanceLabel', { title: s.title, date, time: time ? ` ${time}` : '', mode: modeName(s.mode, locale), track });
  } else {
    const a = item.assignment;
    label = t(locale, 'assignmentLabel', { title: a.title, start: longDate(language, a.startDate), due: longDate(language, a.dueDate), track });
  }
  if (item.problems) {
    label += `. ${t(locale, 'problemLabel', { count: item.problems.messages.length, messages: item.problems.messages.join(' ') })}`;
  }
  return label;
}

/** "Online", "On site" or "Hybrid"; a seance without a mode is on site. */
export function modeName(mode: string | undefined, locale: Locale): string {
  return mode === 'online' ? t(locale, 'online') : mode === 'hybrid' ? t(locale, 'hybrid') : t(locale, 'onsite');
}

/** The whole drawing; the page puts it in its scroll container. */
export function renderTimeline(context: TimelineContext): { element: HTMLElement; items: TimelineItem[] } {
  const { layout, dayWidth } = context;
  const width = layout.days * dayWidth;
  const lanes = layout.lanes.filter((lane) => !context.hidden.includes(lane.id));
  const items: TimelineItem[] = [];
  const rows = lanes.map((lane) => renderLane(lane, context, items));
  const grid = h(
    'div',
    { class: 'lanes', role: 'grid', 'aria-label': t(context.locale, 'timelineLabel', { title: context.programmeTitle }) },
    rows,
  );
  const element = h(
    'div',
    { class: 'timeline', 'data-day-width': dayWidth, style: { width: `${LABEL_WIDTH + width}px`, '--day-width': `${dayWidth}px` } },
    renderAxis(context, width),
    h('div', { class: 'lanes-area' }, renderBackground(context, width), grid),
  );
  return { element, items };
}

function renderAxis(context: TimelineContext, width: number): HTMLElement {
  const { layout, dayWidth, language, locale } = context;
  const px = (days: number): string => `${days * dayWidth}px`;
  const months = layout.months.map((month) => {
    const w = month.length * dayWidth;
    const full = monthName(language, month.year, month.month);
    const names = [full, monthName(language, month.year, month.month, 'long'), monthName(language, month.year, month.month, 'short')];
    const text = names.find((name) => context.measure(name, 'bold') + 10 <= w) ?? '';
    return h('div', { class: 'month', title: full, style: { left: px(month.offset), width: px(month.length) } }, h('span', { class: 'sticky-text' }, text));
  });
  const weeks = layout.weeks.map((week) => {
    const w = week.length * dayWidth;
    const full = t(locale, 'week', { week: week.week });
    const text = [full, String(week.week)].find((name) => context.measure(name, 'small') + 6 <= w) ?? '';
    return h('div', { class: 'week', 'data-week': week.week, title: full, style: { left: px(week.offset), width: px(week.length) } }, h('span', { class: 'sticky-text' }, text));
  });
  const rows = [h('div', { class: 'axis-row axis-months' }, months), h('div', { class: 'axis-row axis-weeks' }, weeks)];
  if (dayWidth >= 18) {
    const shaded = new Map(layout.shaded.map((s) => [s.offset, s]));
    const days = Array.from({ length: layout.days }, (_, offset) => {
      const date = addDays(layout.start, offset);
      const shade = shaded.get(offset);
      const title = shade?.name ? `${longDate(language, date)}: ${shade.name}` : longDate(language, date);
      const day = dayWidth >= 60 ? `${weekdayName(language, date)} ${Number(date.slice(8))}` : String(Number(date.slice(8)));
      return h('div', { class: `day${shade ? ` ${shade.kind}` : ''}`, title, style: { left: px(offset), width: px(1) } }, day);
    });
    rows.push(h('div', { class: 'axis-row axis-days' }, days));
  }
  if (layout.today !== undefined) {
    rows.push(h('div', { class: 'axis-row axis-marks' }, h('div', { class: 'today-label', style: { left: px(layout.today + 0.5) } }, t(locale, 'today'))));
  }
  return h(
    'div',
    { class: 'axis', 'aria-hidden': 'true' },
    h('div', { class: 'axis-corner' }, t(locale, 'tracks')),
    h('div', { class: 'axis-rows', style: { width: `${width}px` } }, rows),
  );
}

function renderBackground(context: TimelineContext, width: number): HTMLElement {
  const { layout, dayWidth, language } = context;
  const px = (days: number): string => `${days * dayWidth}px`;
  const shades = layout.shaded.map((s) =>
    h('div', {
      class: `shade ${s.kind}`,
      title: s.kind === 'holiday' && s.name ? `${shortDate(language, s.date)}: ${s.name}` : `${shortDate(language, s.date)}: ${t(context.locale, 'weekend')}`,
      style: { left: px(s.offset), width: px(1) },
    }),
  );
  const monthLines = layout.months.slice(1).map((m) => h('div', { class: 'month-line', style: { left: px(m.offset) } }));
  const weekLines = dayWidth >= 8 ? layout.weeks.slice(1).map((w) => h('div', { class: 'week-line', style: { left: px(w.offset) } })) : [];
  const today = layout.today !== undefined ? h('div', { class: 'today-line', style: { left: px(layout.today + 0.5) } }) : null;
  return h('div', { class: 'background', 'aria-hidden': 'true', style: { width: `${width}px` } }, shades, weekLines, monthLines, today);
}

function renderLane(lane: Lane, context: TimelineContext, out: TimelineItem[]): HTMLElement {
  const { dayWidth, locale } = context;
  const title = laneTitle(lane, locale);
  const items = laneItems(lane);
  const seances = items.filter((item) => item.kind === 'seance');
  const placed = placeSeances(seances, dayWidth, context.layout.days * dayWidth, (item) => seanceLabelWidth(item, context));
  const seanceRows = Math.max(1, ...placed.map((p) => p.row + 1));
  const barsTop = LANE_PADDING + seanceRows * SEANCE_ROW;
  const height = barsTop + lane.rows * BAR_ROW + LANE_PADDING;
  const cells: HTMLElement[] = [];
  for (const item of items) {
    out.push(item);
    if (item.kind === 'seance') {
      const place = placed.find((p) => p.item === item)!;
      cells.push(renderSeance(item, context, place, LANE_PADDING + place.row * SEANCE_ROW));
    } else {
      cells.push(renderAssignment(item, context, barsTop + item.assignment.row * BAR_ROW));
    }
  }
  return h(
    'div',
    { class: `lane lane-c${lane.colour % 6}${context.highlightLane === lane.id ? ' highlighted' : ''}`, role: 'row', 'data-lane': lane.id, style: { height: `${height}px` } },
    h(
      'div',
      { class: 'lane-label', role: 'rowheader', title, 'aria-label': t(locale, 'laneLabel', { title, seances: lane.seances.length, assignments: lane.assignments.length }) },
      h('span', { class: 'swatch', 'aria-hidden': 'true' }),
      h('span', { class: 'lane-title' }, title),
    ),
    h('div', { class: 'lane-track', role: 'presentation', style: { width: `${context.layout.days * dayWidth}px` } }, cells),
  );
}

interface SeancePlace {
  item: TimelineItem;
  left: number;
  width: number;
  row: number;
  /** The label is before the mark (right-aligned), for a seance near the end of the axis. */
  flipped?: boolean;
}

/**
 * Where each seance's mark and label go. A label wants the width of its text; a seance whose
 * label would run into the one before goes to the next row of the lane (up to three rows); a
 * label is cut at the next seance of its row; the last seance of a row, near the end of the axis,
 * puts its label before its mark when there is more room there.
 */
export function placeSeances(seances: TimelineItem[], dayWidth: number, laneWidth: number, labelWidth: (item: TimelineItem) => number): SeancePlace[] {
  const places: SeancePlace[] = [];
  const rowEnds: number[] = [];
  const lastInRow: SeancePlace[] = [];
  const spanOf = (item: TimelineItem): number => Math.max(item.length * dayWidth, SEANCE_MIN);
  const wantedOf = (item: TimelineItem): number => Math.max(spanOf(item), Math.min(labelWidth(item), SEANCE_LABEL_MAX));
  for (const item of seances) {
    const left = item.offset * dayWidth;
    const wanted = wantedOf(item);
    let row = rowEnds.findIndex((end) => end + GAP <= left);
    if (row < 0 && rowEnds.length < MAX_SEANCE_ROWS) row = rowEnds.length;
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    const place: SeancePlace = { item, left, width: wanted, row };
    places.push(place);
    lastInRow[row] = place;
    rowEnds[row] = left + wanted;
  }
  for (const [i, place] of places.entries()) {
    const span = spanOf(place.item);
    const wanted = wantedOf(place.item);
    const next = places.find((p) => p.row === place.row && p.left > place.left);
    const room = (next ? next.left - GAP : laneWidth) - place.left;
    place.width = Math.max(span, Math.min(wanted, room));
    if (!next && room < wanted) {
      const before = places.slice(0, i).filter((p) => p.row === place.row).pop();
      const roomBefore = place.left + span - (before ? before.left + before.width + GAP : 0);
      if (roomBefore > room) {
        // Before the mark, the label also leaves room for the mark itself.
        place.width = Math.max(span, Math.min(wanted + span, roomBefore));
        place.left = place.left + span - place.width;
        place.flipped = true;
      }
    }
  }
  return places;
}

/** The width a seance's label needs: its title, or its meta line (icon, mode, time), with padding. */
function seanceLabelWidth(item: TimelineItem, context: TimelineContext): number {
  if (item.kind !== 'seance') return 0;
  const seance = item.seance;
  const title = context.measure(seance.title, 'bold') + (item.problems ? 17 : 0);
  const meta = 18 + context.measure(`${modeName(seance.mode, context.locale)} ${timeSpan(seance.time)}`, 'small');
  return Math.ceil(Math.max(title, meta)) + 14;
}

function problemIcon(item: TimelineItem): SVGSVGElement | null {
  return item.problems ? severityIcon(item.problems.severity, `problem problem-${item.problems.severity}`) : null;
}

function tooltip(item: TimelineItem, label: string): string {
  return item.problems ? `${label}\n${item.problems.messages.map((m) => `• ${m}`).join('\n')}` : label;
}

function itemProps(item: TimelineItem, context: TimelineContext, extraClass: string): Record<string, string | number> {
  const label = itemLabel(item, context.locale, context.language);
  const classes = ['item', extraClass];
  if (item.problems) classes.push(`has-problem severity-${item.problems.severity}`);
  if (context.highlightKeys.has(item.key)) classes.push('highlighted');
  return {
    class: classes.join(' '),
    role: 'gridcell',
    tabindex: item.key === context.focusKey ? 0 : -1,
    'data-key': item.key,
    'aria-label': label,
    title: tooltip(item, label),
  };
}

function renderSeance(item: TimelineItem & { kind: 'seance' }, context: TimelineContext, place: SeancePlace, top: number): HTMLElement {
  const { left, width } = place;
  const { dayWidth, locale } = context;
  const seance = item.seance;
  const span = Math.max(seance.length * dayWidth, SEANCE_MIN);
  const mode = seance.mode === 'online' || seance.mode === 'hybrid' ? seance.mode : 'onsite';
  const time = timeSpan(seance.time);
  const compact = width < 56;
  return h(
    'div',
    {
      ...itemProps(item, context, `seance mode-${mode}${compact ? ' compact' : ''}${place.flipped ? ' flipped' : ''}`),
      style: { left: `${left}px`, top: `${top}px`, width: `${width}px`, '--span': `${span}px` },
    },
    h('span', { class: 'mark', 'aria-hidden': 'true' }),
    compact
      ? problemIcon(item)
      : h(
          'span',
          { class: 'text', 'aria-hidden': 'true' },
          h('span', { class: 'title' }, problemIcon(item), h('span', { class: 'title-text' }, seance.title)),
          h('span', { class: 'meta' }, icon(mode), h('span', { class: 'mode' }, modeName(seance.mode, locale)), time ? h('span', { class: 'time' }, time) : null),
        ),
  );
}

function renderAssignment(item: TimelineItem & { kind: 'assignment' }, context: TimelineContext, top: number): HTMLElement {
  const bar = item.assignment;
  const width = Math.max(bar.length * context.dayWidth, 6);
  return h(
    'div',
    {
      ...itemProps(item, context, `assignment${width < 40 ? ' compact' : ''}`),
      style: { left: `${bar.offset * context.dayWidth}px`, top: `${top}px`, width: `${width}px` },
    },
    problemIcon(item),
    h('span', { class: 'title-text', 'aria-hidden': 'true' }, bar.title),
  );
}
