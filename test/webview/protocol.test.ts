import * as assert from 'node:assert/strict';
import { isFromWebview, isToWebview } from '../../src/webview-protocol';
import { timelineCsp, timelineHtml } from '../../src/webview-html';
import { sampleShow } from './harness';

describe('webview: the message protocol', () => {
  it('accepts the messages the extension sends, built from every sample', () => {
    const show = sampleShow('fremtidens-lederuddannelse', { today: '2027-03-02' });
    assert.equal(isToWebview(show), true);
    assert.equal(isToWebview(JSON.parse(JSON.stringify(show))), true, 'after a round trip through JSON');
    assert.equal(isToWebview(sampleShow('mistakes/ledertraening', { locale: 'sv' })), true);
    assert.equal(isToWebview({ type: 'highlight', source: { file: 'seances/01.md', line: 3 } }), true);
  });

  it('rejects what is not a whole, well-formed message to the webview', () => {
    const show = sampleShow('varde-lederseminar');
    const [lane] = show.layout.lanes;
    assert.ok(lane, 'The sample has a lane.');
    for (const bad of [
      undefined,
      null,
      [],
      'show',
      { type: 'show' },
      { ...show, type: 'Show' },
      { ...show, locale: 'de' },
      { ...show, current: 3 },
      { ...show, programmes: [{ uri: 'x' }] },
      { ...show, layout: { ...show.layout, start: '1. september' } },
      { ...show, layout: { ...show.layout, days: 0 } },
      { ...show, layout: { ...show.layout, lanes: [{ ...lane, colour: -1 }] } },
      { ...show, layout: { ...show.layout, lanes: [{ ...lane, seances: [{ ...lane.seances[0], source: { file: 'x' } }] }] } },
      { ...show, layout: { ...show.layout, lanes: [{ ...lane, assignments: [{ ...lane.assignments[0], row: 1.5 }] }] } },
      { ...show, model: { ...show.model, tracks: null } },
      { ...show, model: { ...show.model, seances: [{ ...show.model.seances[0], facilitators: [1] }] } },
      { type: 'highlight', source: { file: 'x', line: -1 } },
      { type: 'highlight' },
    ]) {
      assert.equal(isToWebview(bad), false, JSON.stringify(bad)?.slice(0, 120));
    }
  });

  it('accepts the messages the webview sends, and nothing else', () => {
    const source = { file: 'seances/01.md', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } } };
    for (const good of [
      { type: 'ready' },
      { type: 'reveal', source },
      { type: 'pick', uri: 'file:///p/programme.md' },
      { type: 'export', format: 'ics' },
      { type: 'export', format: 'html' },
    ]) {
      assert.equal(isFromWebview(good), true, JSON.stringify(good));
    }
    for (const bad of [
      null,
      'ready',
      { type: 'reveal' },
      { type: 'reveal', source: { file: 'x' } },
      { type: 'pick' },
      { type: 'export', format: 'pdf' },
      { type: 'run', command: 'x' },
    ]) {
      assert.equal(isFromWebview(bad), false, JSON.stringify(bad));
    }
  });

  it('serves the page with a strict Content Security Policy: no inline script or style', () => {
    assert.equal(
      timelineCsp('https://x.vscode-cdn.net', 'abc'),
      "default-src 'none'; style-src https://x.vscode-cdn.net; font-src https://x.vscode-cdn.net; img-src https://x.vscode-cdn.net; script-src 'nonce-abc'",
    );
    const html = timelineHtml({ cspSource: 'https://x', nonce: 'n"1', scriptUri: 'https://x/t.js?a=1&b="2"', styleUri: 'https://x/t.css' });
    assert.match(html, /<script nonce="n&quot;1" src="https:\/\/x\/t\.js\?a=1&amp;b=&quot;2&quot;"><\/script>/);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|<style|style=/);
  });
});
