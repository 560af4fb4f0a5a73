import type { SourceParagraph } from './paragraphs';
import { splitRunTogetherItems } from './paragraphs';

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'blockquote', 'div']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The paragraphs of the simple HTML a Word converter writes (mammoth: `p`, `h1`–`h6`, lists,
 * tables, inline `strong`, `em`, `a`): each block's text on one line, headings with their level,
 * list items marked. Inline markup is dropped, its text kept; a nested list's items are paragraphs
 * of their own.
 */
export function paragraphsOfHtml(html: string): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  let text = '';
  let kind: Omit<SourceParagraph, 'text'> = {};
  const flush = (): void => {
    const line = text.replace(/\s+/g, ' ').trim();
    if (line !== '') for (const part of splitRunTogetherItems(line)) paragraphs.push({ ...kind, text: part });
    text = '';
  };
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|([^<]+)/g)) {
    if (m[3] !== undefined) {
      text += decode(m[3]);
      continue;
    }
    const tag = m[2]!.toLowerCase();
    if (tag === 'br') text += ' ';
    if (!BLOCKS.has(tag)) continue;
    flush();
    const heading = /^h([1-6])$/.exec(tag);
    kind = m[1] ? {} : heading ? { heading: Number(heading[1]) } : tag === 'li' ? { listItem: true } : {};
  }
  flush();
  return paragraphs;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
