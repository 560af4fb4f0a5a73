/**
 * The core of Curriculum Studio: no editor, no protocol, only programmes and their problems.
 *
 * Its modules stand in layers, and each imports only from its own layer or a lower one (the
 * lint rule of eslint.config.mjs, CORE_LAYERS, holds this table, and test/unit/core/layers.test.ts
 * checks the imports as resolved), lowest first:
 *
 *   1. types, codes, lines, dates, intl, holidays, suggest, fixes, messages/, severity, paths — words,
 *      dates and places in text; the reading codes and the message areas, as plain data (the
 *      rules add their codes and message keys to the types of these from their own layer)
 *   2. yaml/, module — the YAML header of a file; what a course module is
 *   3. schema/ — the JSON Schemas and their validators
 *   4. parse/ — one file read into a course module and its own problems
 *   5. programme, schedule, alignment, model, view, insight/ — a programme with its modules, its
 *      times, the outcomes each module serves, its model for views, what features see of a
 *      workspace, its learning time and learning types
 *   6. rules/ — one rule a file; every problem code (rules/codes.ts)
 *   7. workspace/, catalogue — the files of a workspace, parsed and checked; the whole message
 *      catalogue, with the rules' messages, and formatMessage
 *   8. language/, timeline/, export/, import/ — editor features, the timeline, calendar and print
 *      exports, and the importer of programme texts
 *   9. index — this file
 */
export { problemCodes } from './rules/codes';
export type { ProblemCode } from './codes';
export { localToday } from './dates';
export * as paths from './paths';
export { EXPORT_FORMATS, exportFileName, exportProgramme, isExportFormat, type ExportFormat } from './export';
export {
  agendaOfText,
  importProgramme,
  paragraphsOfHtml,
  paragraphsOfText,
  safeImportPath,
  type ImportedFile,
  type ImportNote,
  type ImportResult,
  type SourceParagraph,
} from './import';
export { completionsAt, type CompletionEntry } from './language/completion';
export { hoverAt, type HoverInfo } from './language/hover';
export { idAt, renameEdits, type IdOccurrence } from './language/references';
export { renameRefusal } from './language/rename';
export { scaffoldModule, scaffoldProgramme, type Scaffold } from './language/scaffold';
export { documentSymbols, type OutlineSymbol } from './language/symbols';
export { LineIndex } from './lines';
export { formatMessage, hasMessage, messageKeys } from './catalogue';
export { alignmentOf, declaredOutcomes, type Alignment, type OutcomeAlignment } from './alignment';
export { buildProgrammeModel, seanceTracks } from './model';
export {
  effortMinutes,
  hoursMessage,
  LEARNING_TYPES,
  organisationWords,
  summariseProgramme,
  type LearningType,
  type LearningTypeWords,
  type ProgrammeSummary,
  type SummaryOptions,
  type TimeSums,
} from './insight';
export type {
  AgendaItemModel,
  AssignmentModel,
  OutcomeModel,
  ProgrammeModel,
  SeanceModel,
  SourceRef,
  TrackModel,
  UnscheduledSeanceModel,
} from './model';
export type * from './module';
export { findFrontmatter } from './yaml/frontmatter';
export type { ProgrammeContext, WorkspaceContext } from './programme';
export { parseFile } from './parse';
export { propertyDoc } from './schema/schemas';
export type { ExtraSchema } from './schema/validate';
export { ExtraSchemaRefused } from './schema/linearRegExp';
export { countProblems, SEVERITIES, worstSeverity, type ProblemCounts } from './severity';
export { layoutTimeline, type ItemProblems, type TimelineLayout } from './timeline/layout';
export type * from './types';
export { localeOf, LOCALES } from './types';
export { isInside, programmeAt, type WorkspaceView } from './view';
export { normalisePath, sortProblems, Workspace } from './workspace';
