import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { ExportFormat, ProblemCounts, ProgrammeModel, TimelineLayout } from './core';

/**
 * The messages between the extension and the language server beyond LSP, typed once and
 * imported by both sides: `client.sendRequest(ScaffoldRequest, params)` and
 * `connection.onRequest(ScaffoldRequest, handler)` do not compile when params or result differ.
 */

/** Facts for scaffolding a new module next to a file: asked by the "New Seance/Assignment" commands. */
export const ScaffoldRequest = new RequestType<ScaffoldParams, ScaffoldResult, void>('curriculum/scaffold');

export interface ScaffoldParams {
  /** A file or folder inside the programme (usually the active editor's file). */
  uri: string;
  type: 'seance' | 'assignment';
  title: string;
  track?: string;
}

export interface ScaffoldResult {
  /** Where the new module goes, and its text. Undefined when the uri is in no programme. */
  file?: { uri: string; text: string };
  /** The programme's tracks, for the quick pick. */
  tracks: { id: string; title: string }[];
}

/**
 * The `programme.md` of a new programme: asked by the "New Programme" command, so that the
 * extension does not carry the message catalogue for three headings.
 */
export const ProgrammeScaffoldRequest = new RequestType<ProgrammeScaffoldParams, ProgrammeScaffoldResult, void>(
  'curriculum/scaffoldProgramme',
);

/** The languages a new programme can be written in (the messages exist in these three). */
export type ProgrammeLanguage = 'da' | 'sv' | 'en';

export interface ProgrammeScaffoldParams {
  title: string;
  language: ProgrammeLanguage;
  /** Today's date (the client's): the programme starts on the Monday after. */
  today: string;
}

export interface ProgrammeScaffoldResult {
  /** `<title as slug>/programme.md`, relative to the folder the user chose. */
  file: string;
  text: string;
}

/** The programmes of the workspace, for pickers. */
export const ProgrammesRequest = new RequestType0<ProgrammeSummary[], void>('curriculum/programmes');

export interface ProgrammeSummary {
  /** The programme module's uri. */
  uri: string;
  folderUri: string;
  id?: string;
  title?: string;
}

/** Checks every module of the workspace again and says how many problems there are. */
export const CheckAllRequest = new RequestType0<CheckAllResult, void>('curriculum/checkAll');

export interface CheckAllResult extends ProblemCounts {
  files: number;
}

/** The settings of the extension the server reads (`curriculumStudio.*`). */
export interface ServerSettings {
  /** Per-code severity: `off` hides the problem. */
  severity?: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>;
  /**
   * A JSON Schema file (relative to the workspace folder) of the organisation's own header keys.
   * Honoured only in a trusted workspace: ajv compiles a schema into code.
   */
  extraSchema?: string;
  /** The organisation's own words for learning types (word → type). Honoured only in a trusted workspace. */
  learningTypes?: Record<string, string>;
  /** The most practice a week beside the seances, in hours (`week-over-workload`); 4 when unset. */
  weeklyPracticeLimit?: number;
}

/** What the extension tells the server at start (LSP initializationOptions). */
export interface InitializationOptions {
  /** VS Code's display language. */
  locale?: string;
  /** Whether the workspace is trusted; without trust no schema from the workspace is compiled. */
  trusted?: boolean;
}

/** A programme's model and its timeline layout, problems included, for the timeline panel. */
export const TimelineRequest = new RequestType<TimelineParams, TimelineResult, void>('curriculum/timeline');

export interface TimelineParams {
  /** A file or folder inside the programme, or the programme module itself. */
  uri: string;
  /** Today's date (the client's), for the today marker. */
  today: string;
}

export interface TimelineResult {
  programmes: ProgrammeSummary[];
  /** The programme shown, or undefined when the uri is in no programme. */
  current?: {
    folderUri: string;
    model: ProgrammeModel;
    layout: TimelineLayout;
  };
}

/** Sent by the server when the modules of programmes changed (typing included), so views refresh. */
export const ProgrammesChangedNotification = new NotificationType<ProgrammesChangedParams>('curriculum/programmesChanged');

export interface ProgrammesChangedParams {
  folderUris: string[];
}

/**
 * A programme exported as the CLI's `curriculum export` writes it (from the open buffers), for
 * the timeline's export buttons and commands.
 */
export const ExportRequest = new RequestType<ExportParams, ExportResult, void>('curriculum/export');

export interface ExportParams {
  /** A file or folder inside the programme. */
  uri: string;
  format: ExportFormat;
}

export interface ExportResult {
  /** The exported text, or undefined when the uri is in no programme. */
  text?: string;
  /** A file name for the save dialog: the programme id with the format's extension. */
  fileName?: string;
}

/**
 * The workspace's files through the client (VS Code's `workspace.fs`), for a server that cannot
 * read them itself: the one in a web worker (vscode.dev, github.dev), and the Node one in a
 * virtual workspace. Asked by the server, answered by the extension.
 */
export const MarkdownFilesRequest = new RequestType<MarkdownFilesParams, MarkdownFilesResult, void>('curriculum/markdownFiles');

export interface MarkdownFilesParams {
  /** The folder to walk (hidden folders, node_modules, dist and out are skipped). */
  folderUri: string;
}

export interface MarkdownFilesResult {
  /** The uris of the Markdown files under the folder, sorted by name within each folder. */
  uris: string[];
  /** Folders that could not be read, with a Node-style code (ENOENT, EACCES, ...). */
  unreadable: { uri: string; code: string }[];
}

/** One file's text through the client. */
export const ReadFileRequest = new RequestType<FileParams, ReadFileResult, void>('curriculum/readFile');

export interface FileParams {
  uri: string;
}

export interface ReadFileResult {
  /** The text, decoded as UTF-8; undefined when the file could not be read. */
  text?: string;
  /** Why not, as a Node-style code (ENOENT, EACCES, EISDIR, ...). */
  code?: string;
}

/** Whether a file or folder exists, through the client. */
export const FileExistsRequest = new RequestType<FileParams, boolean, void>('curriculum/fileExists');
