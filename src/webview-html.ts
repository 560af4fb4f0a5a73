/**
 * The HTML of the timeline webview, as the extension serves it and the browser tests load it: no
 * inline script or style, a nonce on the one script, and a Content Security Policy that allows
 * nothing else. Pure, so the tests prove the page works under exactly this policy.
 */

export interface TimelineHtmlOptions {
  /** `webview.cspSource`: the origin the webview may load its own files from. */
  cspSource: string;
  /** A fresh random value for every page load. */
  nonce: string;
  /** `webview.asWebviewUri` of dist/webview/timeline.js and dist/webview/timeline.css. */
  scriptUri: string;
  styleUri: string;
  /** The interface language. */
  lang?: string;
}

/** The Content-Security-Policy of the page. */
export function timelineCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

/** The page: a stylesheet, and the script that builds everything from the messages it receives. */
export function timelineHtml(options: TimelineHtmlOptions): string {
  const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    '<!DOCTYPE html>',
    `<html lang="${attr(options.lang ?? 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(timelineCsp(options.cspSource, options.nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${attr(options.styleUri)}">`,
    '<title>Timeline</title>',
    '</head>',
    '<body>',
    `<script nonce="${attr(options.nonce)}" src="${attr(options.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
