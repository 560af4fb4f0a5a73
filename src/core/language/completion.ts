import { addDays } from '../dates';
import { nextWorkday } from '../holidays';
import { formatMessage } from '../catalogue';
import { declaredOutcomes } from '../alignment';
import { MODULE_TYPES, type ModuleType, type ParsedFile } from '../module';
import type { ProgrammeContext } from '../programme';
import { propertiesAt, propertyDoc, type PropertyDoc } from '../schema/schemas';
import type { Locale, Position, Range } from '../types';
import type { WorkspaceView } from '../view';
import { headerContextAt, type HeaderContext } from './headerContext';

/** A completion, independent of any editor protocol. */
export interface CompletionEntry {
  label: string;
  kind: 'key' | 'value' | 'track' | 'seance' | 'outcome' | 'date';
  /** A short line shown next to the label: the key's title, a seance's date. */
  detail?: string;
  /** Markdown: the schema description of a key, the summary of a seance. */
  documentation?: string;
  /** The text that replaces `range`; an LSP snippet when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  range: Range;
  /** Orders entries that would otherwise sort by label (dates, nearest first). */
  sortText?: string;
}

/**
 * What may be written at a position of a module's header: keys from the schema (with snippets
 * for keys that hold a group or a list), enum values, the programme's track and seance ids, and
 * dates. `today` is the date a new seance is proposed after when the programme has none; schema
 * texts are in `locale`.
 */
export function completionsAt(
  workspace: WorkspaceView,
  file: string,
  position: Position,
  today: string,
  locale: Locale = 'en',
): CompletionEntry[] {
  const parsed = workspace.get(file);
  if (!parsed) return [];
  const context = headerContextAt(parsed, position);
  const type = parsed.module?.type ?? typeFromText(parsed.text);
  if (type === 'seance' || type === 'assignment') {
    const slot = outcomeSlotAt(parsed, position, context);
    if (slot) return outcomeEntries(workspace.programmeOf(file), slot);
  }
  if (!context) return [];
  if (context.kind === 'key') {
    if (!type) {
      return context.path.length === 0 && !context.siblings.includes('type')
        ? [keyEntry('type', { enum: [...MODULE_TYPES] }, context.range, false)]
        : [];
    }
    const flow = /\{[^}]*$/.test(parsed.text.slice(parsed.lines.lineStart(position.line), parsed.lines.offsetAt(position)));
    return propertiesAt(type, context.path, locale)
      .filter(({ key }) => !context.siblings.includes(key))
      .map(({ key, doc }) => keyEntry(key, doc, context.range, flow));
  }
  const path = context.path;
  const key = String(path[path.length - 1]);
  if (path.length === 1 && key === 'type') {
    return MODULE_TYPES.map((value) => valueEntry(value, 'value', context.range));
  }
  if (!type) return [];
  const programme = workspace.programmeOf(file);
  // `track: |` or, in a seance, an entry of `track: [a, |]`.
  const trackValue = (path.length === 1 && key === 'track') || (type === 'seance' && path.length === 2 && path[0] === 'track');
  if (type !== 'programme' && trackValue && programme) {
    return programme.programme.tracks.map((track) => ({
      ...valueEntry(track.id.value, 'track', context.range),
      detail: track.title,
      documentation: track.description,
    }));
  }
  if (type === 'assignment' && path.length === 1 && (key === 'given' || key === 'due') && programme) {
    return programme.seances
      .filter((seance) => seance.id)
      .map((seance) => ({
        ...valueEntry(seance.id!.value, 'seance', context.range),
        detail: [seance.date?.value, seance.title?.value].filter(Boolean).join(' · '),
        sortText: seance.date?.value ?? '9999',
      }));
  }
  const doc = propertyDoc(type, path, locale);
  if (doc?.enum) return doc.enum.map((value) => ({ ...valueEntry(value, 'value', context.range), detail: doc.title }));
  if (doc?.format === 'date') return dateEntries(workspace, file, today, context.range, locale);
  return [];
}

/**
 * Where an outcome id is being written in a module's `outcomes` list, block (`  - giv|`) or flow
 * (`outcomes: [giv-feedback, sa|]`): the range the id replaces.
 */
function outcomeSlotAt(
  parsed: Pick<ParsedFile, 'lines' | 'frontmatter'>,
  position: Position,
  context: HeaderContext | undefined,
): Range | undefined {
  if (context?.kind === 'key') {
    const [key, index] = context.path;
    return context.path.length === 2 && key === 'outcomes' && typeof index === 'number' ? context.range : undefined;
  }
  const span = parsed.frontmatter;
  const { lines } = parsed;
  const offset = lines.offsetAt(position);
  if (!span || offset < span.content.start || offset > (span.close?.start ?? lines.text.length)) return undefined;
  const before = lines.text.slice(lines.lineStart(position.line), offset);
  const flow = /^outcomes:[ \t]*\[(?:[^\]]*,)?[ \t]*["']?([\w-]*)$/.exec(before);
  if (!flow) return undefined;
  const rest = /^[\w-]*/.exec(lines.text.slice(offset, lines.lineEnd(position.line)))![0];
  return {
    start: { line: position.line, character: position.character - flow[1]!.length },
    end: { line: position.line, character: position.character + rest.length },
  };
}

/** The programme's outcomes and its tracks', with their text. */
function outcomeEntries(programme: ProgrammeContext | undefined, range: Range): CompletionEntry[] {
  if (!programme) return [];
  const seen = new Set<string>();
  return declaredOutcomes(programme.programme).flatMap((outcome) => {
    if (seen.has(outcome.id.value)) return [];
    seen.add(outcome.id.value);
    return [
      {
        ...valueEntry(outcome.id.value, 'outcome', range),
        ...(outcome.text ? { detail: outcome.text } : {}),
      },
    ];
  });
}

function keyEntry(key: string, doc: PropertyDoc, range: Range, flow: boolean): CompletionEntry {
  return {
    label: key,
    kind: 'key',
    detail: doc.title,
    documentation: doc.description,
    insertText: flow ? `${key}: ` : keySnippet(key, doc),
    snippet: !flow,
    range,
  };
}

/** The text a key is completed with: for a group, its required keys with example values. */
function keySnippet(key: string, doc: PropertyDoc): string {
  const example = doc.examples?.[0];
  if (doc.enum) return `${key}: \${1|${doc.enum.join(',')}|}`;
  if (doc.type === 'object' && example && typeof example === 'object') {
    const fields = Object.entries(example as Record<string, unknown>).map(
      ([k, v], i) => `${k}: ${quoteIfTime(snippetText(String(v)), i + 1)}`,
    );
    return `${key}: { ${fields.join(', ')} }`;
  }
  if (doc.type === 'array') {
    const first = Array.isArray(example) ? example[0] : undefined;
    if (first && typeof first === 'object') {
      const fields = Object.entries(first as Record<string, unknown>).map(([k, v], i) => `${k}: \${${i + 1}:${snippetText(String(v))}}`);
      return `${key}:\n  - { ${fields.join(', ')} }`;
    }
    return `${key}: [\${1:${snippetText(String(first ?? ''))}}]`;
  }
  return `${key}: \${1:${snippetText(typeof example === 'string' ? example : '')}}`;
}

function quoteIfTime(text: string, tabstop: number): string {
  return /^\d{2}:\d{2}$/.test(text) ? `"\${${tabstop}:${text}}"` : `\${${tabstop}:${text}}`;
}

function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function valueEntry(value: string, kind: CompletionEntry['kind'], range: Range): CompletionEntry {
  return { label: value, kind, insertText: value, snippet: false, range };
}

/**
 * Dates worth proposing: the next weekday after the programme's last seance, a week after it,
 * and the programme's first and last day; today's next weekday when there is no seance yet.
 */
function dateEntries(workspace: WorkspaceView, file: string, today: string, range: Range, locale: Locale): CompletionEntry[] {
  const programme = workspace.programmeOf(file);
  const dates = (programme?.seances ?? []).flatMap((s) => (s.date && s.file !== file ? [s.date.value] : [])).sort();
  const last = dates[dates.length - 1];
  const proposals = new Map<string, 'after-last' | 'week-after-last' | 'today' | 'period-start' | 'period-end'>();
  const country = programme?.country;
  if (last) {
    proposals.set(nextWorkday(last, country), 'after-last');
    proposals.set(nextWorkday(addDays(last, 6), country), 'week-after-last');
  } else {
    proposals.set(nextWorkday(addDays(today, -1), country), 'today');
  }
  const period = programme?.programme.period;
  if (period?.start) proposals.set(period.start.value, 'period-start');
  if (period?.end) proposals.set(period.end.value, 'period-end');
  return [...proposals].map(([date, reason], i) => ({
    ...valueEntry(date, 'date', range),
    detail: formatMessage({ key: `completion.${reason}` }, locale),
    sortText: String(i),
  }));
}

/** The module type written in a header that does not parse yet. */
function typeFromText(text: string): ModuleType | undefined {
  const m = /^type:[ \t]*["']?(programme|seance|assignment)\b/m.exec(text);
  return m ? (m[1] as ModuleType) : undefined;
}
