/** The webview's side of VS Code: posting typed messages and keeping the view state. */
import type { FromWebview } from '../src/webview-protocol';
import type { ViewState } from './state';

export interface Host {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: ViewState): void;
}

declare global {
  /** Given by VS Code to a webview; may be called only once. */
  function acquireVsCodeApi(): Host;
}

/** VS Code's API, or a stand-in that remembers nothing when the page is opened elsewhere. */
export function connectHost(): Host {
  if (typeof acquireVsCodeApi === 'function') return acquireVsCodeApi();
  let saved: unknown;
  return {
    postMessage: () => undefined,
    getState: () => saved,
    setState: (state) => {
      saved = state;
    },
  };
}
