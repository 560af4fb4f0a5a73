import { isMap, Parser, type CST, type Document } from 'yaml';
import { replaceFix } from '../fixes';
import { LineIndex, withoutBom } from '../lines';
import { MODULE_TYPES, type ModuleType, type ParsedFile } from '../module';
import type { PracticeAssignment as AssignmentHeader } from '../schema/generated/assignment';
import type { Programme as ProgrammeHeader } from '../schema/generated/programme';
import type { Seance as SeanceHeader } from '../schema/generated/seance';
import { validateHeader, type HeaderValidators } from '../schema/validate';
import { closest } from '../suggest';
import type { ProblemCode } from '../codes';
import type { Message, Problem, Range } from '../types';
import { findFrontmatter, type FrontmatterSpan } from '../yaml/frontmatter';
import { Header } from '../yaml/header';
import { FieldReader, readModule } from './build';
import {
  composeDocument,
  firstAliasRange,
  firstErrorPerLine,
  firstKeysWin,
  MAX_ALIAS_COUNT,
  tooDeep,
  unresolvedAlias,
  yamlProblem,
} from './yaml';

export { composeDocument, MAX_NESTING } from './yaml';

/**
 * Reads one Markdown file: its header, the course module it holds and the problems of the file
 * alone. Never throws: whatever the input, the answer is a ParsedFile whose ranges are inside it.
 */
export function parseFile(file: string, input: string, validators?: HeaderValidators): ParsedFile {
  const text = withoutBom(input);
  const lines = new LineIndex(text);
  const problems: Problem[] = [];
  const span = findFrontmatter(text);
  const result: ParsedFile = span ? { file, text, lines, frontmatter: span, problems } : { file, text, lines, problems };
  const at = (code: ProblemCode, range: Range, message: Message, severity: Problem['severity'] = 'error'): void => {
    problems.push({ file, code, severity, range, message });
  };

  // A NUL byte or a replacement character (what invalid UTF-8 decodes to) means the file is not text.
  // eslint-disable-next-line no-control-regex
  const binary = /[\u0000\uFFFD]/.exec(text);
  if (binary) {
    at('not-text', lines.range(binary.index, binary.index + 1), { key: 'not-text' });
    return result;
  }
  if (text.trim() === '') {
    at('empty-file', lines.range(0, text.length), { key: 'empty-file' }, 'information');
    return result;
  }
  if (!span) return result;
  const openRange = lines.range(span.open.start, span.open.end);
  if (!span.close) {
    at('frontmatter-unterminated', openRange, { key: 'frontmatter-unterminated' });
    return result;
  }

  const { yamlText, tokens } = headerTokens(text, span);
  const deep = tooDeep(tokens);
  if (deep !== undefined) {
    const start = span.content.start + deep;
    at('yaml-syntax', lines.range(start, start + 1), { key: 'yaml.too-deep' });
    return result;
  }
  const doc = composeDocument(tokens, yamlText.length);
  const header = new Header(doc, span.content.start, lines, openRange, span.close.start);
  for (const error of firstErrorPerLine(doc.errors, (offset) => header.lines.positionAt(header.offset + offset).line)) {
    problems.push(yamlProblem(file, error, header, span.content.end - span.content.start));
  }

  let data: unknown;
  try {
    data = firstKeysWin(doc).toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const unresolved = unresolvedAlias(doc);
    if (unresolved?.range) {
      at('yaml-syntax', header.range(unresolved.range[0], unresolved.range[1]), {
        key: 'yaml.unknown-alias',
        args: { alias: `*${unresolved.source}`, anchor: `&${unresolved.source}` },
      });
    } else {
      at('yaml-syntax', firstAliasRange(doc, header) ?? openRange, { key: 'yaml.aliases' });
    }
    return result;
  }
  if (!isMap(doc.contents) || typeof data !== 'object' || data === null) return result;
  const typeValue = (data as Record<string, unknown>).type;
  if (typeof typeValue !== 'string') return result;
  if (!(MODULE_TYPES as readonly string[]).includes(typeValue)) {
    const suggestion = closest(typeValue, MODULE_TYPES);
    if (suggestion) {
      const range = header.valueRange(['type'])!;
      problems.push({
        file,
        code: 'invalid-value',
        severity: 'error',
        range,
        message: {
          key: 'invalid-value.enum-suggest',
          args: { key: 'type', values: MODULE_TYPES.join(', '), suggestion },
        },
        fixes: [replaceFix(file, header.quotedRange(['type']) ?? range, suggestion)],
      });
    }
    return result;
  }
  const type = typeValue as ModuleType;
  // A header that is not valid YAML gets no schema problems (they would only echo the syntax
  // error), but its values are checked all the same: the rules must never see a value the schema refuses.
  const schema = validateHeader(file, type, data, header, validators);
  if (doc.errors.length === 0) problems.push(...schema.problems);
  const reader = new FieldReader<ProgrammeHeader | SeanceHeader | AssignmentHeader>(header, schema.badPaths);
  result.module = readModule(file, type, reader, header, lines, problems, span.close.end);
  return result;
}

/**
 * The YAML of a file's closed header read again exactly as parseFile reads it, for the one file a
 * hover is in: the parsed file keeps no Document (some 5 KB a module), and this costs one header.
 * Undefined without a closed header, or when it nests too deep to read.
 */
export function headerDocument(parsed: Pick<ParsedFile, 'text' | 'frontmatter'>): Document.Parsed | undefined {
  const span = parsed.frontmatter;
  if (!span?.close) return undefined;
  const { yamlText, tokens } = headerTokens(parsed.text, span);
  return tooDeep(tokens) === undefined ? composeDocument(tokens, yamlText.length) : undefined;
}

function headerTokens(text: string, span: FrontmatterSpan): { yamlText: string; tokens: CST.Token[] } {
  // yaml does not take a lone CR as a line break, as YAML 1.2 does; \n in its place keeps every offset.
  const yamlText = text.slice(span.content.start, span.content.end).replace(/\r(?!\n)/g, '\n');
  return { yamlText, tokens: [...new Parser().parse(yamlText)] };
}
