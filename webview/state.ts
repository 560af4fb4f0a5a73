/** What the page remembers across updates and across a reload of the webview (vscode.setState). */

export type View = 'timeline' | 'table';
export type Zoom = 'period' | 'month' | 'week';

export interface ViewState {
  view: View;
  zoom: Zoom;
  /** Track ids whose lanes are hidden ('' is the lane of the whole programme). */
  hidden: string[];
  /** The key of the focused item (see itemKey). */
  focused?: string;
  scroll: { left: number; top: number };
}

export const initialState: ViewState = { view: 'timeline', zoom: 'period', hidden: [], scroll: { left: 0, top: 0 } };

/** The saved state, or the initial one where a saved value is missing or malformed. */
export function restoreState(saved: unknown): ViewState {
  const s = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  const scroll = typeof s.scroll === 'object' && s.scroll !== null ? (s.scroll as Record<string, unknown>) : {};
  const finite = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : 0);
  return {
    view: s.view === 'table' ? 'table' : 'timeline',
    zoom: s.zoom === 'month' || s.zoom === 'week' ? s.zoom : 'period',
    hidden: Array.isArray(s.hidden) ? s.hidden.filter((x): x is string => typeof x === 'string') : [],
    focused: typeof s.focused === 'string' ? s.focused : undefined,
    scroll: { left: finite(scroll.left), top: finite(scroll.top) },
  };
}
