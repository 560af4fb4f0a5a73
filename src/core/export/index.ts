/** The exports of a programme: an RFC 5545 calendar and a printable HTML document. */
export { programmeToIcs, seanceUids, type IcsOptions } from './ics';
export { escapeHtml, programmeToHtml, type HtmlOptions } from './html';
