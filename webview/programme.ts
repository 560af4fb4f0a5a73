/** What a programme says of itself (aims, participants, website, registration, evaluation) and its seances without a date. */
import type { ProgrammeModel, SourceRef } from '../src/core/model';
import type { Locale } from '../src/core/types';
import { h, type Child } from './dom';
import { shortDate } from '../src/core/intl';
import { linkTo } from './details';
import { t } from './strings';

/** The programme's facts as a disclosure under the title; null when the programme states none. */
export function programmeDetails(model: ProgrammeModel, locale: Locale, language: string): HTMLElement | null {
  const percent = (value: number): string => `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)} %`;
  const rows: [string, Child][] = [];
  if (model.aims && model.aims.length > 0)
    rows.push([
      t(locale, 'aims'),
      h(
        'ul',
        {},
        model.aims.map((aim) => h('li', {}, aim)),
      ),
    ]);
  const { count, who } = model.participants ?? {};
  if (count !== undefined || who) {
    rows.push([
      t(locale, 'participants'),
      [count !== undefined ? t(locale, 'participantsCount', { count: String(count) }) : '', who ?? ''].filter(Boolean).join(': '),
    ]);
  }
  if (model.website) rows.push([t(locale, 'website'), linkTo(model.website)]);
  const { opens, closes } = model.registration ?? {};
  if (opens || closes) {
    rows.push([
      t(locale, 'registration'),
      t(locale, 'registrationSpan', {
        opens: opens ? shortDate(language, opens) : '–',
        closes: closes ? shortDate(language, closes) : '–',
      }),
    ]);
  }
  const evaluation = model.evaluation;
  if (evaluation) {
    const lines: Child[] = evaluation.questions.map((q) =>
      h(
        'li',
        {},
        `${q.question}: `,
        q.agree !== undefined ? t(locale, 'agreeShare', { share: percent(q.agree) }) : '',
        q.start !== undefined && q.end !== undefined ? ` (${percent(q.start)} → ${percent(q.end)})` : '',
      ),
    );
    const rate = evaluation.responseRate;
    if (rate?.start !== undefined || rate?.end !== undefined) {
      lines.push(
        h(
          'li',
          {},
          `${t(locale, 'responseRate')}: ${[rate.start, rate.end]
            .filter((v) => v !== undefined)
            .map((v) => percent(v))
            .join(' → ')}`,
        ),
      );
    }
    rows.push([t(locale, 'evaluation'), h('ul', {}, lines)]);
  }
  if (rows.length === 0) return null;
  return h(
    'details',
    { class: 'programme-details' },
    h('summary', {}, t(locale, 'programmeDetails')),
    h(
      'dl',
      {},
      rows.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]),
    ),
  );
}

/** The band of seances planned without a date; null when every seance has one. */
export function unscheduledBand(model: ProgrammeModel, locale: Locale, reveal: (source: SourceRef) => void): HTMLElement | null {
  const unscheduled = model.unscheduled ?? [];
  if (unscheduled.length === 0) return null;
  const titleOf = (id: string): string => model.tracks.find((track) => track.id === id)?.title ?? id;
  return h(
    'section',
    { class: 'unscheduled', 'aria-labelledby': 'unscheduled-heading' },
    h('h2', { id: 'unscheduled-heading' }, t(locale, 'unscheduled')),
    h('p', { class: 'hint' }, t(locale, 'unscheduledNote')),
    h(
      'ul',
      {},
      unscheduled.map((seance) => {
        const tracks = seance.tracks ?? (seance.track ? [seance.track] : []);
        const notes = [tracks.map(titleOf).join(', '), seance.optional ? t(locale, 'optional') : '', seance.condition ?? ''].filter(
          Boolean,
        );
        const open = h('button', { type: 'button', class: 'reveal' }, seance.title);
        open.addEventListener('click', () => reveal(seance.source));
        return h('li', {}, open, notes.length > 0 ? ` — ${notes.join(' · ')}` : '');
      }),
    ),
  );
}
