/** The paragraphs of a programme text as a word processor or a plain text file holds them. */

/** One paragraph: its text on one line, and its heading level when the source marks it as a heading. */
export interface SourceParagraph {
  text: string;
  heading?: number;
  /** A bullet or numbered item of a list in the source (its marker not in `text`). */
  listItem?: boolean;
}

/**
 * Splits a plain text or Markdown file into paragraphs: one a non-empty line (a Word document
 * saved as text writes a paragraph a line), Markdown headings (`## Program`) with their level.
 * A line that runs several agenda items together, as a slide's text does
 * (`Torsdag d. 30. oktober Kl 8: Kaffe Kl 8.15: Velkommen …`), is split before each `Kl 8.15:`.
 */
export function paragraphsOfText(text: string, markdown: boolean): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    const heading = markdown ? /^(#{1,6}) +(.*?)(?: +#+)?$/.exec(line) : null;
    if (heading) {
      paragraphs.push({ text: heading[2]!, heading: heading[1]!.length });
      continue;
    }
    const bullet = markdown ? /^(?:[-*+]|\d+[.)]) +/ : /^[•·▪◦] */;
    const listItem = bullet.test(line);
    for (const part of splitRunTogetherItems(line.replace(bullet, '')))
      paragraphs.push(listItem ? { text: part, listItem } : { text: part });
  }
  return paragraphs;
}

/** `Kl 8.15:` (capital K, a time and a colon) inside a line, where a new agenda item starts. */
const ITEM_INSIDE = /\s(?=Kl\.? ?\d{1,2}(?:[.:]\d{2})?(?: ?[-–] ?\d{1,2}(?:[.:]\d{2})?)?:)/g;

/** The parts of a line that runs agenda items together; the line itself when it does not. */
export function splitRunTogetherItems(line: string): string[] {
  return line
    .split(ITEM_INSIDE)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
