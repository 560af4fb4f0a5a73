import type { Connection } from 'vscode-languageserver';
import {
  ExtraSchemaRefused,
  formatMessage,
  organisationWords,
  type ExtraSchema,
  type LearningTypeWords,
  type Locale,
  type Problem,
  type Workspace,
} from '../core';
import type { ServerSettings } from '../protocol';
import type { FileAccess } from './files';

/**
 * The client's settings and the workspace's trust: the language, the workspace folders, the
 * severity overrides, the weekly practice limit, and the organisation's extra schema and learning
 * type words (both used in a trusted workspace only).
 */
export class Settings {
  locale: Locale = 'en';
  /** The workspace folders: paths on disk, URIs in a virtual workspace. */
  roots: string[] = [];
  trusted = false;
  /** Whether the client answers `workspace/configuration`. */
  canPull = false;
  private values: ServerSettings = {};
  private extraSchemaSource: string | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly files: FileAccess,
  ) {}

  /** A problem as the settings show it: with its severity overridden, or undefined when it is off. */
  shown(problem: Problem): Problem | undefined {
    const override = this.values.severity?.[problem.code];
    if (override === undefined) return problem;
    return override === 'off' ? undefined : { ...problem, severity: override };
  }

  /**
   * The organisation's own words for learning types, in a trusted workspace only: in another, a
   * workspace's settings file could relabel the hours of every programme opened in it.
   */
  learningTypes(): LearningTypeWords {
    const setting = this.values.learningTypes;
    return this.trusted && setting && typeof setting === 'object' ? organisationWords(setting) : {};
  }

  /** Whether a path is inside one of the workspace folders. */
  inWorkspace(path: string): boolean {
    return this.roots.some((root) => path.startsWith(`${root}/`));
  }

  /** Asks the client for the settings again and applies them; a fault is logged, not thrown. */
  async load(): Promise<void> {
    try {
      if (!this.canPull) return;
      const value = (await this.connection.workspace.getConfiguration('curriculumStudio')) as ServerSettings | null;
      this.values = value ?? {};
      const limit = this.values.weeklyPracticeLimit;
      this.workspace.setWeeklyPracticeLimit(
        typeof limit === 'number' && Number.isFinite(limit) && limit >= 0 ? Math.round(limit * 60) : undefined,
      );
      await this.loadExtraSchema();
    } catch (error) {
      this.connection.console.error(`Settings: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  /** Compiles the organisation's extra schema, in a trusted workspace only; says so when it cannot. */
  private async loadExtraSchema(): Promise<void> {
    const setting = this.values.extraSchema?.trim() || undefined;
    if (setting === this.extraSchemaSource) return;
    this.extraSchemaSource = setting;
    if (!setting) {
      this.workspace.setExtraSchema(undefined);
      return;
    }
    if (!this.trusted) {
      void this.connection.window.showWarningMessage(
        formatMessage({ key: 'extra-schema.untrusted', args: { path: setting } }, this.locale),
      );
      return;
    }
    const file = setting.startsWith('/') || this.roots.length === 0 ? setting : `${this.roots[0]}/${setting}`;
    try {
      this.workspace.setExtraSchema(JSON.parse(await this.files.readFile(file)) as ExtraSchema);
    } catch (error) {
      const reason =
        error instanceof ExtraSchemaRefused
          ? formatMessage(error.reason, this.locale)
          : error instanceof Error
            ? error.message.split('\n')[0]!
            : String(error);
      void this.connection.window.showErrorMessage(
        formatMessage({ key: 'extra-schema.invalid', args: { path: setting, reason } }, this.locale),
      );
    }
  }
}
