/** The seances and assignments of a layout as one list of items, and moving between them by key. */
import type { SourceRef } from '../src/core/model';
import type { AssignmentBar, ItemProblems, Lane, SeanceMark, TimelineLayout } from '../src/core/timeline/layout';

export type TimelineItem =
  (ItemBase & { kind: 'seance'; seance: SeanceMark }) | (ItemBase & { kind: 'assignment'; assignment: AssignmentBar });

interface ItemBase {
  /** Stable across updates: kind, file and id (ids may repeat in a broken programme, files do not). */
  key: string;
  lane: Lane;
  offset: number;
  length: number;
  title: string;
  source: SourceRef;
  problems?: ItemProblems;
}

/** The item's key; kept in the view state to find the focused item again after an update. */
export function itemKey(kind: 'seance' | 'assignment', source: SourceRef, id: string): string {
  return `${kind}:${source.file}#${id}`;
}

/** The items of a lane in time order (a seance before the bars that start on its day). */
export function laneItems(lane: Lane): TimelineItem[] {
  const items: TimelineItem[] = [
    ...lane.seances.map((seance): TimelineItem => ({
      kind: 'seance',
      // The same seance in a second track's lane is an item of its own.
      key: itemKey('seance', seance.source, seance.id) + (seance.also ? `@${lane.id}` : ''),
      lane,
      offset: seance.offset,
      length: seance.length,
      title: seance.title,
      source: seance.source,
      problems: seance.problems,
      seance,
    })),
    ...lane.assignments.map((assignment): TimelineItem => ({
      kind: 'assignment',
      key: itemKey('assignment', assignment.source, assignment.id),
      lane,
      offset: assignment.offset,
      length: assignment.length,
      title: assignment.title,
      source: assignment.source,
      problems: assignment.problems,
      assignment,
    })),
  ];
  const rank = (item: TimelineItem): number => (item.kind === 'seance' ? -1 : item.assignment.row);
  return items.sort((a, b) => a.offset - b.offset || rank(a) - rank(b) || a.length - b.length);
}

/** Every item of the layout's visible lanes, lane by lane. */
export function visibleItems(layout: TimelineLayout, hidden: readonly string[]): TimelineItem[][] {
  return layout.lanes.filter((lane) => !hidden.includes(lane.id)).map(laneItems);
}

/**
 * The item a key moves to from the current one: left and right in time within a lane, up and
 * down to the nearest item in time in the next lane that has items, Home and End to the ends of
 * the lane (with Ctrl, of the whole timeline). Undefined when the key moves nowhere.
 */
export function moveFocus(lanes: TimelineItem[][], current: string | undefined, key: string, ctrl = false): TimelineItem | undefined {
  const all = lanes.flat();
  if (all.length === 0) return undefined;
  let li = lanes.findIndex((items) => items.some((item) => item.key === current));
  const lane = lanes[li];
  const ii = lane ? lane.findIndex((item) => item.key === current) : -1;
  const here = lane?.[ii];
  if (!lane || !here) return all[0];
  switch (key) {
    case 'ArrowRight':
      return lane[ii + 1];
    case 'ArrowLeft':
      return lane[ii - 1];
    case 'Home':
      return ctrl ? all[0] : lane[0];
    case 'End':
      return ctrl ? all[all.length - 1] : lane[lane.length - 1];
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (li += step; li >= 0 && li < lanes.length; li += step) {
        const next = nearestInTime(lanes[li] ?? [], here);
        if (next) return next;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The item whose middle is nearest in time to that of `to`; undefined in an empty lane. */
function nearestInTime(items: TimelineItem[], to: TimelineItem): TimelineItem | undefined {
  const distance = (item: TimelineItem): number => Math.abs(item.offset + item.length / 2 - (to.offset + to.length / 2));
  let best: TimelineItem | undefined;
  for (const item of items) {
    if (!best || distance(item) < distance(best)) best = item;
  }
  return best;
}

/** The items written at a line of a file: the one whose range holds the line, else every item of the file. */
export function itemsAt(layout: TimelineLayout, file: string, line: number): TimelineItem[] {
  const inFile = visibleItems(layout, [])
    .flat()
    .filter((item) => item.source.file === file);
  const exact = inFile.find((item) => item.source.range.start.line <= line && line <= item.source.range.end.line);
  return exact ? [exact] : inFile;
}
