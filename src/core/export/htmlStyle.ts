/** The HTML export's screen and print styles. Page boxes: A4 portrait, the timeline on an A4 landscape page. */
import { LABEL_PT } from './htmlTimeline';

export const STYLE = `
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
