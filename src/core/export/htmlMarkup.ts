/** Markup of the HTML export: text escaped unless it is HTML built by the `html` tag. */

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML built by the `html` tag: the only text that is not escaped when put into more HTML. */
export class Html {
  constructor(readonly text: string) {}
}

export type Part = Html | string | number | undefined | null | false | readonly Part[];

function render(part: Part): string {
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  if (part === undefined || part === null || part === false) return '';
  return escapeHtml(String(part));
}

/** A template tag that passes every interpolated value through `escapeHtml` (fragments it built stay as they are). */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => (out += render(value) + strings[i + 1]!));
  return new Html(out);
}

/** A link a reader can follow: only web addresses become `href`s; anything else stays text. */
export function link(address: string): Html {
  let href: string | undefined;
  try {
    const url = new URL(address);
    if (url.protocol === 'https:' || url.protocol === 'http:') href = url.href;
  } catch {
    // Not an address: shown as text.
  }
  return href ? html`<a href="${href}">${address}</a>` : html`${address}`;
}
