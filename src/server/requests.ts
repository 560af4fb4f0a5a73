import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import {
  buildProgrammeModel,
  countProblems,
  exportFileName,
  exportProgramme,
  formatMessage,
  isExportFormat,
  layoutTimeline,
  localToday,
  programmeAt,
  scaffoldModule,
  scaffoldProgramme,
  worstSeverity,
  type ItemProblems,
  type Locale,
  type Problem,
  type ProgrammeContext,
  type Workspace,
} from '../core';
import {
  CheckAllRequest,
  ExportRequest,
  ProgrammeScaffoldRequest,
  ProgrammesRequest,
  ScaffoldRequest,
  TimelineRequest,
  type CheckAllResult,
  type ExportResult,
  type ProgrammeScaffoldParams,
  type ProgrammeScaffoldResult,
  type ProgrammeSummary,
  type ScaffoldResult,
  type TimelineResult,
} from '../protocol';
import { pathToUri, uriToPath } from './convert';
import type { FeatureHost } from './features';
import { BATCH, yieldToOthers } from './sequence';

/** What the custom requests need of the server beyond the language features'. */
export interface RequestHost extends FeatureHost {
  workspace: Workspace;
  /** A problem as the settings show it, or undefined when its code is turned off. */
  shown(problem: Problem): Problem | undefined;
  /** Reads every file of the workspace folders again. */
  rescan(): Promise<void>;
}

/** The requests of the extension beyond LSP (src/protocol.ts): scaffolds, timeline, export, check all. */
export function listenToCustomRequests(connection: Connection, host: RequestHost): void {
  const { workspace, answer } = host;

  /** The problems of some files as the settings show them, a batch at a time. */
  const shownProblems = async (paths: readonly string[]): Promise<Map<string, Problem[]>> => {
    const out = new Map<string, Problem[]>();
    for (let i = 0; i < paths.length; i++) {
      out.set(
        paths[i]!,
        workspace.problemsOf(paths[i]!).flatMap((p) => host.shown(p) ?? []),
      );
      if (i % BATCH === BATCH - 1) await yieldToOthers();
    }
    return out;
  };

  const summaries = (): ProgrammeSummary[] =>
    workspace.programmeContexts().map((p) => ({
      uri: pathToUri(p.programme.file),
      folderUri: pathToUri(p.folder),
      id: p.programme.id?.value,
      title: p.programme.title?.value,
    }));

  connection.onRequest(
    ScaffoldRequest,
    answer('scaffold', { tracks: [] }, (params): ScaffoldResult => {
      const programme = programmeAt(workspace, uriToPath(params.uri));
      if (!programme) return { tracks: [] };
      const tracks = programme.programme.tracks.map((t) => ({ id: t.id.value, title: t.title ?? t.id.value }));
      const scaffold = scaffoldModule(programme, {
        type: params.type,
        title: params.title,
        track: params.track,
        today: localToday(),
        exists: (file) => workspace.has(file),
      });
      return { tracks, file: { uri: pathToUri(scaffold.file), text: scaffold.text } };
    }),
  );

  // No result stands in for a programme that could not be made: the fault is answered as an error.
  connection.onRequest(
    ProgrammeScaffoldRequest,
    answer<ProgrammeScaffoldParams, ProgrammeScaffoldResult>('scaffoldProgramme', failed(host.locale), (params) =>
      scaffoldProgramme({ title: params.title, language: params.language, today: params.today }),
    ),
  );

  connection.onRequest(
    TimelineRequest,
    answer('timeline', { programmes: [] }, async (params): Promise<TimelineResult> => {
      const programmes = summaries();
      const programme = programmeAt(workspace, uriToPath(params.uri)) ?? workspace.programmeContexts()[0];
      if (!programme) return { programmes };
      const problems = await shownProblems(moduleFiles(programme));
      const model = buildProgrammeModel(programme);
      const layout = layoutTimeline(model, {
        today: params.today,
        problems: (source) => {
          const file = `${programme.folder}/${source.file}`;
          return itemProblems(problems.get(file) ?? workspace.problemsOf(file).flatMap((p) => host.shown(p) ?? []), host.locale());
        },
      });
      return { programmes, current: { folderUri: pathToUri(programme.folder), model, layout } };
    }),
  );

  connection.onRequest(
    ExportRequest,
    answer('export', {}, (params): ExportResult => {
      if (!isExportFormat(params.format)) return {};
      const programme = programmeAt(workspace, uriToPath(params.uri));
      if (!programme) return {};
      const model = buildProgrammeModel(programme);
      // The same call as `curriculum export`, so that the editor and the CLI write the same file.
      return { text: exportProgramme(model, params.format), fileName: exportFileName(model, params.format) };
    }),
  );

  connection.onRequest(ProgrammesRequest, answer('programmes', [] as ProgrammeSummary[], summaries));

  connection.onRequest(
    CheckAllRequest,
    answer('checkAll', { files: 0, errors: 0, warnings: 0, others: 0 }, async (): Promise<CheckAllResult> => {
      await host.rescan();
      const paths = workspace.paths();
      const problems = await shownProblems(paths);
      return { files: paths.length, ...countProblems([...problems.values()].flat()) };
    }),
  );
}

/** The files of a programme's modules: the programme module, its seances and assignments. */
function moduleFiles(programme: ProgrammeContext): string[] {
  return [programme.programme, ...programme.seances, ...programme.assignments].map((m) => m.file);
}

/** The problems of a module's file, as the timeline marks them on the module's item. */
function itemProblems(shown: readonly Problem[], locale: Locale): ItemProblems | undefined {
  const severity = worstSeverity(shown);
  if (!severity) return undefined;
  return { severity, messages: shown.map((p) => formatMessage(p.message, locale)) };
}

/** Answers a request that failed with an error the client can show, in the user's language. */
function failed(locale: () => Locale): () => never {
  return () => {
    throw new ResponseError(ErrorCodes.InternalError, formatMessage({ key: 'request.failed' }, locale()));
  };
}
