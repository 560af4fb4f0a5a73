/**
 * The programme as ONE self-contained, printable HTML document: inline CSS, no scripts, no
 * external resources (a Content-Security-Policy says so to the browser too). An overview, the
 * timeline on a landscape page, every seance with its agenda, every practice assignment.
 */
import type { AssignmentModel, ProgrammeModel, SeanceModel } from '../model';
import type { Lane, TimelineLayout } from '../timeline/layout';
import type { Locale } from '../types';
import {
  dateSpan,
  dayMonth,
  exportLanguage,
  formatName,
  longDate,
  modeName,
  monthName,
  priceText,
  shortDate,
  timeSpan,
  validTime,
  type ExportLanguage,
} from './format';

export interface HtmlOptions {
  /** The language of headings and labels; defaults from the programme's language. */
  locale?: Locale;
}

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML built by the `html` tag: the only text that is not escaped when put into more HTML. */
class Html {
  constructor(readonly text: string) {}
}

type Part = Html | string | number | undefined | null | false | readonly Part[];

function render(part: Part): string {
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === undefined || part === null || part === false) return '';
  return escapeHtml(String(part));
}

/** A template tag that passes every interpolated value through `escapeHtml` (fragments it built stay as they are). */
function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => (out += render(value) + strings[i + 1]!));
  return new Html(out);
}

/** Writes the printable document of a programme and its timeline layout. */
export function programmeToHtml(model: ProgrammeModel, layout: TimelineLayout, options: HtmlOptions = {}): string {
  const language = exportLanguage(model, options.locale);
  const keys = new Keys(model);
  const title = model.title || model.id || '';
  const document = html`<!DOCTYPE html>
<html lang="${language.dates}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<main>
${overview(model, language, keys)}
${timeline(model, layout, language, keys)}
${seances(model, language, keys)}
${assignments(model, language, keys)}
</main>
</body>
</html>
`;
  return document.text;
}

/** The short keys that tie the timeline to the sections: seances 1, 2, 3 …; assignments A, B, C … */
class Keys {
  private readonly seanceKeys = new Map<string, string>();
  private readonly assignmentKeys = new Map<string, string>();

  constructor(model: ProgrammeModel) {
    model.seances.forEach((seance, i) => this.seanceKeys.set(seance.id, String(i + 1)));
    model.assignments.forEach((assignment, i) => this.assignmentKeys.set(assignment.id, letters(i)));
  }

  seance(id: string): string {
    return this.seanceKeys.get(id) ?? '';
  }

  assignment(id: string): string {
    return this.assignmentKeys.get(id) ?? '';
  }
}

/** A, B, … Z, AA, AB … */
function letters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function overview(model: ProgrammeModel, language: ExportLanguage, keys: Keys): Html {
  const say = language.say;
  // The organisation is the subtitle, so it is not repeated among the facts.
  const facts: [string, Part][] = [
    [say('export.audience'), model.audience],
    [say('export.period'), dateSpan(language.dates, model.period?.start, model.period?.end)],
    [say('export.price'), model.price ? priceText(language, model.price) : undefined],
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
${model.tracks.length > 0
    ? html`<h2>${say('export.tracks')}</h2>
<ul class="tracks">
${model.tracks.map(
  (track) => html`<li class="c${laneColour(track.id)}"><span class="swatch" aria-hidden="true"></span><div><strong>${track.title}</strong>${track.description ? html`<br><span class="muted">${track.description}</span>` : ''}</div></li>\n`,
)}</ul>`
    : ''}
<h2>${say('export.seances')}</h2>
${model.seances.length > 0
    ? html`<table class="glance">
<colgroup><col class="key-col"><col class="date-col"><col class="time-col"><col><col class="place-col"></colgroup>
<thead><tr><th><span class="sr">#</span></th><th>${say('export.date')}</th><th>${say('export.time')}</th><th>${say('export.seance')}</th><th>${say('export.place')}</th></tr></thead>
<tbody>
${model.seances.map(
  (seance) => html`<tr><td><span class="key c${laneColour(seance.track)}">${keys.seance(seance.id)}</span></td><td>${dateSpan(language.dates, seance.date, seance.endDate)}</td><td>${timeSpan(seance.time)}</td><td>${seance.title}</td><td>${seance.location || modeName(language, seance.mode)}</td></tr>\n`,
)}</tbody>
</table>`
    : html`<p class="muted">${say('export.no-seances')}</p>`}
</header>`;
}

/** The colour class of a track's lane: the track's place among the tracks; 'x' for the whole programme. */
function colourOfTrack(model: ProgrammeModel): (track: string | undefined) => string {
  const tracks = tracksOf(model);
  return (track) => {
    const place = track === undefined ? undefined : tracks.get(track)?.place;
    return place === undefined ? 'x' : String(place % COLOURS);
  };
}

const trackIndexes = new WeakMap<ProgrammeModel, Map<string, { place: number; title: string }>>();

/** A programme's tracks by id (the first of an id written twice), found once: pages list many. */
function tracksOf(model: ProgrammeModel): Map<string, { place: number; title: string }> {
  let tracks = trackIndexes.get(model);
  if (!tracks) {
    tracks = new Map();
    for (const [place, track] of model.tracks.entries()) if (!tracks.has(track.id)) tracks.set(track.id, { place, title: track.title });
    trackIndexes.set(model, tracks);
  }
  return tracks;
}

/** The title of a track by its id; the id itself when the programme does not declare it. */
function trackTitleOf(model: ProgrammeModel, id: string): string {
  return tracksOf(model).get(id)?.title ?? id;
}

const COLOURS = 8;

// The timeline's geometry in millimetres, for deciding which labels fit: the landscape page is
// 297 mm wide with 12 mm margins; the label column is 40 mm.
const AXIS_MM = 297 - 2 * 12 - 40 - 2;
const LABEL_PT = 7;
/** A generous average character width of a sans-serif face (0.6 em), so that a label judged to fit does fit. */
const charMm = (pt: number): number => pt * 0.3528 * 0.6;

/** The width a label is judged to take. */
function textMm(text: string, pt = LABEL_PT): number {
  return text.length * charMm(pt) + 2;
}

function fits(text: string, widthMm: number, pt = LABEL_PT): boolean {
  return textMm(text, pt) <= widthMm;
}

/**
 * The words of a label that fit a width, with an ellipsis when some are left out; '' when none do.
 * One pass over the words, stopping at the first that does not fit: a title of 32,000 words is as
 * quick to cut as one of ten.
 */
function fitLabel(text: string, widthMm: number, pt = LABEL_PT): string {
  if (fits(text, widthMm, pt)) return text;
  // No more words than characters fit are ever shown: the rest of a long title is not even split.
  const words = text.split(/\s+/u, Math.max(0, Math.floor((widthMm - 2) / charMm(pt))) + 2);
  let label = '';
  let shown = '';
  // The most words that fit, but never all of them (then the whole text would have fitted).
  for (let n = 1; n < words.length; n++) {
    shown = n === 1 ? words[0]! : `${shown} ${words[n - 1]!}`;
    if (!fits(`${shown}…`, widthMm, pt)) break;
    label = `${shown}…`;
  }
  return label;
}

const pct = (value: number): string => `${Math.round(value * 10000) / 10000}%`;

function timeline(model: ProgrammeModel, layout: TimelineLayout, language: ExportLanguage, keys: Keys): Html {
  const say = language.say;
  const days = Math.max(layout.days, 1);
  const at = (offset: number): string => pct((offset / days) * 100);
  const mm = (length: number): number => (length / days) * AXIS_MM;
  const colour = colourOfTrack(model);
  // The lane of the whole programme (opening and closing days) first, the tracks in their order after it.
  const lanes = [...layout.lanes].sort((a, b) => Number(b.id === '') - Number(a.id === ''));

  const months = layout.months.map((month) => {
    const long = monthName(language.dates, month.year, month.month);
    const short = monthName(language.dates, month.year, month.month, 'short');
    const label = fits(long, mm(month.length), 8) ? long : fits(short, mm(month.length), 8) ? short : '';
    return html`<span class="tl-month" style="left:${at(month.offset)};width:${at(month.length)}">${label}</span>`;
  });
  const weeks = layout.weeks.map(
    (week) => html`<span class="tl-week" style="left:${at(week.offset)};width:${at(week.length)}">${fits(String(week.week), mm(week.length)) ? week.week : ''}</span>`,
  );
  const shades = layout.shaded.map(
    (day) => html`<span class="shade ${day.kind}" style="left:${at(day.offset)};width:${at(1)}"></span>`,
  );
  const laneRows = lanes.map((lane, i) => laneHtml(lane, i + 3, { at, mm, days, colour, keys, language }));
  const holidays = layout.shaded.filter((day) => day.kind === 'holiday');

  return html`<section class="timeline-page" aria-labelledby="timeline-heading">
<h2 id="timeline-heading">${say('export.timeline')} <span class="muted">${dateSpan(language.dates, layout.start, layout.end)}</span></h2>
<div class="tl" style="grid-template-rows:auto auto repeat(${lanes.length},auto)">
<div class="tl-label tl-head" style="grid-row:1"></div>
<div class="tl-axis tl-months" style="grid-row:1">${months}</div>
<div class="tl-label tl-head" style="grid-row:2">${say('export.week')}</div>
<div class="tl-axis tl-weeks" style="grid-row:2">${weeks}</div>
<div class="tl-shades" style="grid-row:2 / span ${lanes.length + 1}" aria-hidden="true">${shades}</div>
${laneRows}
</div>
<div class="tl-legend">
<span><span class="legend-mark"></span>${say('export.seance')}</span>
<span><span class="legend-bar"></span>${say('export.assignment')}</span>
<span><span class="legend-shade weekend"></span>${say('export.weekend')}</span>
${holidays.length > 0 ? html`<span><span class="legend-shade holiday"></span>${say('export.holiday')}</span>` : ''}
</div>
<div class="tl-key">
<ol class="key-list">
${model.seances.map(
  (seance) => html`<li><span class="key c${colour(seance.track)}">${keys.seance(seance.id)}</span><span>${dayMonth(language.dates, seance.date)} · ${seance.title}</span></li>\n`,
)}</ol>
<ol class="key-list">
${model.assignments.map(
  (assignment) => html`<li><span class="key bar-key c${colour(assignment.track)}">${keys.assignment(assignment.id)}</span><span>${assignmentDates(language, assignment)} · ${assignment.title}</span></li>\n`,
)}</ol>
</div>
${holidays.length > 0
    ? html`<p class="holidays"><strong>${say('export.holidays')}:</strong> ${holidays.map((day, i) => html`${i > 0 ? ', ' : ''}<span class="nowrap">${dayMonth(language.dates, day.date)}</span> ${day.name ?? ''}`)}</p>`
    : ''}
</section>`;
}

interface LaneContext {
  at: (offset: number) => string;
  mm: (length: number) => number;
  days: number;
  colour: (track: string | undefined) => string;
  keys: Keys;
  language: ExportLanguage;
}

const SEANCE_ROW_MM = 6.5;
const BAR_ROW_MM = 5;

function laneHtml(lane: Lane, row: number, context: LaneContext): Html {
  const { at, mm, days, colour, keys, language } = context;
  const title = lane.id === '' ? language.say('export.whole-programme') : lane.title;
  const laneColour = colour(lane.id === '' ? undefined : lane.id);
  const height = SEANCE_ROW_MM + lane.rows * BAR_ROW_MM + 1.5;
  // Where the previous mark's label ends (mm from the axis start), so that a label put left of its mark does not cover it.
  let taken = 0;
  const marks = lane.seances.map((mark, i) => {
    const centre = mark.offset + mark.length / 2;
    const centreMm = Math.min(Math.max(mm(centre), 2.5), AXIS_MM - 2.5);
    // A mark stays inside the axis; its label is placed from where the mark is drawn.
    const drawn = `clamp(2.5mm,${at(centre)},calc(100% - 2.5mm))`;
    const next = lane.seances[i + 1];
    // The seance's title goes right of its mark when it fits before the next mark, else left of it after the previous label.
    const right = mm((next ? next.offset : days) - centre) - 4;
    const left = centreMm - taken - 4;
    let label = html``;
    if (fitLabel(mark.title, right) === mark.title || right >= left) {
      const text = fitLabel(mark.title, right);
      if (text) label = html`<span class="mark-label" style="left:calc(${drawn} + 3.5mm);max-width:${right.toFixed(1)}mm">${text}</span>`;
      taken = centreMm + 3.5 + textMm(text);
    } else {
      const text = fitLabel(mark.title, left);
      if (text) label = html`<span class="mark-label before" style="right:calc(100% - ${drawn} + 3.5mm);max-width:${left.toFixed(1)}mm">${text}</span>`;
      taken = centreMm + 3;
    }
    return html`<span class="mark" style="left:${drawn};width:max(4.5mm,${at(mark.length)})">${keys.seance(mark.id)}</span>${label}`;
  });
  const bars = lane.assignments.map((bar) => {
    const key = keys.assignment(bar.id);
    const label = fitLabel(`${key} ${bar.title}`, mm(bar.length)) || (fits(key, mm(bar.length)) ? key : '');
    return html`<span class="bar" style="left:${at(bar.offset)};width:${at(bar.length)};top:${(SEANCE_ROW_MM + bar.row * BAR_ROW_MM).toFixed(1)}mm">${label}</span>`;
  });
  return html`<div class="tl-label tl-lane-label c${laneColour}" style="grid-row:${row}">${title}</div>
<div class="tl-axis tl-lane c${laneColour}" style="grid-row:${row};height:${height.toFixed(1)}mm">${marks}${bars}</div>
`;
}

function assignmentDates(language: ExportLanguage, assignment: AssignmentModel): string {
  if (assignment.startDate && assignment.dueDate && assignment.startDate !== assignment.dueDate) {
    return `${dayMonth(language.dates, assignment.startDate)}–${dayMonth(language.dates, assignment.dueDate)}`;
  }
  return assignment.dueDate ? dayMonth(language.dates, assignment.dueDate) : '';
}

function seances(model: ProgrammeModel, language: ExportLanguage, keys: Keys): Html {
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
  const track = seance.track ? trackTitleOf(model, seance.track) : say('export.whole-programme');
  const facts: [string, Part][] = [
    [say('export.date'), dateSpan(language.dates, seance.date, seance.endDate, true)],
    [say('export.time'), timeSpan(seance.time)],
    [say('export.mode'), modeName(language, seance.mode)],
    [say('export.place'), seance.location],
    [say('export.link'), seance.link ? link(seance.link) : undefined],
    [say('export.track'), track],
    [say('export.facilitators'), seance.facilitators.join(', ')],
  ];
  return html`<article class="seance" id="seance-${seance.id}">
<h3><span class="key c${colour}">${key}</span> ${seance.title}</h3>
<dl class="facts">
${facts.filter(([, value]) => value).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>\n`)}
</dl>
${seance.goals.length > 0 ? html`<h4>${say('export.goals')}</h4>\n<ul class="goals">${seance.goals.map((goal) => html`<li>${goal}</li>`)}</ul>` : ''}
${seance.agenda.length > 0 ? agendaHtml(seance, language) : ''}
</article>
`;
}

function agendaHtml(seance: SeanceModel, language: ExportLanguage): Html {
  const say = language.say;
  const days = new Set(seance.agenda.map((item) => item.date ?? seance.date));
  let day: string | undefined;
  const rows = seance.agenda.map((item) => {
    const date = item.date ?? seance.date;
    const heading = days.size > 1 && date !== day ? html`<tr class="day"><th colspan="3" scope="colgroup">${longDate(language.dates, date)}</th></tr>\n` : '';
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

/** A link a reader can follow: only web addresses become `href`s; anything else stays text. */
function link(address: string): Html {
  let href: string | undefined;
  try {
    const url = new URL(address);
    if (url.protocol === 'https:' || url.protocol === 'http:') href = url.href;
  } catch {
    // Not an address: shown as text.
  }
  return href ? html`<a href="${href}">${address}</a>` : html`${address}`;
}

function assignments(model: ProgrammeModel, language: ExportLanguage, keys: Keys): Html {
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
  const trackTitle = (id: string | undefined): string =>
    id ? trackTitleOf(model, id) : say('export.whole-programme');
  return html`<section class="assignments" aria-labelledby="assignments-heading">
<h2 id="assignments-heading">${say('export.assignments')}</h2>
${model.assignments.length === 0
    ? html`<p class="muted">${say('export.no-assignments')}</p>`
    : html`<table class="assignment-table">
<colgroup><col class="key-col"><col><col class="given-col"><col class="due-col"><col class="effort-col"></colgroup>
<thead><tr><th scope="col"><span class="sr">#</span></th><th scope="col">${say('export.assignment')}</th><th scope="col">${say('export.given')}</th><th scope="col">${say('export.due')}</th><th scope="col">${say('export.effort')}</th></tr></thead>
<tbody>
${model.assignments.map(
  (assignment) => html`<tr id="assignment-${assignment.id}"><td><span class="key bar-key c${colour(assignment.track)}">${keys.assignment(assignment.id)}</span></td><td><strong>${assignment.title}</strong><br><span class="muted">${trackTitle(assignment.track)}</span></td><td>${assignment.given ? when(assignment.startDate, assignment.given) : say('export.before-programme')}</td><td>${when(assignment.dueDate, assignment.due)}</td><td>${assignment.effort ?? ''}</td></tr>\n`,
)}</tbody>
</table>`}
</section>`;
}

/** Screen and print styles. Page boxes: A4 portrait, the timeline on an A4 landscape page. */
const STYLE = `
@page { size: A4; margin: 16mm 15mm 16mm 15mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt system-ui, "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; color: #5a6470; } }
@page landscape { size: A4 landscape; margin: 12mm 12mm 12mm 12mm; }
:root { --ink: #1d232b; --muted: #5a6470; --rule: #c9ced6; --wash: #f3f5f8; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 10pt/1.45 system-ui, "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
main { padding: 10mm 6mm; }
main > header, main > section.seances, main > section.assignments { max-width: 180mm; margin: 0 auto; }
main > section.timeline-page { max-width: 273mm; margin: 10mm auto; }
@media print { main { padding: 0; } main > section.timeline-page { margin: 0; max-width: none; } }
h1 { font-size: 22pt; line-height: 1.15; margin: 0 0 1.5mm; }
h2 { font-size: 14pt; line-height: 1.25; margin: 7mm 0 3mm; break-after: avoid; }
h3 { font-size: 13pt; line-height: 1.25; margin: 0 0 3mm; break-after: avoid; display: flex; gap: 2.5mm; align-items: baseline; }
h4 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p, li, dd, td, h1, h2, h3, h4 { overflow-wrap: anywhere; }
th { overflow-wrap: break-word; }
a { color: #1a4f8b; }
ul { margin: 0; padding-left: 5mm; }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 8pt; color: var(--muted); margin: 0 0 2mm; }
.organisation { font-size: 12pt; margin: 0 0 5mm; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: minmax(28mm, max-content) minmax(0, 1fr); gap: 1mm 4mm; margin: 0 0 2mm; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; min-width: 0; }
ul.tracks { list-style: none; padding: 0; display: grid; gap: 2mm; }
ul.tracks li { display: grid; grid-template-columns: 5mm minmax(0, 1fr); gap: 2.5mm; align-items: start; break-inside: avoid; }
.swatch { width: 4mm; height: 4mm; margin-top: 0.6mm; border-radius: 1mm; background: var(--fill); border: 0.3mm solid var(--line); }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 2mm; }
th, td { text-align: left; vertical-align: top; padding: 1.1mm 1.8mm; border-bottom: 0.25mm solid var(--rule); }
thead th { font-size: 8.5pt; font-weight: 600; color: var(--muted); border-bottom: 0.4mm solid var(--ink); }
thead { display: table-header-group; }
tr { break-inside: avoid; }
col.key-col { width: 10mm; } col.date-col { width: 30mm; } col.time-col { width: 25mm; } col.place-col { width: 45mm; }
col.format-col { width: 24mm; } col.given-col { width: 46mm; } col.due-col { width: 46mm; } col.effort-col { width: 26mm; }
td.time, table.glance td:nth-child(3) { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.format { color: var(--muted); }
tr.day th { background: var(--wash); font-weight: 600; color: var(--ink); padding-top: 1.6mm; }
.key { display: inline-flex; align-items: center; justify-content: center; min-width: 5.5mm; height: 5.5mm; padding: 0 1mm;
  border-radius: 50%; background: var(--fill); border: 0.35mm solid var(--line); font-size: 8pt; font-weight: 700; line-height: 1; flex: none; }
h3 .key { font-size: 9pt; min-width: 6.5mm; height: 6.5mm; }
.key.bar-key { border-radius: 1mm; }
.key.mini { font-size: 6.5pt; min-width: 4mm; height: 4mm; padding: 0 0.6mm; color: var(--ink); }
section.seances { break-before: page; }
section.seances > h2 { margin-top: 0; }
article.seance { break-inside: avoid; padding: 4mm 0 2mm; border-top: 0.5mm solid var(--ink); margin-top: 5mm; }
article.seance dl.facts { grid-template-columns: minmax(16mm, max-content) minmax(0, 1fr) minmax(16mm, max-content) minmax(0, 1fr); column-gap: 3mm; font-size: 9.5pt; }
article.seance h4 { margin: 3mm 0 1mm; }
article.seance ul.goals { font-size: 9.5pt; }
table.agenda { font-size: 9pt; line-height: 1.35; }
table.agenda td, table.agenda th { padding-top: 0.6mm; padding-bottom: 0.6mm; }
table.agenda .speaker { color: var(--muted); }
/* The text under an item keeps its lines and paragraphs as written. */
table.agenda .description { white-space: pre-line; color: var(--muted); margin-top: 0.4mm; }
section.seances > h2 + article.seance, section.seances > h2 + p + article.seance { margin-top: 0; }
section.assignments { break-before: page; }
section.assignments > h2 { margin-top: 0; }
section.timeline-page { page: landscape; break-before: page; break-after: page; }
section.timeline-page > h2 { margin-top: 0; }
.tl { display: grid; grid-template-columns: 40mm minmax(0, 1fr); column-gap: 2mm; font-size: ${LABEL_PT}pt; line-height: 1.2; }
.tl-label { padding: 1mm 1.5mm 1mm 0; min-width: 0; overflow-wrap: anywhere; }
.tl-head { color: var(--muted); font-size: 7.5pt; text-align: right; }
.tl-lane-label { font-weight: 600; font-size: 8pt; border-top: 0.25mm solid var(--rule); border-left: 1.2mm solid var(--line); padding-left: 1.5mm; }
.tl-axis { grid-column: 2; position: relative; z-index: 1; min-width: 0; }
.tl-months { height: 6mm; border-bottom: 0.25mm solid var(--rule); }
.tl-weeks { height: 5mm; }
.tl-month, .tl-week { position: absolute; top: 0; bottom: 0; white-space: nowrap; overflow: hidden; border-left: 0.25mm solid var(--rule); }
.tl-month { padding: 1mm 1mm 0; font-size: 8pt; font-weight: 600; }
.tl-week { padding: 1mm 0 0; text-align: center; color: var(--muted); font-variant-numeric: tabular-nums; }
.tl-shades { grid-column: 2; position: relative; z-index: 0; }
.shade { position: absolute; top: 0; bottom: 0; }
.shade.weekend, .legend-shade.weekend { background: #eceff3; }
.shade.holiday, .legend-shade.holiday { background: #f6dede; }
.tl-lane { border-top: 0.25mm solid var(--rule); }
.mark { position: absolute; top: 1mm; height: 4.5mm; transform: translateX(-50%); display: flex; align-items: center; justify-content: center;
  border-radius: 2.25mm; background: var(--line); color: #fff; font-weight: 700; font-size: 7pt; white-space: nowrap; overflow: hidden; }
.mark-label { position: absolute; top: 1.5mm; white-space: nowrap; overflow: hidden; font-weight: 600; }
.mark-label.before { text-align: right; }
.bar { position: absolute; height: 4mm; padding: 0.5mm 1mm 0; border-radius: 1mm; background: var(--fill); border: 0.3mm solid var(--line);
  white-space: nowrap; overflow: hidden; }
.tl-legend { display: flex; flex-wrap: wrap; gap: 2mm 6mm; margin: 3mm 0 2mm 42mm; font-size: 8pt; color: var(--muted); align-items: center; }
.tl-legend > span { display: inline-flex; align-items: center; gap: 1.5mm; }
.legend-mark { display: inline-block; width: 4.5mm; height: 3.5mm; border-radius: 1.75mm; background: #5a6470; }
.legend-bar { display: inline-block; width: 8mm; height: 3.5mm; border-radius: 1mm; background: #e6e9ee; border: 0.3mm solid #5a6470; }
.legend-shade { display: inline-block; width: 4mm; height: 3.5mm; }
.tl-key { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 4mm; margin: 2mm 0 0; font-size: 8pt; }
.key-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 1mm; align-content: start; }
.key-list li { display: grid; grid-template-columns: 7mm minmax(0, 1fr); align-items: center; gap: 1.5mm; break-inside: avoid; }
.key-list .key { font-size: 7pt; min-width: 5mm; height: 5mm; }
.holidays { font-size: 8pt; color: var(--muted); margin: 3mm 0 0; }
.cx { --fill: #e6e9ee; --line: #4b5563; }
.c0 { --fill: #dbe8f6; --line: #2f6db3; }
.c1 { --fill: #f8e3cf; --line: #b8641b; }
.c2 { --fill: #dcefdc; --line: #3b8a3e; }
.c3 { --fill: #eadcf3; --line: #7b4aa0; }
.c4 { --fill: #f6dbe3; --line: #b3405f; }
.c5 { --fill: #d9efef; --line: #2d8585; }
.c6 { --fill: #f3efd0; --line: #8a7a16; }
.c7 { --fill: #e3e3e3; --line: #555555; }
`;
