import type * as Mammoth from 'mammoth';
import { paragraphsOfHtml, type SourceParagraph } from '../core';

let loaded: typeof Mammoth | undefined;

/** mammoth, loaded on first use: the bundles leave it out and load it from dist/mammoth.js (see esbuild.mjs). */
function mammoth(): typeof Mammoth {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('mammoth') as typeof Mammoth;
  return loaded;
}

/**
 * The paragraphs of a Word document (.docx), read by mammoth, the maintained converter: its simple
 * HTML keeps headings and lists, which the importer needs, and drops the layout, which it does not.
 */
export async function docxParagraphs(buffer: Uint8Array): Promise<SourceParagraph[]> {
  const { value } = await mammoth().convertToHtml({ buffer: Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
  return paragraphsOfHtml(value);
}
