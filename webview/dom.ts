/**
 * Building DOM without HTML strings: every text from a programme goes in through `textContent` or
 * an attribute value, so a title like `<img src=x onerror=…>` stays text.
 */

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Inline layout through the CSSOM (allowed by a CSP without 'unsafe-inline', unlike `style=""`). */
  style?: Record<string, string>;
  [attribute: string]: string | number | boolean | undefined | Record<string, string>;
}

/** An element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setProps(element, props);
  append(element, children);
  return element;
}

function setProps(element: Element, props: Props): void {
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    // Handlers are attached with addEventListener; an `on…` attribute would be inline script.
    if (/^on/i.test(name)) throw new Error(`h(): event handler attribute ${name} is not allowed`);
    if (name === 'class') element.setAttribute('class', String(value));
    else if (name === 'style' && typeof value === 'object') {
      for (const [property, v] of Object.entries(value)) (element as HTMLElement | SVGElement).style.setProperty(property, v);
    } else if (typeof value !== 'object') element.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(element: Element, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** Small line icons drawn as SVG elements (no icon font, no image request). */
const ICONS = {
  // A screen on a stand.
  online: ['M2 3h12v8H2z', 'M6 14h4', 'M8 11v3'],
  // A map pin.
  onsite: ['M8 15s5-4.6 5-8.5A5 5 0 0 0 3 6.5C3 10.4 8 15 8 15z', 'M8 8.5a2 2 0 1 0 0-4 2 2 0 0 0 0 4z'],
  // A screen and a pin.
  hybrid: ['M1 3h8v6H1z', 'M3.5 12h3', 'M12 15s3-2.8 3-5.2a3 3 0 0 0-6 0c0 2.4 3 5.2 3 5.2z'],
  // A triangle with an exclamation mark.
  warning: ['M8 1.5 15 14H1z', 'M8 6v4', 'M8 11.5v1'],
  // A circle with an exclamation mark.
  error: ['M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1z', 'M8 4.5v4.5', 'M8 10.8v1'],
  // A circle with an i.
  information: ['M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1z', 'M8 7v5', 'M8 4.2v1'],
} satisfies Record<string, string[]>;

/** The icon of a problem's severity (a hint looks like information). */
export function severityIcon(severity: string, className = 'problem'): SVGSVGElement {
  return icon(severity === 'hint' ? 'information' : severity, className);
}

/** Each icon drawn once; later ones are clones, far cheaper than building an SVG element again. */
const drawnIcons = new Map<string, SVGSVGElement>();

/** An icon by name, hidden from screen readers (the item's label says the same in words). */
export function icon(name: keyof typeof ICONS | string, className = ''): SVGSVGElement {
  const key = `${name}|${className}`;
  let drawn = drawnIcons.get(key);
  if (!drawn) {
    drawn = drawIcon(name, className);
    drawnIcons.set(key, drawn);
  }
  return drawn.cloneNode(true) as SVGSVGElement;
}

function drawIcon(name: string, className: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icon icon-${name} ${className}`.trim());
  // One path of all the strokes: the same drawing in half the elements (a timeline has hundreds).
  const path = document.createElementNS(SVG, 'path');
  const strokes: string[] | undefined = Object.hasOwn(ICONS, name) ? ICONS[name as keyof typeof ICONS] : undefined;
  path.setAttribute('d', (strokes ?? ICONS.information).join(' '));
  svg.append(path);
  return svg;
}
