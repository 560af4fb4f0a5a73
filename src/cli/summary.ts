import { formatMessage, hoursMessage, LEARNING_TYPES, type Locale, type Message, type ProgrammeSummary, type TimeSums } from '../core';
import { visibleControls } from '../node/files';

/** A programme's summary with the folder it is in, relative to the working folder. */
export interface FolderSummary extends ProgrammeSummary {
  folder: string;
}

/** The JSON of `curriculum summary`: `{ programmes: [...] }`, minutes as whole numbers (see the README). */
export function summaryJson(summaries: readonly FolderSummary[]): string {
  return JSON.stringify({ programmes: summaries }, null, 2);
}

/** The learning types with time, largest first, as `acquisition: 2 h (35%)`. */
function typeLines(sums: TimeSums, say: (message: Message) => string): string[] {
  return [...LEARNING_TYPES, 'unclassified' as const]
    .filter((type) => sums.byType[type] > 0)
    .sort((a, b) => sums.byType[b] - sums.byType[a])
    .map((type) =>
      say({
        key: 'hover.hours-type',
        args: {
          type: { key: `learning.${type}` },
          hours: hoursMessage(sums.byType[type]),
          percent: percent(sums.byType[type], sums.contact),
        },
      }),
    );
}

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((100 * part) / whole) : 0;
}

function speaker(locale: Locale): (message: Message) => string {
  return (message) => visibleControls(formatMessage(message, locale));
}

function weekNumber(week: string): number {
  return Number(week.slice(6));
}

/** The summary as text for a terminal or a CI log. */
export function summaryText(summaries: readonly FolderSummary[], locale: Locale): string {
  const say = speaker(locale);
  const h = (minutes: number): Message => hoursMessage(minutes);
  const blocks = summaries.map((summary) => {
    const { total } = summary;
    const lines = [`${visibleControls(summary.programme.title ?? summary.programme.id ?? '')} (${summary.folder})`];
    lines.push(
      '  ' +
        say({
          key: 'summary.room',
          args: { contact: h(total.contact), seances: summary.seances.length, breaks: h(total.breaks), meals: h(total.meals) },
        }),
      '  ' + say({ key: 'summary.practice', args: { practice: h(total.practice), share: total.practiceShare } }),
      '  ' + say({ key: 'summary.types' }),
      ...typeLines(total, say).map((line) => `    ${line}`),
    );
    if (total.untimedItems > 0) lines.push('  ' + say({ key: 'hover.untimed', args: { count: total.untimedItems } }));
    if (total.assignmentsWithoutEffort > 0)
      lines.push('  ' + say({ key: 'summary.no-effort', args: { count: total.assignmentsWithoutEffort } }));
    lines.push('  ' + say({ key: 'summary.seances' }));
    for (const seance of summary.seances) {
      lines.push(`    ${say({ key: 'summary.seance', args: { date: seance.date, title: seance.title, contact: h(seance.contact) } })}`);
      lines.push(...typeLines(seance, say).map((line) => `      ${line}`));
    }
    lines.push('  ' + say({ key: 'summary.tracks' }));
    for (const track of summary.tracks) {
      const title = track.id === '' ? say({ key: 'summary.no-track' }) : track.title;
      lines.push(
        `    ${say({ key: 'summary.track', args: { title, contact: h(track.contact), practice: h(track.practice), share: track.practiceShare } })}`,
      );
    }
    if (summary.outcomes) lines.push('  ' + say({ key: 'summary.outcomes' }));
    for (const outcome of summary.outcomes ?? []) {
      lines.push(
        `    ${say({ key: 'summary.track', args: { title: outcome.title, contact: h(outcome.contact), practice: h(outcome.practice), share: outcome.practiceShare } })}`,
      );
    }
    lines.push('  ' + say({ key: 'summary.weeks' }));
    for (const week of summary.weeks) {
      const figures = `${say(h(week.contact))} + ${say(h(week.practice))} = ${say(h(week.workload))}`;
      const over = week.overLimit ? `  ! ${say({ key: 'summary.over-limit', args: { limit: h(summary.weeklyPracticeLimit) } })}` : '';
      lines.push(`    ${say({ key: 'summary.week', args: { number: weekNumber(week.week), monday: week.monday } })}: ${figures}${over}`);
    }
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}

/** Escapes a table cell of Markdown. */
function cell(text: string): string {
  return visibleControls(text).replace(/\|/g, '\\|');
}

/** The summary as Markdown, for a programme description: tables of types, seances, tracks and weeks. */
export function summaryMarkdown(summaries: readonly FolderSummary[], locale: Locale): string {
  const say = speaker(locale);
  const h = (minutes: number): string => say(hoursMessage(minutes));
  const blocks = summaries.map((summary) => {
    const { total } = summary;
    const lines = [`## ${cell(summary.programme.title ?? summary.programme.id ?? summary.folder)}`, ''];
    lines.push(
      say({
        key: 'summary.room',
        args: {
          contact: hoursMessage(total.contact),
          seances: summary.seances.length,
          breaks: hoursMessage(total.breaks),
          meals: hoursMessage(total.meals),
        },
      }),
      say({ key: 'summary.practice', args: { practice: hoursMessage(total.practice), share: total.practiceShare } }),
      '',
      say({ key: 'summary.md-types' }),
      '| --- | ---: | ---: |',
    );
    for (const type of [...LEARNING_TYPES, 'unclassified' as const].filter((t) => total.byType[t] > 0)) {
      lines.push(`| ${say({ key: `learning.${type}` })} | ${h(total.byType[type])} | ${percent(total.byType[type], total.contact)} % |`);
    }
    lines.push('', say({ key: 'summary.md-seances' }), '| --- | --- | ---: | ---: | ---: |');
    for (const seance of summary.seances) {
      lines.push(`| ${cell(seance.title)} | ${seance.date} | ${h(seance.contact)} | ${h(seance.breaks)} | ${h(seance.meals)} |`);
    }
    lines.push('', say({ key: 'summary.md-tracks' }), '| --- | ---: | ---: | ---: |');
    for (const track of summary.tracks) {
      const title = track.id === '' ? say({ key: 'summary.no-track' }) : track.title;
      lines.push(`| ${cell(title)} | ${h(track.contact)} | ${h(track.practice)} | ${track.practiceShare} % |`);
    }
    if (summary.outcomes) {
      lines.push('', say({ key: 'summary.md-outcomes' }), '| --- | ---: | ---: | ---: |');
      for (const outcome of summary.outcomes) {
        lines.push(`| ${cell(outcome.title)} | ${h(outcome.contact)} | ${h(outcome.practice)} | ${outcome.practiceShare} % |`);
      }
    }
    lines.push('', say({ key: 'summary.md-weeks' }), '| ---: | --- | ---: | ---: | ---: | --- |');
    for (const week of summary.weeks) {
      const over = week.overLimit ? say({ key: 'summary.over-limit', args: { limit: hoursMessage(summary.weeklyPracticeLimit) } }) : '';
      lines.push(
        `| ${weekNumber(week.week)} | ${week.monday} | ${h(week.contact)} | ${h(week.practice)} | ${h(week.workload)} | ${over} |`,
      );
    }
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}
