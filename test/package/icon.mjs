// Draws the extension's icon, src/extension/icon.png (128×128, as the Marketplace and Open VSX
// show it): an SVG rendered by Debian's Chromium through playwright-core. Run it again after a
// change to the drawing: node test/package/icon.mjs
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'extension', 'icon.png');

// Three tracks of a programme on a time axis, seances as dots and an assignment as a bar, and a
// check mark: a programme, drawn and checked.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#1f6f78"/>
      <stop offset="1" stop-color="#15464c"/>
    </linearGradient>
  </defs>
  <rect x="4" y="4" width="120" height="120" rx="22" fill="url(#bg)"/>
  <g stroke="#ffffff" stroke-opacity="0.25" stroke-width="2">
    <line x1="30" y1="20" x2="30" y2="108"/>
    <line x1="58" y1="20" x2="58" y2="108"/>
    <line x1="86" y1="20" x2="86" y2="108"/>
  </g>
  <g stroke-linecap="round">
    <line x1="18" y1="36" x2="110" y2="36" stroke="#ffffff" stroke-opacity="0.35" stroke-width="3"/>
    <line x1="18" y1="64" x2="110" y2="64" stroke="#ffffff" stroke-opacity="0.35" stroke-width="3"/>
    <line x1="18" y1="92" x2="110" y2="92" stroke="#ffffff" stroke-opacity="0.35" stroke-width="3"/>
    <line x1="44" y1="64" x2="82" y2="64" stroke="#f2c14e" stroke-width="10"/>
  </g>
  <circle cx="30" cy="36" r="8" fill="#f78154"/>
  <circle cx="72" cy="36" r="8" fill="#f78154"/>
  <circle cx="30" cy="64" r="8" fill="#f2c14e"/>
  <circle cx="44" cy="92" r="8" fill="#9ad1d4"/>
  <circle cx="96" cy="98" r="20" fill="#ffffff"/>
  <path d="M86 98 l7 7 l13 -14" fill="none" stroke="#1f6f78" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
