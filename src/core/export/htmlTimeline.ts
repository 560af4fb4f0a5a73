/** The timeline page of the HTML export: the programme's lanes on a landscape page, with labels cut to fit. */
import type { AssignmentModel, ProgrammeModel } from '../model';
import type { Lane, TimelineLayout } from '../timeline/layout';
import { dateSpan, dayMonth, monthName, type ExportLanguage } from './format';
import { colourOfTrack, type Keys } from './htmlKeys';
import { html, type Html } from './htmlMarkup';

// The timeline's geometry in millimetres, for deciding which labels fit: the landscape page is
// 297 mm wide with 12 mm margins; the label column is 40 mm.
const AXIS_MM = 297 - 2 * 12 - 40 - 2;
/** The size of the timeline's labels, in points: the style sets it, the fitting judges by it. */
export const LABEL_PT = 7;
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

export function timeline(model: ProgrammeModel, layout: TimelineLayout, language: ExportLanguage, keys: Keys): Html {
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
    (week) =>
      html`<span class="tl-week" style="left:${at(week.offset)};width:${at(week.length)}">${fits(String(week.week), mm(week.length)) ? week.week : ''}</span>`,
  );
  const shades = layout.shaded.map((day) => html`<span class="shade ${day.kind}" style="left:${at(day.offset)};width:${at(1)}"></span>`);
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
  (seance) =>
    html`<li><span class="key c${colour(seance.track)}">${keys.seance(seance.id)}</span><span>${dayMonth(language.dates, seance.date)} · ${seance.title}</span></li>\n`,
)}</ol>
<ol class="key-list">
${model.assignments.map(
  (assignment) =>
    html`<li><span class="key bar-key c${colour(assignment.track)}">${keys.assignment(assignment.id)}</span><span>${assignmentDates(language, assignment)} · ${assignment.title}</span></li>\n`,
)}</ol>
</div>
${
  holidays.length > 0
    ? html`<p class="holidays"><strong>${say('export.holidays')}:</strong> ${holidays.map((day, i) => html`${i > 0 ? ', ' : ''}<span class="nowrap">${dayMonth(language.dates, day.date)}</span> ${day.name ?? ''}`)}</p>`
    : ''
}
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
  // Seances that share a day are in rows of their own (the layout's), so that none hides another.
  const seanceRows = Math.max(1, lane.seanceRows);
  const height = seanceRows * SEANCE_ROW_MM + lane.rows * BAR_ROW_MM + 1.5;
  // The next seance of each seance's row, found in one pass from the end.
  const nextInRow: (Lane['seances'][number] | undefined)[] = [];
  const lastOfRow = new Map<number, Lane['seances'][number]>();
  for (let i = lane.seances.length - 1; i >= 0; i--) {
    const mark = lane.seances[i]!;
    nextInRow[i] = lastOfRow.get(mark.row);
    lastOfRow.set(mark.row, mark);
  }
  // Where the previous mark's label in each row ends (mm from the axis start), so that a label put left of its mark does not cover it.
  const takenIn: number[] = [];
  const marks = lane.seances.map((mark, i) => {
    const centre = mark.offset + mark.length / 2;
    const centreMm = Math.min(Math.max(mm(centre), 2.5), AXIS_MM - 2.5);
    // A mark stays inside the axis; its label is placed from where the mark is drawn.
    const drawn = `clamp(2.5mm,${at(centre)},calc(100% - 2.5mm))`;
    // Row 0 is where the style puts a mark; a further row says its own top.
    const top = (offsetMm: number): string => (mark.row > 0 ? `;top:${(offsetMm + mark.row * SEANCE_ROW_MM).toFixed(1)}mm` : '');
    const taken = takenIn[mark.row] ?? 0;
    const next = nextInRow[i];
    // The seance's title goes right of its mark when it fits before the next mark, else left of it after the previous label.
    const right = mm((next ? next.offset : days) - centre) - 4;
    const left = centreMm - taken - 4;
    let label = html``;
    if (fitLabel(mark.title, right) === mark.title || right >= left) {
      const text = fitLabel(mark.title, right);
      if (text)
        label = html`<span class="mark-label" style="left:calc(${drawn} + 3.5mm);max-width:${right.toFixed(1)}mm${top(1.5)}">${text}</span>`;
      takenIn[mark.row] = centreMm + 3.5 + textMm(text);
    } else {
      const text = fitLabel(mark.title, left);
      if (text)
        label = html`<span class="mark-label before" style="right:calc(100% - ${drawn} + 3.5mm);max-width:${left.toFixed(1)}mm${top(1.5)}">${text}</span>`;
      takenIn[mark.row] = centreMm + 3;
    }
    return html`<span class="mark" style="left:${drawn};width:max(4.5mm,${at(mark.length)})${top(1)}">${keys.seance(mark.id)}</span>${label}`;
  });
  const bars = lane.assignments.map((bar) => {
    const key = keys.assignment(bar.id);
    const label = fitLabel(`${key} ${bar.title}`, mm(bar.length)) || (fits(key, mm(bar.length)) ? key : '');
    return html`<span class="bar" style="left:${at(bar.offset)};width:${at(bar.length)};top:${(seanceRows * SEANCE_ROW_MM + bar.row * BAR_ROW_MM).toFixed(1)}mm">${label}</span>`;
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
