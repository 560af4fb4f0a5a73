import { defineRule } from './rule';
import * as posix from '../paths';

/** A folder holds one programme; a second programme module there is ignored until it moves. */
export const multipleProgrammes = defineRule({
  code: 'multiple-programmes',
  severity: 'error',
  scope: 'workspace',
  description: {
    en: 'A folder holds more than one programme.',
    da: 'En mappe indeholder mere end ét program.',
    sv: 'En mapp innehåller mer än ett program.',
  },
  messages: {
    'multiple-programmes': {
      en: 'This folder already has a programme, in {other}. Give each programme a folder of its own.',
      da: 'Mappen har allerede et program, i {other}. Giv hvert program sin egen mappe.',
      sv: 'Mappen har redan ett program, i {other}. Ge varje program en egen mapp.',
    },
  },
  check(workspace, report) {
    for (const { module, primary } of workspace.extraProgrammes) {
      report({
        file: module.file,
        range: module.headerRange,
        message: { key: 'multiple-programmes', args: { other: posix.basename(primary) } },
      });
    }
  },
});
