/** A course module built from a header the schema has checked, reading only the values it found right. */
import { isScalar, isSeq } from 'yaml';
import { isIsoDate } from '../dates';
import type { LineIndex } from '../lines';
import type {
  AssignmentModule,
  CourseModule,
  Located,
  ModuleType,
  OutcomeDeclaration,
  ProgrammeFacts,
  ProgrammeModule,
  SeanceModule,
  TrackDeclaration,
} from '../module';
import type { PracticeAssignment as AssignmentHeader } from '../schema/generated/assignment';
import type { Programme as ProgrammeHeader } from '../schema/generated/programme';
import type { Seance as SeanceHeader } from '../schema/generated/seance';
import type { Problem, Range } from '../types';
import type { Header } from '../yaml/header';
import { parseAgenda } from './agenda';
import { agendaSections } from './agendaScan';

export function readModule(
  file: string,
  type: ModuleType,
  reader: FieldReader<ProgrammeHeader | SeanceHeader | AssignmentHeader>,
  header: Header,
  lines: LineIndex,
  problems: Problem[],
  bodyStart: number,
): CourseModule {
  const text = lines.text;
  const base = { file, id: reader.string(['id']), title: reader.string(['title']), headerRange: header.openRange };
  switch (type) {
    case 'programme': {
      const read = reader as FieldReader<ProgrammeHeader>;
      const tracks: TrackDeclaration[] = [];
      const node = header.node(['tracks']);
      const count = isSeq(node) ? node.items.length : 0;
      for (let i = 0; i < count; i++) {
        const id = read.string(['tracks', i, 'id']);
        if (!id) continue;
        tracks.push({
          id,
          title: read.string(['tracks', i, 'title'])?.value,
          description: read.string(['tracks', i, 'description'])?.value,
          range: header.valueRange(['tracks', i])!,
          outcomes: readOutcomes(header, ['tracks', i, 'outcomes'], (j) => ({
            id: read.string(['tracks', i, 'outcomes', j, 'id']),
            text: read.string(['tracks', i, 'outcomes', j, 'text'])?.value,
            bloom: read.string(['tracks', i, 'outcomes', j, 'bloom'])?.value,
            verb: read.string(['tracks', i, 'outcomes', j, 'verb'])?.value,
            track: id.value,
          })),
        });
      }
      const amount = read.number(['price', 'amount']);
      const currency = read.string(['price', 'currency'])?.value;
      const programme: ProgrammeModule = {
        ...base,
        ...bodyOf(text.slice(bodyStart)),
        type,
        organisation: read.string(['organisation'])?.value,
        audience: read.string(['audience'])?.value,
        facts: programmeFacts(read),
        language: read.string(['language'])?.value,
        country: read.string(['country']),
        timezone: read.string(['timezone'])?.value,
        period: { start: read.date(['period', 'start']), end: read.date(['period', 'end']) },
        tracks,
        outcomes: readOutcomes(header, ['outcomes'], (j) => ({
          id: read.string(['outcomes', j, 'id']),
          text: read.string(['outcomes', j, 'text'])?.value,
          bloom: read.string(['outcomes', j, 'bloom'])?.value,
          verb: read.string(['outcomes', j, 'verb'])?.value,
        })),
        price: amount !== undefined && currency ? { amount, currency, vat: read.string(['price', 'vat'])?.value } : undefined,
        contact: read.string(['contact'])?.value,
      };
      return programme;
    }
    case 'seance': {
      const read = reader as FieldReader<SeanceHeader>;
      const date = read.date(['date']);
      const endDate = read.date(['end-date']);
      const agenda = parseAgenda(file, lines, date?.value, bodyStart, false, endDate?.value);
      problems.push(...agenda.problems);
      const tracks = read.string(['track']) ? [read.string(['track'])!] : read.strings(['track']);
      const seance: SeanceModule = {
        ...base,
        ...bodyOf(withoutAgenda(text, bodyStart)),
        type,
        track: tracks[0],
        tracks,
        optional: read.boolean(['optional']),
        condition: read.string(['condition'])?.value,
        undated: header.node(['date']) === undefined && header.node(['end-date']) === undefined,
        outcomes: read.strings(['outcomes']),
        date,
        endDate,
        time: { start: read.string(['time', 'start']), end: read.string(['time', 'end']) },
        mode: read.string(['mode'])?.value,
        location: read.string(['location'])?.value,
        link: read.string(['link'])?.value,
        facilitators: read.strings(['facilitators']),
        goals: read.strings(['goals']).map((g) => g.value),
        agenda: agenda.items,
        days: agenda.days,
      };
      return seance;
    }
    case 'assignment': {
      const read = reader as FieldReader<AssignmentHeader>;
      const due = read.string(['due']);
      if (due && /^\d{4}-\d{2}-\d{2}$/.test(due.value) && !isIsoDate(due.value)) {
        problems.push({
          file,
          code: 'invalid-date',
          severity: 'error',
          range: due.range,
          message: { key: 'invalid-date', args: { key: 'due', value: due.value } },
        });
      }
      const effort = read.string(['effort']);
      const assignment: AssignmentModule = {
        ...base,
        ...bodyOf(text.slice(bodyStart)),
        type,
        track: read.string(['track']),
        outcomes: read.strings(['outcomes']),
        given: read.string(['given']),
        due,
        effort: effort?.value,
        ...(effort ? { effortRange: effort.range } : {}),
      };
      return assignment;
    }
  }
}

/** The outcomes declared in a list of the header: each entry the schema left an id in. */
function readOutcomes(
  header: Header,
  path: readonly (string | number)[],
  read: (index: number) => Omit<OutcomeDeclaration, 'id' | 'range'> & { id?: Located<string> },
): OutcomeDeclaration[] {
  const node = header.node(path);
  const count = isSeq(node) ? node.items.length : 0;
  const out: OutcomeDeclaration[] = [];
  for (let j = 0; j < count; j++) {
    const { id, ...rest } = read(j);
    if (id) out.push({ ...rest, id, range: header.valueRange([...path, j])! });
  }
  return out;
}

/** The facts a programme states in its header, each left out when absent or wrong. */
function programmeFacts(read: FieldReader<ProgrammeHeader>): ProgrammeFacts {
  const facts: ProgrammeFacts = {};
  const aims = read.strings(['aims']).map((aim) => aim.value);
  if (aims.length > 0) facts.aims = aims;
  const count = read.number(['participants', 'count']);
  const who = read.string(['participants', 'who'])?.value;
  if (count !== undefined || who !== undefined) facts.participants = defined({ count, who });
  const website = read.string(['website'])?.value;
  if (website) facts.website = website;
  const opens = read.date(['registration', 'opens'])?.value;
  const closes = read.date(['registration', 'closes'])?.value;
  if (opens || closes) facts.registration = defined({ opens, closes });
  const questions: NonNullable<ProgrammeFacts['evaluation']>['questions'] = [];
  for (let i = 0; i < read.length(['evaluation', 'questions']); i++) {
    const question = read.string(['evaluation', 'questions', i, 'question'])?.value;
    if (!question) continue;
    const percent = (key: 'agree' | 'start' | 'end'): number | undefined => read.number(['evaluation', 'questions', i, key]);
    questions.push(defined({ question, agree: percent('agree'), start: percent('start'), end: percent('end') }));
  }
  const rateStart = read.number(['evaluation', 'response-rate', 'start']);
  const rateEnd = read.number(['evaluation', 'response-rate', 'end']);
  const responseRate = rateStart !== undefined || rateEnd !== undefined ? defined({ start: rateStart, end: rateEnd }) : undefined;
  if (questions.length > 0 || responseRate) facts.evaluation = responseRate ? { questions, responseRate } : { questions };
  return facts;
}

/** The object without its undefined values, so that the model stays plain JSON without empty keys. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** `{ body }` when the text has more than white space, else nothing. */
function bodyOf(text: string): { body?: string } {
  const body = text.trim();
  return body ? { body } : {};
}

/** The body of a seance without its agenda sections (shown as the agenda); the whole body when they cannot be told apart. */
function withoutAgenda(text: string, bodyStart: number): string {
  const sections = agendaSections(text, bodyStart);
  if (!sections) return text.slice(bodyStart);
  let out = '';
  let at = bodyStart;
  for (const section of sections) {
    out += text.slice(at, section.start);
    at = section.end;
  }
  return out + text.slice(at);
}

/**
 * The paths of keys and list indexes into a header type generated from its JSON Schema
 * (`['tracks', number, 'id']`): reading a key the schema does not have is a compile error.
 */
type HeaderPath<T> = T extends readonly (infer Item)[]
  ? [number] | [number, ...HeaderPath<Item>]
  : T extends object
    ? { [K in keyof T & string]-?: [K] | [K, ...HeaderPath<NonNullable<T[K]>>] }[keyof T & string]
    : never;

/** Reads typed values from the header, skipping any value the schema found wrong. */
export class FieldReader<T> {
  constructor(
    private readonly header: Header,
    private readonly badPaths: Set<string>,
  ) {}

  private scalar(path: readonly (string | number)[]): { value: unknown; range: Range; textRange?: Range } | undefined {
    if (this.badPaths.has('/' + path.join('/'))) return undefined;
    const node = this.header.node(path);
    if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
    const range = this.header.valueRange(path)!;
    const textRange = this.header.quotedRange(path);
    return textRange ? { value: node.value, range, textRange } : { value: node.value, range };
  }

  string(path: HeaderPath<T>): Located<string> | undefined {
    return this.stringAt(path);
  }

  private stringAt(path: readonly (string | number)[]): Located<string> | undefined {
    const s = this.scalar(path);
    return s && typeof s.value === 'string' ? (s as Located<string>) : undefined;
  }

  number(path: HeaderPath<T>): number | undefined {
    const s = this.scalar(path);
    return s && typeof s.value === 'number' ? s.value : undefined;
  }

  boolean(path: HeaderPath<T>): boolean | undefined {
    const s = this.scalar(path);
    return s && typeof s.value === 'boolean' ? s.value : undefined;
  }

  /** The number of items of a list (0 when it is not one). */
  length(path: HeaderPath<T>): number {
    const node = this.header.node(path);
    return isSeq(node) ? node.items.length : 0;
  }

  date(path: HeaderPath<T>): Located<string> | undefined {
    const s = this.string(path);
    return s && isIsoDate(s.value) ? s : undefined;
  }

  strings(path: HeaderPath<T>): Located<string>[] {
    const node = this.header.node(path);
    if (!isSeq(node)) return [];
    const out: Located<string>[] = [];
    for (let i = 0; i < node.items.length; i++) {
      const s = this.stringAt([...path, i]);
      if (s) out.push(s);
    }
    return out;
  }
}
