import * as path from 'node:path';
import { formatMessage, problemCodes, type Locale, type Problem, type Severity } from '../core';
import { visibleControls, visiblePath, type NotCheckedReason } from '../node/files';

/** An entry that was not checked, and why. */
export interface NotChecked {
  file: string;
  reason: NotCheckedReason;
}

/**
 * What was not read because it is no file or its name cannot be opened is an error (the check
 * must not pass for a module it never saw); a link not followed is a warning (a decision, see the
 * README), one to a folder checked already only information.
 */
export function noteSeverity(note: NotChecked): Severity {
  if (note.reason === 'link-repeated') return 'information';
  return note.reason.startsWith('link-') ? 'warning' : 'error';
}

/** `path:line:column: severity: message [code]`, 1-based, one line a problem; control characters visible. */
export function textLine(problem: Problem, cwd: string, locale: Locale): string {
  const { line, character } = problem.range.start;
  const message = visibleControls(formatMessage(problem.message, locale).replace(/\s*\n\s*/g, ' '));
  return `${visiblePath(display(problem.file, cwd))}:${line + 1}:${character + 1}: ${problem.severity}: ${message} [${problem.code}]`;
}

/** `path: severity: message`, for an entry not checked. */
export function noteLine(note: NotChecked, cwd: string, locale: Locale): string {
  return `${visiblePath(display(note.file, cwd))}: ${noteSeverity(note)}: ${formatMessage({ key: `cli.not-checked.${note.reason}` }, locale)}`;
}

/** The JSON report: 0-based ranges like LSP; what was not checked in `notChecked`. */
export function jsonReport(files: number, problems: Problem[], cwd: string, locale: Locale, notes: NotChecked[] = []): string {
  return JSON.stringify(
    {
      files,
      problems: problems.map((problem) => ({
        file: display(problem.file, cwd),
        range: problem.range,
        severity: problem.severity,
        code: problem.code,
        message: formatMessage(problem.message, locale),
      })),
      ...(notes.length > 0 && {
        notChecked: notes.map((note) => ({
          file: display(note.file, cwd),
          severity: noteSeverity(note),
          reason: note.reason,
          message: formatMessage({ key: `cli.not-checked.${note.reason}` }, locale),
        })),
      }),
    },
    null,
    2,
  );
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * A SARIF 2.1.0 log, for code-scanning views in CI (GitHub, Azure DevOps, GitLab). What was not
 * checked is a tool execution notification of the run's invocation, as SARIF has for files a tool
 * could not analyse.
 */
export function sarifReport(problems: Problem[], cwd: string, locale: Locale, version: string, notes: NotChecked[] = []): string {
  const ruleIndex = new Map(problemCodes.map((info, i) => [info.code, i]));
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'curriculum',
              version,
              rules: problemCodes.map((info) => ({
                id: info.code,
                shortDescription: { text: formatMessage({ key: info.description }, locale) },
                defaultConfiguration: { level: SARIF_LEVEL[info.severity] },
              })),
            },
          },
          ...(notes.length > 0 && {
            invocations: [
              {
                executionSuccessful: true,
                toolExecutionNotifications: notes.map((note) => ({
                  descriptor: { id: note.reason },
                  level: SARIF_LEVEL[noteSeverity(note)],
                  message: { text: formatMessage({ key: `cli.not-checked.${note.reason}` }, locale) },
                  locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(note.file, cwd) } } }],
                })),
              },
            ],
          }),
          columnKind: 'utf16CodeUnits',
          results: problems.map((problem) => ({
            ruleId: problem.code,
            ruleIndex: ruleIndex.get(problem.code),
            level: SARIF_LEVEL[problem.severity],
            message: { text: formatMessage(problem.message, locale) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uriOf(problem.file, cwd) },
                  region: {
                    startLine: problem.range.start.line + 1,
                    startColumn: problem.range.start.character + 1,
                    endLine: problem.range.end.line + 1,
                    endColumn: problem.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        },
      ],
    },
    null,
    2,
  );
}

/** The rule table: text, JSON, or the Markdown table of the README. */
export function rulesReport(format: string, locale: Locale): string {
  const rows = problemCodes.map((info) => ({
    code: info.code,
    severity: info.severity,
    description: formatMessage({ key: info.description }, locale),
  }));
  if (format === 'json') return JSON.stringify(rows, null, 2);
  if (format === 'markdown') {
    return [
      formatMessage({ key: 'cli.rules-header' }, locale),
      '| --- | --- | --- |',
      ...rows.map((row) => `| \`${row.code}\` | ${row.severity} | ${row.description.replace(/\|/g, '\\|')} |`),
    ].join('\n');
  }
  const width = Math.max(...rows.map((row) => row.code.length));
  return rows.map((row) => visibleControls(`${row.code.padEnd(width)}  ${row.severity.padEnd(11)}  ${row.description}`)).join('\n');
}

/** A path relative to the working folder as a URI reference, percent-encoded. */
function uriOf(file: string, cwd: string): string {
  return display(file, cwd).split('/').map(encodeURIComponent).join('/');
}

/** A path relative to the working folder, with forward slashes. */
function display(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}
