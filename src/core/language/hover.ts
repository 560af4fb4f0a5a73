import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { formatMessage } from '../catalogue';
import type { MessageKey } from '../messages';
import { propertyDoc } from '../schema/schemas';
import type { Locale, Position, Range } from '../types';
import type { WorkspaceView } from '../view';
import type { Header } from '../yaml/header';
import { idAt } from './references';

/** Markdown to show for a position, and the range it is about. */
export interface HoverInfo {
  markdown: string;
  range: Range;
}

/**
 * For an id (declared or referred to): a summary of what it names. For a header key: the schema's
 * title, description and an example.
 */
export function hoverAt(workspace: WorkspaceView, file: string, position: Position, locale: Locale): HoverInfo | undefined {
  const parsed = workspace.get(file);
  if (!parsed?.module) return undefined;
  const label = (key: MessageKey): string => formatMessage({ key }, locale);
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
    } else {
      const assignment = programme.assignments.find((a) => a.id?.value === found.target.id);
      if (!assignment) return undefined;
      lines.push(`**${assignment.title?.value ?? assignment.id!.value}** \`${assignment.id!.value}\``);
      if (assignment.given) lines.push(`${label('hover.given')}: ${assignment.given.value}`);
      if (assignment.due) lines.push(`${label('hover.due')}: ${assignment.due.value}`);
    }
    return { markdown: lines.join('  \n'), range: found.target.range };
  }
  const key = parsed.header && keyAt(parsed.header, parsed.lines.offsetAt(position));
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

function trackTitle(tracks: readonly { id: { value: string }; title?: string }[], id: string): string {
  const track = tracks.find((t) => t.id.value === id);
  return track?.title ? `${track.title} (${id})` : id;
}

/** The header key under a file offset, with its path, in the header as the parser read it. */
function keyAt(header: Header, offset: number): { path: (string | number)[]; start: number; end: number } | undefined {
  if (offset < header.offset || offset > header.closeOffset) return undefined;
  const local = offset - header.offset;
  const search = (node: Node | null | undefined, path: (string | number)[]): ReturnType<typeof keyAt> => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const [start, end] = pair.key.range;
        const here = [...path, String(pair.key.value)];
        if (local >= start && local <= end) return { path: here, start: start + header.offset, end: end + header.offset };
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
  return search(header.doc.contents, []);
}
