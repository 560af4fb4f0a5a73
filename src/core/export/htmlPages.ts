/** The pages of the HTML export around the timeline: the overview, the seances with their agendas, the assignments. */
import { seanceTracks, type ProgrammeModel, type SeanceModel, type UnscheduledSeanceModel } from '../model';
import { bodyHtml } from './htmlBody';
import { dateSpan, formatName, longDate, modeName, priceText, shortDate, timeSpan, validTime, type ExportLanguage } from './format';
import { colourOfTrack, trackTitleOf, type Keys } from './htmlKeys';
import { html, link, type Html, type Part } from './htmlMarkup';

export function overview(model: ProgrammeModel, language: ExportLanguage, keys: Keys): Html {
  const say = language.say;
  // The organisation is the subtitle, so it is not repeated among the facts.
  const facts: [string, Part][] = [
    [say('export.audience'), model.audience],
    [say('export.participants'), participantsText(model, language)],
    [say('export.period'), dateSpan(language.dates, model.period?.start, model.period?.end)],
    [say('export.registration'), registrationText(model, language)],
    [say('export.price'), model.price ? priceText(language, model.price) : undefined],
    [say('export.website'), model.website ? link(model.website) : undefined],
    [say('export.contact'), model.contact],
  ];
  const laneColour = colourOfTrack(model);
  return html`<header class="overview" id="overview">
<p class="kicker">${say('export.overview')}</p>
<h1>${model.title || model.id || ''}</h1>
${model.organisation ? html`<p class="organisation">${model.organisation}</p>` : ''}
<dl class="facts">
${facts.filter(([, value]) => value).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>\n`)}
</dl>
${model.aims && model.aims.length > 0 ? html`<h2>${say('export.aims')}</h2>\n<ul class="aims">${model.aims.map((aim) => html`<li>${aim}</li>`)}</ul>\n` : ''}
${model.body ? html`<h2>${say('export.about')}</h2>\n<div class="body">${bodyHtml(model.body, 3)}</div>\n` : ''}
${evaluationHtml(model, language)}
${
  model.tracks.length > 0
    ? html`<h2>${say('export.tracks')}</h2>
<ul class="tracks">
${model.tracks.map(
  (track) =>
    html`<li class="c${laneColour(track.id)}"><span class="swatch" aria-hidden="true"></span><div><strong>${track.title}</strong>${track.description ? html`<br><span class="muted">${track.description}</span>` : ''}</div></li>\n`,
)}</ul>`
    : ''
}
<h2>${say('export.seances')}</h2>
${
  model.seances.length > 0
    ? html`<table class="glance">
<colgroup><col class="key-col"><col class="date-col"><col class="time-col"><col><col class="place-col"></colgroup>
<thead><tr><th><span class="sr">#</span></th><th>${say('export.date')}</th><th>${say('export.time')}</th><th>${say('export.seance')}</th><th>${say('export.place')}</th></tr></thead>
<tbody>
${model.seances.map(
  (seance) =>
    html`<tr><td><span class="key c${laneColour(seance.track)}">${keys.seance(seance.id)}</span></td><td>${dateSpan(language.dates, seance.date, seance.endDate)}</td><td>${seanceTimes(seance, language)}</td><td>${seance.title}${optionalMark(seance, language)}</td><td>${seance.location || modeName(language, seance.mode)}</td></tr>\n`,
)}</tbody>
</table>`
    : html`<p class="muted">${say('export.no-seances')}</p>`
}
${unscheduledHtml(model, language)}
</header>`;
}

export function seances(model: ProgrammeModel, language: ExportLanguage, keys: Keys): Html {
  const say = language.say;
  const colour = colourOfTrack(model);
  return html`<section class="seances" aria-labelledby="seances-heading">
<h2 id="seances-heading">${say('export.seances')}</h2>
${model.seances.length === 0 ? html`<p class="muted">${say('export.no-seances')}</p>` : ''}
${model.seances.map((seance) => seanceHtml(model, seance, language, keys.seance(seance.id), colour(seance.track)))}
</section>`;
}

function seanceHtml(model: ProgrammeModel, seance: SeanceModel, language: ExportLanguage, key: string, colour: string): Html {
  const say = language.say;
  const tracks = seanceTracks(seance);
  const track = tracks.length > 0 ? tracks.map((id) => trackTitleOf(model, id)).join(', ') : say('export.whole-programme');
  const facts: [string, Part][] = [
    [say('export.date'), dateSpan(language.dates, seance.date, seance.endDate, true)],
    [say('export.time'), seanceTimes(seance, language, longDate)],
    [say('export.mode'), modeName(language, seance.mode)],
    [say('export.place'), seance.location],
    [say('export.link'), seance.link ? link(seance.link) : undefined],
    [say('export.track'), track],
    [say('export.facilitators'), seance.facilitators.join(', ')],
    [say('export.optional'), seance.optional || seance.condition ? seance.condition || say('export.optional') : undefined],
  ];
  return html`<article class="seance" id="seance-${seance.id}">
<h3><span class="key c${colour}">${key}</span> ${seance.title}</h3>
<dl class="facts">
${facts.filter(([, value]) => value).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>\n`)}
</dl>
${seance.goals.length > 0 ? html`<h4>${say('export.goals')}</h4>\n<ul class="goals">${seance.goals.map((goal) => html`<li>${goal}</li>`)}</ul>` : ''}
${seance.body ? html`<h4>${say('export.about-seance')}</h4>\n<div class="body">${bodyHtml(seance.body, 5)}</div>\n` : ''}
${seance.agenda.length > 0 ? agendaHtml(seance, language) : ''}
</article>
`;
}

/**
 * A seance's time; for a seance of several days, each day with its own span, a line each
 * ("torsdag den 30. oktober 2025: 08:00–21:30"), as each day has its own. Without `date` (the
 * overview's narrow time column, beside the dates) only the spans, a line a day in date order.
 */
function seanceTimes(seance: SeanceModel, language: ExportLanguage, date?: (language: string, date: string) => string): Part {
  if (!seance.days) return timeSpan(seance.time);
  return html`${seance.days.map(
    (day, i) => html`${i > 0 ? html`<br>` : ''}${date ? `${date(language.dates, day.date)}: ` : ''}${timeSpan(day) || '–'}`,
  )}`;
}

function agendaHtml(seance: SeanceModel, language: ExportLanguage): Html {
  const say = language.say;
  const days = new Set(seance.agenda.map((item) => item.date ?? seance.date));
  let day: string | undefined;
  const rows = seance.agenda.map((item) => {
    const date = item.date ?? seance.date;
    // The day's heading has the day's own span.
    const span = timeSpan(seance.days?.find((d) => d.date === date));
    const heading =
      days.size > 1 && date !== day
        ? html`<tr class="day"><th colspan="3" scope="colgroup">${longDate(language.dates, date)}${span ? `, ${span}` : ''}</th></tr>\n`
        : '';
    day = date;
    const time = validTime(item.time) ? timeSpan({ start: item.time, end: validTime(item.end) }) : (item.time ?? '');
    const speaker = item.speaker ? html` <span class="speaker">— ${item.speaker}</span>` : '';
    const description = item.description ? html`<div class="description">${item.description}</div>` : '';
    return html`${heading}<tr class="item"><td class="time">${time}</td><td>${item.title}${speaker}${description}</td><td class="format">${formatName(language, item.format)}</td></tr>\n`;
  });
  return html`<h4>${say('export.agenda')}</h4>
<table class="agenda">
<colgroup><col class="time-col"><col><col class="format-col"></colgroup>
<thead><tr><th scope="col">${say('export.time')}</th><th scope="col">${say('export.item')}</th><th scope="col">${say('export.format')}</th></tr></thead>
<tbody>
${rows}</tbody>
</table>`;
}

export function assignments(model: ProgrammeModel, language: ExportLanguage, keys: Keys): Html {
  const say = language.say;
  const colour = colourOfTrack(model);
  const byId = new Map<string, SeanceModel>();
  for (const seance of model.seances) if (!byId.has(seance.id)) byId.set(seance.id, seance);
  const seanceOf = (id: string | undefined): SeanceModel | undefined => (id === undefined ? undefined : byId.get(id));
  const when = (date: string | undefined, seanceId: string | undefined): Html => {
    const seance = seanceOf(seanceId);
    const day = date ? shortDate(language.dates, date) : '';
    return seance
      ? html`<span class="nowrap">${day}</span><br><span class="muted"><span class="key mini c${colour(seance.track)}">${keys.seance(seance.id)}</span> ${seance.title}</span>`
      : html`${day}`;
  };
  const trackTitle = (id: string | undefined): string => (id ? trackTitleOf(model, id) : say('export.whole-programme'));
  return html`<section class="assignments" aria-labelledby="assignments-heading">
<h2 id="assignments-heading">${say('export.assignments')}</h2>
${
  model.assignments.length === 0
    ? html`<p class="muted">${say('export.no-assignments')}</p>`
    : html`<table class="assignment-table">
<colgroup><col class="key-col"><col><col class="given-col"><col class="due-col"><col class="effort-col"></colgroup>
<thead><tr><th scope="col"><span class="sr">#</span></th><th scope="col">${say('export.assignment')}</th><th scope="col">${say('export.given')}</th><th scope="col">${say('export.due')}</th><th scope="col">${say('export.effort')}</th></tr></thead>
<tbody>
${model.assignments.map(
  (assignment) =>
    html`<tr id="assignment-${assignment.id}"><td><span class="key bar-key c${colour(assignment.track)}">${keys.assignment(assignment.id)}</span></td><td><strong>${assignment.title}</strong><br><span class="muted">${trackTitle(assignment.track)}</span></td><td>${assignment.given ? when(assignment.startDate, assignment.given) : say('export.before-programme')}</td><td>${when(assignment.dueDate, assignment.due)}</td><td>${assignment.effort ?? ''}</td></tr>\n`,
)}</tbody>
</table>
${model.assignments
  .filter((assignment) => assignment.body)
  .map(
    (assignment) =>
      html`<article class="assignment" id="assignment-text-${assignment.id}">
<h3><span class="key bar-key c${colour(assignment.track)}">${keys.assignment(assignment.id)}</span> ${assignment.title}</h3>
<div class="body">${bodyHtml(assignment.body!, 4)}</div>
</article>
`,
  )}`
}
</section>`;
}

/** `(optional)` after a seance's title in the overview. */
function optionalMark(seance: SeanceModel | UnscheduledSeanceModel, language: ExportLanguage): Part {
  return seance.optional ? html` <span class="muted">(${language.say('export.optional').toLowerCase()})</span>` : '';
}

function participantsText(model: ProgrammeModel, language: ExportLanguage): string | undefined {
  const { count, who } = model.participants ?? {};
  const parts = [count !== undefined ? language.say('export.participants-count', { count }) : undefined, who].filter(Boolean);
  return parts.length > 0 ? parts.join(': ') : undefined;
}

function registrationText(model: ProgrammeModel, language: ExportLanguage): string | undefined {
  const { opens, closes } = model.registration ?? {};
  const parts = [
    opens ? language.say('export.registration-opens', { date: longDate(language.dates, opens) }) : undefined,
    closes ? language.say('export.registration-closes', { date: longDate(language.dates, closes) }) : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** A share in per cent as people write it in the document's language: `94 %`, `90,9 %`. */
function percent(language: ExportLanguage, value: number | undefined): string {
  return value === undefined ? '' : `${new Intl.NumberFormat(language.dates, { maximumFractionDigits: 1 }).format(value)} %`;
}

function evaluationHtml(model: ProgrammeModel, language: ExportLanguage): Part {
  const evaluation = model.evaluation;
  if (!evaluation) return '';
  const say = language.say;
  const changes = evaluation.questions.some((q) => q.start !== undefined || q.end !== undefined);
  const rate = evaluation.responseRate;
  return html`<h2>${say('export.evaluation')}</h2>
${
  evaluation.questions.length > 0
    ? html`<table class="evaluation">
<thead><tr><th scope="col">${say('export.question')}</th><th scope="col">${say('export.agree')}</th>${changes ? html`<th scope="col">${say('export.change')}</th>` : ''}</tr></thead>
<tbody>
${evaluation.questions.map(
  (q) =>
    html`<tr><td>${q.question}</td><td class="number">${percent(language, q.agree)}</td>${changes ? html`<td class="number">${q.start !== undefined || q.end !== undefined ? `${percent(language, q.start)} → ${percent(language, q.end)}` : ''}</td>` : ''}</tr>\n`,
)}</tbody>
</table>`
    : ''
}
${rate ? html`<p>${say('export.response-rate')}: ${[percent(language, rate.start), percent(language, rate.end)].filter(Boolean).join(' → ')}</p>` : ''}
`;
}

/** The seances planned without a date: listed apart, since the calendar and the timeline leave them out. */
function unscheduledHtml(model: ProgrammeModel, language: ExportLanguage): Part {
  const unscheduled = model.unscheduled ?? [];
  if (unscheduled.length === 0) return '';
  const say = language.say;
  return html`<h2>${say('export.unscheduled')}</h2>
<p class="muted">${say('export.unscheduled-note')}</p>
<ul class="unscheduled">
${unscheduled.map(
  (seance) =>
    html`<li><strong>${seance.title}</strong>${optionalMark(seance, language)}${seance.condition ? html` <span class="muted">— ${seance.condition}</span>` : ''}${
      seanceTracks(seance).length > 0
        ? html`<br><span class="muted">${seanceTracks(seance)
            .map((id) => trackTitleOf(model, id))
            .join(', ')}</span>`
        : ''
    }</li>\n`,
)}</ul>`;
}
