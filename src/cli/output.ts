import * as path from 'node:path';
import { formatMessage, problemCodes, type Locale, type Problem, type Severity } from '../core';

/** `path:line:column: severity: message [code]`, 1-based, one line a problem. */
export function textLine(problem: Problem, cwd: string, locale: Locale): string {
  const { line, character } = problem.range.start;
  const message = formatMessage(problem.message, locale).replace(/\s*\n\s*/g, ' ');
  return `${display(problem.file, cwd)}:${line + 1}:${character + 1}: ${problem.severity}: ${message} [${problem.code}]`;
}

/** The JSON report: 0-based ranges like LSP. */
export function jsonReport(files: number, problems: Problem[], cwd: string, locale: Locale): string {
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
    },
    null,
    2,
  );
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A SARIF 2.1.0 log, for code-scanning views in CI (GitHub, Azure DevOps, GitLab). */
export function sarifReport(problems: Problem[], cwd: string, locale: Locale, version: string): string {
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
          columnKind: 'utf16CodeUnits',
          results: problems.map((problem) => ({
            ruleId: problem.code,
            ruleIndex: ruleIndex.get(problem.code),
            level: SARIF_LEVEL[problem.severity],
            message: { text: formatMessage(problem.message, locale) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: display(problem.file, cwd).split('/').map(encodeURIComponent).join('/') },
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
  return rows.map((row) => `${row.code.padEnd(width)}  ${row.severity.padEnd(11)}  ${row.description}`).join('\n');
}

/** A path relative to the working folder, with forward slashes. */
function display(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}
