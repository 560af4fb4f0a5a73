import { posix } from 'node:path';
import type { WorkspaceRule } from './rule';

/** A folder holds one programme; a second programme module there is ignored until it moves. */
export const multipleProgrammes: WorkspaceRule = {
  code: 'multiple-programmes',
  severity: 'error',
  scope: 'workspace',
  check(workspace, report) {
    for (const { module, primary } of workspace.extraProgrammes) {
      report({
        file: module.file,
        range: module.headerRange,
        message: { key: 'multiple-programmes', args: { other: posix.basename(primary) } },
      });
    }
  },
};
