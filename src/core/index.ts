/** The core of Curriculum Studio: no editor, no protocol, only programmes and their problems. */
export { problemCodes } from './codes';
export type { ProblemCode } from './codes';
export { LineIndex } from './lines';
export { formatMessage, hasMessage, messageKeys } from './messages';
export { buildProgrammeModel } from './model';
export type { AgendaItemModel, AssignmentModel, ProgrammeModel, SeanceModel, SourceRef, TrackModel } from './model';
export type * from './module';
export { parseFile } from './parse';
export { propertyDoc } from './schema/schemas';
export type { ExtraSchema } from './schema/validate';
export { ExtraSchemaRefused } from './schema/linearRegExp';
export type * from './types';
export { localeOf, LOCALES } from './types';
export { normalisePath, sortProblems, Workspace } from './workspace';
