import type { WorkspaceRule } from './rule';

/** Seances and assignments live in a programme folder, or their references cannot be checked. */
export const orphanModule: WorkspaceRule = {
  code: 'orphan-module',
  severity: 'error',
  scope: 'workspace',
  check(workspace, report) {
    for (const module of workspace.orphans) {
      report({ file: module.file, range: module.headerRange, message: { key: 'orphan-module' } });
    }
  },
};
