/** The exports of a programme: an RFC 5545 calendar and a printable HTML document. */
import type { ProgrammeModel } from '../model';
import { layoutTimeline } from '../timeline/layout';
import { programmeToHtml } from './html';
import { programmeToIcs } from './ics';

export { programmeToIcs, seanceUids, type IcsOptions } from './ics';
export { escapeHtml, programmeToHtml, type HtmlOptions } from './html';

/** What a programme can be exported as: a calendar (`.ics`) or a printable page (`.html`). */
export type ExportFormat = 'ics' | 'html';

/** The export formats, in the order they are offered. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['ics', 'html'];

/** Whether a word names an export format. */
export function isExportFormat(value: unknown): value is ExportFormat {
  return EXPORT_FORMATS.includes(value as ExportFormat);
}

/**
 * A programme exported in a format, as `curriculum export` and the editor both write it.
 * `now` orders calendar exports: a later one replaces an earlier one's events.
 */
export function exportProgramme(model: ProgrammeModel, format: ExportFormat, options: { now?: Date } = {}): string {
  return format === 'ics' ? programmeToIcs(model, { now: options.now ?? new Date() }) : programmeToHtml(model, layoutTimeline(model));
}

/** The file name an export is offered under: the programme id with the format's extension. */
export function exportFileName(model: ProgrammeModel, format: ExportFormat): string {
  return `${model.id ?? 'programme'}.${format}`;
}
