/**
 * The Markdown body of a module (purpose, target group, price, an assignment's task) as HTML for
 * the printable document. Only the Markdown a course designer writes becomes markup — headings,
 * paragraphs, lists, emphasis, code, quotes and web links; raw HTML in the text stays text.
 */
import type { Nodes, Parents } from 'mdast';
import { markdown } from '../parse/agendaScan';
import { Html, html, link, type Part } from './htmlMarkup';

/** The body as HTML, its headings moved down so that the body's top level sits under `level`. */
export function bodyHtml(body: string, level: number): Html {
  const tree = markdown.parse(body);
  const top = Math.min(6, ...tree.children.filter((node) => node.type === 'heading').map((node) => node.depth));
  return html`${tree.children.map((node) => block(node, level - top))}`;
}

function block(node: Nodes, shift: number): Part {
  // Anything else (tables, images, footnotes) is shown as its text.
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check
  switch (node.type) {
    case 'heading':
      return heading(node.depth + shift, inline(node));
    case 'paragraph':
      return html`<p>${inline(node)}</p>\n`;
    case 'list':
      return node.ordered
        ? html`<ol>${node.children.map((item) => html`<li>${item.children.map((child) => listChild(child, shift))}</li>`)}</ol>\n`
        : html`<ul>${node.children.map((item) => html`<li>${item.children.map((child) => listChild(child, shift))}</li>`)}</ul>\n`;
    case 'blockquote':
      return html`<blockquote>${node.children.map((child) => block(child, shift))}</blockquote>\n`;
    case 'code':
      return html`<pre>${node.value}</pre>\n`;
    case 'thematicBreak':
      return html`<hr>\n`;
    case 'html':
      return html`<p>${node.value}</p>\n`;
    case 'yaml':
      return '';
    default:
      return 'children' in node ? html`<p>${inline(node)}</p>\n` : 'value' in node ? html`<p>${node.value}</p>\n` : '';
  }
}

/** A paragraph directly in a list item reads as the item's text, not as a block of its own. */
function listChild(node: Nodes, shift: number): Part {
  return node.type === 'paragraph' ? inline(node) : block(node, shift);
}

function inline(node: Parents): Part {
  return node.children.map((child): Part => {
    // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check
    switch (child.type) {
      case 'text':
        return child.value;
      case 'emphasis':
        return html`<em>${inline(child)}</em>`;
      case 'strong':
        return html`<strong>${inline(child)}</strong>`;
      case 'inlineCode':
        return html`<code>${child.value}</code>`;
      case 'break':
        return html`<br>`;
      case 'link':
        return linkTo(child.url, inline(child));
      case 'html':
        return child.value;
      default:
        return 'children' in child ? inline(child) : 'value' in child ? child.value : '';
    }
  });
}

/** A link with its text: only web addresses become links, anything else (javascript:, file:) stays text. */
function linkTo(url: string, text: Part): Part {
  const target = link(url);
  return target.text.startsWith('<a ') ? html`<a href="${new URL(url).href}">${text}</a>` : text;
}

/** A heading of a depth 1 to 6: the tag is one of six fixed strings, never text from the document. */
function heading(depth: number, content: Part): Html {
  const level = Math.min(6, Math.max(1, depth));
  return html`${new Html(`<h${level}>`)}${content}${new Html(`</h${level}>`)}\n`;
}
