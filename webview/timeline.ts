/** Draws the timeline: the axis (months, ISO weeks, days), shaded weekends and holidays, one lane per track. */
import type { Locale } from '../src/core/types';
import type { Lane, SeanceMark, TimelineLayout } from '../src/core/timeline/layout';
import { h, icon, severityIcon } from './dom';
import { addDays } from '../src/core/dates';
import { longDate, monthName, shortDate, timeSpan, weekdayName } from '../src/core/intl';
import { laneItems, type TimelineItem } from './items';
import type { Zoom } from './state';
import { modeWord, t } from './strings';

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
  /** Changes when the fonts `measure` uses change (a theme's font), so that the axis is drawn again. */
  fonts: string;
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

/**
 * The time a seance's item shows: its span, or each day's of a seance of several days
 * ("tor. 08:00–21:30 · fre. 08:30–12:00"), as each day has its own.
 */
export function seanceTimeText(seance: SeanceMark, language: string): string {
  if (!seance.days) return timeSpan(seance.time);
  return seance.days.map((day) => `${weekdayName(language, day.date)} ${timeSpan(day)}`.trim()).join(' · ');
}

/** The words a screen reader says for an item, and its tooltip (with the problems' messages). */
export function itemLabel(item: TimelineItem, locale: Locale, language: string): string {
  const track = laneTitle(item.lane, locale);
  let label: string;
  if (item.kind === 'seance') {
    const s = item.seance;
    // A seance of several days says each day with its own time.
    const time = s.days ? '' : timeSpan(s.time);
    const date = s.days
      ? s.days.map((day) => `${longDate(language, day.date)}${timeSpan(day) ? ` ${timeSpan(day)}` : ''}`).join('; ')
      : s.endDate && s.endDate > s.date
        ? t(locale, 'fromTo', { start: longDate(language, s.date), end: longDate(language, s.endDate) })
        : longDate(language, s.date);
    label = t(locale, 'seanceLabel', { title: s.title, date, time: time ? ` ${time}` : '', mode: modeWord(s.mode, locale), track });
  } else {
    const a = item.assignment;
    label = t(locale, 'assignmentLabel', {
      title: a.title,
      start: longDate(language, a.startDate),
      due: longDate(language, a.dueDate),
      track,
    });
  }
  if (item.problems) {
    label += `. ${t(locale, 'problemLabel', { count: item.problems.messages.length, messages: item.problems.messages.join(' ') })}`;
  }
  return label;
}

/** A part of the drawing and the inputs it was drawn from. */
interface Drawn {
  signature: string;
  element: HTMLElement;
}

interface LaneView extends Drawn {
  label: HTMLElement;
  track: HTMLElement;
}

/**
 * The timeline, drawn again on every update but rebuilt only where its inputs changed: the axis
 * and the background when the period, the scale or the language do, a lane's frame when its track
 * does, an item when anything it shows does. An update after one edited seance so replaces that
 * seance's nodes (and those of the seances it pushes to another row); every other node, with its
 * style, layout and paint, stays, and so do the scroll position and the focus.
 */
export class TimelineView {
  /** The page puts this in its scroll container once; it stays the same element. */
  readonly element = h('div', { class: 'timeline' });
  private readonly area = h('div', { class: 'lanes-area' });
  private readonly grid = h('div', { class: 'lanes', role: 'grid' });
  private scale?: { signature: string; axis: HTMLElement; background: HTMLElement };
  private lanes = new Map<string, LaneView>();
  private items = new Map<string, Drawn>();

  constructor() {
    this.area.append(this.grid);
    this.element.append(this.area);
  }

  /** Brings the drawing in step with the context; returns the drawn items, lane by lane. */
  render(context: TimelineContext): TimelineItem[] {
    const { layout, dayWidth } = context;
    const width = layout.days * dayWidth;
    this.element.setAttribute('data-day-width', String(dayWidth));
    this.element.style.setProperty('width', `${LABEL_WIDTH + width}px`);
    this.element.style.setProperty('--day-width', `${dayWidth}px`);
    this.grid.setAttribute('aria-label', t(context.locale, 'timelineLabel', { title: context.programmeTitle }));

    const scale = JSON.stringify([
      layout.start,
      layout.days,
      layout.months,
      layout.weeks,
      layout.shaded,
      layout.today,
      dayWidth,
      context.language,
      context.locale,
      context.fonts,
    ]);
    if (this.scale?.signature !== scale) {
      const axis = renderAxis(context, width);
      const background = renderBackground(context, width);
      if (this.scale) {
        this.scale.axis.replaceWith(axis);
        this.scale.background.replaceWith(background);
      } else {
        this.element.prepend(axis);
        this.area.prepend(background);
      }
      this.scale = { signature: scale, axis, background };
    }

    const items: TimelineItem[] = [];
    const lanes = new Map<string, LaneView>();
    const itemViews = new Map<string, Drawn>();
    const rows = layout.lanes
      .filter((lane) => !context.hidden.includes(lane.id))
      .map((lane) => {
        // Track ids repeat only in a broken programme; each lane still gets its own view.
        let key = lane.id;
        for (let n = 2; lanes.has(key); n++) key = `${lane.id}\u0000${n}`;
        const view = this.renderLane(lane, context, items, itemViews, this.lanes.get(key));
        lanes.set(key, view);
        return view.element;
      });
    reconcile(this.grid, rows);
    this.lanes = lanes;
    this.items = itemViews;
    return items;
  }

  private renderLane(
    lane: Lane,
    context: TimelineContext,
    out: TimelineItem[],
    itemViews: Map<string, Drawn>,
    view: LaneView | undefined,
  ): LaneView {
    const { dayWidth, locale } = context;
    const title = laneTitle(lane, locale);
    const items = laneItems(lane);
    const seances = items.filter((item) => item.kind === 'seance');
    const placed = new Map(
      placeSeances(seances, dayWidth, context.layout.days * dayWidth, (item) => seanceLabelWidth(item, context)).map((p) => [p.item, p]),
    );
    const seanceRows = Math.max(1, ...[...placed.values()].map((p) => p.row + 1));
    const barsTop = LANE_PADDING + seanceRows * SEANCE_ROW;
    const height = barsTop + lane.rows * BAR_ROW + LANE_PADDING;
    const cells: HTMLElement[] = [];
    for (const item of items) {
      out.push(item);
      let drawn: Drawn;
      if (item.kind === 'seance') {
        const place = placed.get(item)!;
        const top = LANE_PADDING + place.row * SEANCE_ROW;
        const { source: _, ...shown } = item.seance;
        drawn = this.reuse(
          item.key,
          itemViews,
          ['seance', shown, place.left, place.width, place.flipped, top, dayWidth, title, locale, context.language],
          () => renderSeance(item, context, place, top),
        );
      } else {
        const top = barsTop + item.assignment.row * BAR_ROW;
        const { source: _, ...shown } = item.assignment;
        drawn = this.reuse(item.key, itemViews, ['assignment', shown, top, dayWidth, title, locale, context.language], () =>
          renderAssignment(item, context, top),
        );
      }
      const element = drawn.element;
      const tabIndex = item.key === context.focusKey ? 0 : -1;
      if (element.tabIndex !== tabIndex) element.tabIndex = tabIndex;
      element.classList.toggle('highlighted', context.highlightKeys.has(item.key));
      cells.push(element);
    }

    const signature = JSON.stringify([
      lane.colour % 6,
      context.highlightLane === lane.id,
      height,
      title,
      lane.seances.length,
      lane.assignments.length,
      context.layout.days * dayWidth,
      locale,
    ]);
    if (view?.signature !== signature) {
      const label = h(
        'div',
        {
          class: 'lane-label',
          role: 'rowheader',
          title,
          'aria-label': t(locale, 'laneLabel', { title, seances: lane.seances.length, assignments: lane.assignments.length }),
        },
        h('span', { class: 'swatch', 'aria-hidden': 'true' }),
        h('span', { class: 'lane-title' }, title),
      );
      if (view) view.label.replaceWith(label);
      else {
        const track = h('div', { class: 'lane-track', role: 'presentation' });
        view = { signature, label, track, element: h('div', { role: 'row', 'data-lane': lane.id }, label, track) };
      }
      view.signature = signature;
      view.label = label;
      view.element.setAttribute('class', `lane lane-c${lane.colour % 6}${context.highlightLane === lane.id ? ' highlighted' : ''}`);
      view.element.style.setProperty('height', `${height}px`);
      view.track.style.setProperty('width', `${context.layout.days * dayWidth}px`);
    }
    reconcile(view.track, cells);
    return view;
  }

  /** The item's element from the last render if it was drawn from the same inputs, else a new one. */
  private reuse(key: string, itemViews: Map<string, Drawn>, inputs: unknown[], build: () => HTMLElement): Drawn {
    const signature = JSON.stringify(inputs);
    const old = this.items.get(key);
    // A key drawn twice (a broken programme) gets a second element rather than moving the first.
    const drawn = old && old.signature === signature && !itemViews.has(key) ? old : { signature, element: build() };
    if (!itemViews.has(key)) itemViews.set(key, drawn);
    return drawn;
  }
}

/** Makes `children` the element children of `parent`, in order, moving and removing as few as it can. */
function reconcile(parent: Element, children: Element[]): void {
  const keep = new Set(children);
  for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
  let current = parent.firstElementChild;
  for (const child of children) {
    if (child === current) current = current.nextElementSibling;
    else parent.insertBefore(child, current);
  }
}

function renderAxis(context: TimelineContext, width: number): HTMLElement {
  const { layout, dayWidth, language, locale } = context;
  const px = (days: number): string => `${days * dayWidth}px`;
  const months = layout.months.map((month) => {
    const w = month.length * dayWidth;
    const full = monthName(language, month.year, month.month);
    const names = [full, monthName(language, month.year, month.month, 'long'), monthName(language, month.year, month.month, 'short')];
    const text = names.find((name) => context.measure(name, 'bold') + 10 <= w) ?? '';
    return h(
      'div',
      { class: 'month', title: full, style: { left: px(month.offset), width: px(month.length) } },
      h('span', { class: 'sticky-text' }, text),
    );
  });
  const weeks = layout.weeks.map((week) => {
    const w = week.length * dayWidth;
    const full = t(locale, 'week', { week: week.week });
    const text = [full, String(week.week)].find((name) => context.measure(name, 'small') + 6 <= w) ?? '';
    return h(
      'div',
      { class: 'week', 'data-week': week.week, title: full, style: { left: px(week.offset), width: px(week.length) } },
      h('span', { class: 'sticky-text' }, text),
    );
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
    rows.push(
      h(
        'div',
        { class: 'axis-row axis-marks' },
        h('div', { class: 'today-label', style: { left: px(layout.today + 0.5) } }, t(locale, 'today')),
      ),
    );
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
      title:
        s.kind === 'holiday' && s.name
          ? `${shortDate(language, s.date)}: ${s.name}`
          : `${shortDate(language, s.date)}: ${t(context.locale, 'weekend')}`,
      style: { left: px(s.offset), width: px(1) },
    }),
  );
  const monthLines = layout.months.slice(1).map((m) => h('div', { class: 'month-line', style: { left: px(m.offset) } }));
  const weekLines = dayWidth >= 8 ? layout.weeks.slice(1).map((w) => h('div', { class: 'week-line', style: { left: px(w.offset) } })) : [];
  const today = layout.today !== undefined ? h('div', { class: 'today-line', style: { left: px(layout.today + 0.5) } }) : null;
  return h('div', { class: 'background', 'aria-hidden': 'true', style: { width: `${width}px` } }, shades, weekLines, monthLines, today);
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
 * puts its label before its mark when there is more room there. Two seances that share a day
 * never share a row, however many rows that takes: one would hide the other.
 */
export function placeSeances(
  seances: TimelineItem[],
  dayWidth: number,
  laneWidth: number,
  labelWidth: (item: TimelineItem) => number,
): SeancePlace[] {
  const places: SeancePlace[] = [];
  const rowEnds: number[] = [];
  // The day after the last day taken in each row.
  const dayEnds: number[] = [];
  const lastInRow: SeancePlace[] = [];
  const spanOf = (item: TimelineItem): number => Math.max(item.length * dayWidth, SEANCE_MIN);
  const wantedOf = (item: TimelineItem): number => Math.max(spanOf(item), Math.min(labelWidth(item), SEANCE_LABEL_MAX));
  for (const item of seances) {
    const left = item.offset * dayWidth;
    const wanted = wantedOf(item);
    const free = (row: number): boolean => (dayEnds[row] ?? 0) <= item.offset;
    let row = rowEnds.findIndex((end, r) => end + GAP <= left && free(r));
    if (row < 0 && rowEnds.length < MAX_SEANCE_ROWS) row = rowEnds.length;
    if (row < 0) {
      // Every row is taken: the label is cut in the free row whose label ends first, else a new row.
      const freeRows = rowEnds.map((end, r) => ({ end, r })).filter(({ r }) => free(r));
      row = freeRows.length > 0 ? freeRows.reduce((a, b) => (b.end < a.end ? b : a)).r : rowEnds.length;
    }
    const place: SeancePlace = { item, left, width: wanted, row };
    places.push(place);
    lastInRow[row] = place;
    rowEnds[row] = left + wanted;
    dayEnds[row] = item.offset + item.length;
  }
  for (const [i, place] of places.entries()) {
    const span = spanOf(place.item);
    const wanted = wantedOf(place.item);
    const next = places.find((p) => p.row === place.row && p.left > place.left);
    const room = (next ? next.left - GAP : laneWidth) - place.left;
    place.width = Math.max(span, Math.min(wanted, room));
    if (!next && room < wanted) {
      const before = places
        .slice(0, i)
        .filter((p) => p.row === place.row)
        .pop();
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
  const meta = 18 + context.measure(`${modeWord(seance.mode, context.locale)} ${seanceTimeText(seance, context.language)}`, 'small');
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
  // The roving tabindex and the highlight are set by TimelineView, so a move of either rebuilds nothing.
  return {
    class: classes.join(' '),
    role: 'gridcell',
    tabindex: -1,
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
  const time = seanceTimeText(seance, context.language);
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
          // Without a problem icon the title is one element; the mode and time are one text (500
          // items make some 3,000 elements, and each costs style, layout and paint).
          item.problems
            ? h('span', { class: 'title' }, problemIcon(item), h('span', { class: 'title-text' }, seance.title))
            : h('span', { class: 'title title-text' }, seance.title),
          h('span', { class: 'meta' }, icon(mode), time ? `${modeWord(seance.mode, locale)} ${time}` : modeWord(seance.mode, locale)),
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
