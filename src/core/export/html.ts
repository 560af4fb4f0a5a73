/**
 * The programme as ONE self-contained, printable HTML document: inline CSS, no scripts, no
 * external resources (a Content-Security-Policy says so to the browser too). An overview, the
 * timeline on a landscape page, every seance with its agenda, every practice assignment.
 */
import type { ProgrammeModel } from '../model';
import type { TimelineLayout } from '../timeline/layout';
import type { Locale } from '../types';
import { exportLanguage } from './format';
import { Keys } from './htmlKeys';
import { html, Html } from './htmlMarkup';
import { assignments, overview, seances } from './htmlPages';
import { STYLE } from './htmlStyle';
import { timeline } from './htmlTimeline';

export { escapeHtml } from './htmlMarkup';

export interface HtmlOptions {
  /** The language of headings and labels; defaults from the programme's language. */
  locale?: Locale;
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
