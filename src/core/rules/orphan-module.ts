import { defineRule } from './rule';

/** Seances and assignments live in a programme folder, or their references cannot be checked. */
export const orphanModule = defineRule({
  code: 'orphan-module',
  severity: 'error',
  scope: 'workspace',
  description: {
    en: 'A seance or assignment lies outside every programme folder.',
    da: 'En seance eller opgave ligger uden for alle programmapper.',
    sv: 'En seans eller uppgift ligger utanför alla programmappar.',
  },
  messages: {
    'orphan-module': {
      en: 'This module is not in a programme folder, so its references cannot be checked. Move it into the folder of a programme (the folder with its programme.md) or a folder below it.',
      da: 'Modulet ligger ikke i en programmappe, så dets henvisninger kan ikke tjekkes. Flyt det ind i programmets mappe (mappen med programme.md) eller en mappe under den.',
      sv: 'Modulen ligger inte i en programmapp, så dess hänvisningar kan inte kontrolleras. Flytta den in i programmets mapp (mappen med programme.md) eller en mapp under den.',
    },
  },
  check(workspace, report) {
    for (const module of workspace.orphans) {
      report({ file: module.file, range: module.headerRange, message: { key: 'orphan-module' } });
    }
  },
});
