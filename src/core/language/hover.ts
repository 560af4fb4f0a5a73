import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { alignmentOf, type OutcomeAlignment } from '../alignment';
import { formatMessage } from '../catalogue';
import { headerDocument } from '../parse';
import { hoursMessage, itemTimes, LEARNING_TYPES, seanceSums, timedSeanceOf, type LearningTypeWords } from '../insight';
import type { SeanceModule } from '../module';
import type { MessageKey } from '../messages';
import type { TrackDeclaration } from '../module';
import { propertyDoc } from '../schema/schemas';
import type { Locale, Position, Range } from '../types';
import type { WorkspaceView } from '../view';
import { idAt } from './references';

/** Markdown to show for a position, and the range it is about. */
export interface HoverInfo {
  markdown: string;
  range: Range;
}

/**
 * For an id (declared or referred to): a summary of what it names; for a learning outcome, where
 * it is taught and practised. For a seance's title: its hours by learning type. For a header key:
 * the schema's title, description and an example.
 */
export function hoverAt(
  workspace: WorkspaceView,
  file: string,
  position: Position,
  locale: Locale,
  options: HoverOptions = {},
): HoverInfo | undefined {
  const parsed = workspace.get(file);
  if (!parsed?.module) return undefined;
  const label = (key: MessageKey): string => formatMessage({ key }, locale);
  const module = parsed.module;
  if (module.type === 'seance' && module.title && contains(module.title.range, position)) {
    const hours = seanceHours(module, locale, options.learningTypes);
    return hours ? { markdown: [`**${module.title.value}**`, ...hours].join('  \n'), range: module.title.range } : undefined;
  }
  const found = idAt(workspace, file, position);
  if (found) {
    const programme = workspace.programmeOf(file)!;
    const lines: string[] = [];
    if (found.target.kind === 'seance') {
      const seance = programme.seances.find((s) => s.id?.value === found.target.id);
      if (!seance) return undefined;
      lines.push(`**${seance.title?.value ?? seance.id!.value}** \`${seance.id!.value}\``);
      const days = [seance.date?.value, seance.endDate?.value].filter(Boolean).join(' – ');
      if (days) lines.push(`${label('hover.date')}: ${days}`);
      if (seance.time?.start && seance.time.end) lines.push(`${label('hover.time')}: ${seance.time.start.value}–${seance.time.end.value}`);
      if (seance.tracks.length > 0)
        lines.push(`${label('hover.track')}: ${seance.tracks.map((t) => trackTitle(programme.programme.tracks, t.value)).join(', ')}`);
      if (seance.location) lines.push(`${label('hover.location')}: ${seance.location}`);
      if (seance.facilitators.length > 0)
        lines.push(`${label('hover.facilitators')}: ${seance.facilitators.map((f) => f.value).join(', ')}`);
    } else if (found.target.kind === 'track') {
      const track = programme.programme.tracks.find((t) => t.id.value === found.target.id);
      if (!track) return undefined;
      lines.push(`**${track.title ?? track.id.value}** \`${track.id.value}\``);
      if (track.description) lines.push(track.description);
      const seances = programme.seances.filter((s) => s.tracks.some((t) => t.value === track.id.value) && s.date);
      if (seances.length > 0) {
        lines.push(
          `${label('hover.seances')}: ${seances
            .map((s) => `${s.date!.value} ${s.title?.value ?? ''}`.trim())
            .sort()
            .join('; ')}`,
        );
      }
    } else if (found.target.kind === 'outcome') {
      const entry = alignmentOf(programme).outcomes.get(found.target.id);
      if (!entry) return undefined;
      lines.push(...outcomeLines(entry, programme.programme.tracks, locale));
    } else {
      const assignment = programme.assignments.find((a) => a.id?.value === found.target.id);
      if (!assignment) return undefined;
      lines.push(`**${assignment.title?.value ?? assignment.id!.value}** \`${assignment.id!.value}\``);
      if (assignment.given) lines.push(`${label('hover.given')}: ${assignment.given.value}`);
      if (assignment.due) lines.push(`${label('hover.due')}: ${assignment.due.value}`);
    }
    return { markdown: lines.join('  \n'), range: found.target.range };
  }
  const key = keyAt(parsed, parsed.lines.offsetAt(position));
  if (!key) return undefined;
  const doc = propertyDoc(parsed.module.type, key.path, locale);
  if (!doc?.description) return undefined;
  const parts = [doc.title ? `**${doc.title}** \`${key.path.filter((p) => typeof p === 'string').join('.')}\`` : '', doc.description];
  const example = doc.examples?.[0];
  if (example !== undefined)
    parts.push(`${label('hover.example')}: \`${typeof example === 'string' ? example : JSON.stringify(example)}\``);
  return {
    markdown: parts.filter(Boolean).join('\n\n'),
    range: parsed.lines.range(key.start, key.end),
  };
}

/** What an outcome is, and where it is taught and practised. */
function outcomeLines(entry: OutcomeAlignment, tracks: readonly TrackDeclaration[], locale: Locale): string[] {
  const label = (key: MessageKey): string => formatMessage({ key }, locale);
  const { outcome } = entry;
  const lines = [`**${outcome.text ?? outcome.id.value}** \`${outcome.id.value}\``];
  if (outcome.track) lines.push(`${label('hover.track')}: ${trackTitle(tracks, outcome.track)}`);
  const level = [
    outcome.bloom ? `${label('hover.bloom')}: ${isBloom(outcome.bloom) ? label(`bloom.${outcome.bloom}`) : outcome.bloom}` : '',
    outcome.verb ? `${label('hover.verb')}: ${outcome.verb}` : '',
  ].filter(Boolean);
  if (level.length > 0) lines.push(level.join(' · '));
  const taught = entry.seances
    .map((s) => [s.date?.value, s.title?.value ?? s.id?.value].filter(Boolean).join(' '))
    .sort()
    .join('; ');
  lines.push(taught ? `${label('hover.taught')}: ${taught}` : label('hover.not-taught'));
  const practised = entry.assignments.map((a) => `${a.title?.value ?? a.id?.value ?? ''} (\`${a.id?.value ?? ''}\`)`).join('; ');
  lines.push(practised ? `${label('hover.practised')}: ${practised}` : label('hover.not-practised'));
  // The hours spent on the outcome go here once the learning part of issue 10 measures them (entry.hours).
  return lines;
}

const BLOOM_LEVELS = ['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'] as const;

function isBloom(level: string): level is (typeof BLOOM_LEVELS)[number] {
  return (BLOOM_LEVELS as readonly string[]).includes(level);
}

export interface HoverOptions {
  /** The organisation's own words for learning types (from a trusted workspace's settings). */
  learningTypes?: LearningTypeWords;
}

function contains(range: Range, position: Position): boolean {
  const after = (a: Position, b: Position): boolean => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(position, range.start) && after(range.end, position);
}

/**
 * A seance's hours by learning type: the time in the room, breaks and meals, then one line a type
 * with time, largest first. Undefined when the seance has no time to tell.
 */
function seanceHours(seance: SeanceModule, locale: Locale, words: LearningTypeWords | undefined): string[] | undefined {
  const timed = timedSeanceOf(seance);
  if (!timed) return undefined;
  const sums = seanceSums(itemTimes(timed, words));
  if (sums.contact + sums.breaks + sums.meals === 0) return undefined;
  const say = (message: Parameters<typeof formatMessage>[0]): string => formatMessage(message, locale);
  const lines = [
    say({
      key: 'hover.hours',
      args: { contact: hoursMessage(sums.contact), breaks: hoursMessage(sums.breaks), meals: hoursMessage(sums.meals) },
    }),
  ];
  const types = [...LEARNING_TYPES, 'unclassified' as const]
    .filter((type) => sums.byType[type] > 0)
    .sort((a, b) => sums.byType[b] - sums.byType[a]);
  for (const type of types) {
    const minutes = sums.byType[type];
    lines.push(
      `- ${say({ key: 'hover.hours-type', args: { type: { key: `learning.${type}` }, hours: hoursMessage(minutes), percent: Math.round((100 * minutes) / sums.contact) } })}`,
    );
  }
  if (sums.untimedItems > 0) lines.push(say({ key: 'hover.untimed', args: { count: sums.untimedItems } }));
  return lines;
}

function trackTitle(tracks: readonly { id: { value: string }; title?: string }[], id: string): string {
  const track = tracks.find((t) => t.id.value === id);
  return track?.title ? `${track.title} (${id})` : id;
}

/**
 * The header key under a file offset, with its path, in the header as the parser reads it: read
 * again for this one file, since no parsed file keeps its YAML Document.
 */
function keyAt(
  parsed: Parameters<typeof headerDocument>[0],
  offset: number,
): { path: (string | number)[]; start: number; end: number } | undefined {
  const span = parsed.frontmatter;
  if (!span?.close || offset < span.content.start || offset > span.close.start) return undefined;
  const doc = headerDocument(parsed);
  if (!doc) return undefined;
  const base = span.content.start;
  const local = offset - base;
  const search = (node: Node | null | undefined, path: (string | number)[]): ReturnType<typeof keyAt> => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const [start, end] = pair.key.range;
        const here = [...path, String(pair.key.value)];
        if (local >= start && local <= end) return { path: here, start: start + base, end: end + base };
        const inner = search(pair.value as Node | null, here);
        if (inner) return inner;
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const inner = search(node.items[i] as Node, [...path, i]);
        if (inner) return inner;
      }
    }
    return undefined;
  };
  return search(doc.contents, []);
}
