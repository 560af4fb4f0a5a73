/** The importer: a programme text (Word, plain text, Markdown) into a programme folder, pure and without Node. */
export { agendaOfText, importProgramme, guessLanguage, type ImportedFile, type ImportNote, type ImportResult } from './programme';
export { paragraphsOfText, splitRunTogetherItems, type SourceParagraph } from './paragraphs';
export { paragraphsOfHtml } from './html';
export { safeImportPath } from './paths';
