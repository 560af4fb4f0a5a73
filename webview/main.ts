/**
 * The timeline page inside the webview. It gets its data only from `message` events (validated,
 * invalid ones ignored), talks back through the VS Code API, and keeps zoom, filter, view, focus
 * and scroll across updates and reloads. Every render is timed with the performance marks
 * 'render-start' and 'render-end' and the measure 'render' (detail: { first, items }).
 */
import './timeline.css';
import type { SourceRef } from '../src/core/model';
import { localeOf } from '../src/core/types';
import { isToWebview, type HighlightMessage, type ShowMessage } from '../src/webview-protocol';
import { renderDetails } from './details';
import { h } from './dom';
import { programmeDetails, unscheduledBand } from './programme';
import { dateLanguage, shortDate } from '../src/core/intl';
import { itemsAt, moveFocus, visibleItems, type TimelineItem } from './items';
import { restoreState, type ViewState } from './state';
import { t } from './strings';
import { renderTable } from './table';
import { dayWidthFor, LABEL_WIDTH, TimelineView } from './timeline';
import { Toolbar } from './toolbar';
import { connectHost } from './vscode';

/** The width the timeline is drawn at for print: A4 landscape less 10 mm margins, at 96 dpi. */
const PRINT_WIDTH = 1040;

const host = connectHost();
let state: ViewState = restoreState(host.getState());
let show: ShowMessage | undefined;
let highlight: HighlightMessage['source'] | undefined;
let items = new Map<string, TimelineItem>();
let renders = 0;
let printing = false;
let lastDayWidth: number | undefined;
let restoreScroll = true;
let scrollToFocus = false;
const measureCanvas = { bold: document.createElement('canvas'), small: document.createElement('canvas') };
const measured = new Map<string, number>();
let measuredFonts = '';
const timeline = new TimelineView();

const header = h('div', { class: 'programme-header' });
const toolbar = new Toolbar({
  view: (view) => update({ view }),
  zoom: (zoom) => {
    scrollToFocus = true;
    update({ zoom });
  },
  track: (id, visible) => update({ hidden: visible ? state.hidden.filter((x) => x !== id) : [...new Set([...state.hidden, id])] }),
  pick: (uri) => host.postMessage({ type: 'pick', uri }),
  export: (format) => host.postMessage({ type: 'export', format }),
});
const notice = h('p', { class: 'notice', role: 'status' });
const timelineScroll = h('div', { class: 'timeline-scroll' });
const tableScroll = h('div', { class: 'table-scroll' });
const details = h('aside', { class: 'details-pane', 'aria-labelledby': 'details-heading' });
const app = h(
  'div',
  { id: 'app', class: 'app', 'data-renders': 0, style: { '--label-width': `${LABEL_WIDTH}px` } },
  h('header', { class: 'page-header' }, header, toolbar.element),
  h('main', { class: 'main' }, h('div', { class: 'work' }, h('div', { class: 'views' }, notice, timelineScroll, tableScroll), details)),
);
document.body.append(app);
notice.textContent = t('en', 'loading');
tableScroll.hidden = true;

function reveal(source: SourceRef): void {
  host.postMessage({ type: 'reveal', source });
}

function save(): void {
  host.setState(state);
}

function update(change: Partial<ViewState>): void {
  state = { ...state, ...change };
  render();
}

/** Draws everything from the last `show`, keeping scroll and focus. */
function render(): void {
  if (!show) return;
  performance.mark('render-start');
  const { layout, model, locale } = show;
  const language = dateLanguage(layout.language, locale);
  const title = model.title || model.id || '';
  // Setting it, even to the same value, restyles the whole page: 15 ms with 500 items.
  if (document.documentElement.lang !== locale) document.documentElement.lang = locale;
  document.title = title ? `${title} – ${t(locale, 'timeline')}` : t(locale, 'timeline');

  const period =
    model.period?.start && model.period.end
      ? t(locale, 'fromTo', { start: shortDate(language, model.period.start), end: shortDate(language, model.period.end) })
      : '';
  header.replaceChildren(
    ...[
      h('h1', {}, title),
      h('p', { class: 'meta' }, [model.organisation, period].filter(Boolean).join(' · ')),
      programmeDetails(model, locale, language),
      unscheduledBand(model, locale, reveal),
    ].filter((element) => element !== null),
  );
  toolbar.update({ locale, state, lanes: layout.lanes, programmes: show.programmes, current: show.current });

  const focusWasOnItem = document.activeElement instanceof HTMLElement && document.activeElement.dataset.key !== undefined;
  const visibleLanes = layout.lanes.filter((lane) => !state.hidden.includes(lane.id));
  const hasItems = layout.lanes.some((lane) => lane.seances.length + lane.assignments.length > 0);
  notice.textContent = !hasItems ? t(locale, 'empty') : visibleLanes.length === 0 ? t(locale, 'allHidden') : '';
  notice.hidden = notice.textContent === '';

  const highlightKeys = new Set(highlight ? itemsAt(layout, highlight.file, highlight.line).map((item) => item.key) : []);
  const highlightLane = highlight
    ? model.tracks.find(
        (track) =>
          track.source.file === highlight!.file &&
          track.source.range.start.line <= highlight!.line &&
          highlight!.line < Math.max(track.source.range.end.line, track.source.range.start.line + 1),
      )?.id
    : undefined;

  const isTimeline = state.view === 'timeline' || printing;
  timelineScroll.hidden = !isTimeline;
  tableScroll.hidden = isTimeline;
  let drawn: TimelineItem[];
  let scroll: ViewState['scroll'];
  if (isTimeline) {
    const visibleWidth = printing ? PRINT_WIDTH : timelineScroll.clientWidth || document.documentElement.clientWidth;
    const dayWidth = dayWidthFor(printing ? 'period' : state.zoom, layout.days, visibleWidth);
    const all = visibleItems(layout, state.hidden).flat();
    const focusKey = all.some((item) => item.key === state.focused) ? state.focused : all[0]?.key;
    // Read the scroll position before drawing: reading it after would force a layout of the changes.
    const { scrollLeft, scrollTop } = timelineScroll;
    let [left, top] = [scrollLeft, scrollTop];
    if (restoreScroll) ({ left, top } = state.scroll);
    else if (lastDayWidth && lastDayWidth !== dayWidth) {
      // Zooming keeps the day in the middle of the view in the middle.
      const half = (timelineScroll.clientWidth - LABEL_WIDTH) / 2;
      left = ((left + half) / lastDayWidth) * dayWidth - half;
    }
    const { measure, fonts } = textMeasure();
    drawn = timeline.render({
      layout,
      locale,
      language,
      programmeTitle: title,
      hidden: state.hidden,
      dayWidth,
      focusKey,
      highlightKeys,
      highlightLane,
      measure,
      fonts,
    });
    if (timelineScroll.firstElementChild !== timeline.element) timelineScroll.replaceChildren(timeline.element);
    if (left !== scrollLeft || top !== scrollTop) {
      timelineScroll.scrollLeft = left;
      timelineScroll.scrollTop = top;
      ({ scrollLeft: left, scrollTop: top } = timelineScroll);
    }
    scroll = { left, top };
    if (!printing) lastDayWidth = dayWidth;
  } else {
    const result = renderTable({ layout, locale, language, programmeTitle: title, hidden: state.hidden, highlightKeys });
    drawn = result.items;
    tableScroll.replaceChildren(result.element);
    if (restoreScroll) tableScroll.scrollTop = state.scroll.top;
    scroll = { left: state.scroll.left, top: tableScroll.scrollTop };
  }
  restoreScroll = false;
  items = new Map(drawn.map((item) => [item.key, item]));
  // An item in a hidden lane stays focused for when its lane comes back; a deleted one does not.
  if (
    state.focused &&
    !items.has(state.focused) &&
    !visibleItems(layout, [])
      .flat()
      .some((item) => item.key === state.focused)
  )
    state.focused = undefined;

  const focused = state.focused ? elementOf(state.focused) : undefined;
  if (focused && focusWasOnItem && document.activeElement !== focused) focused.focus({ preventScroll: true });
  if (focused && (scrollToFocus || highlightKeys.has(state.focused!))) focused.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  scrollToFocus = false;
  renderDetailsPane();

  renders++;
  app.dataset.renders = String(renders);
  performance.mark('render-end');
  performance.measure('render', { start: 'render-start', end: 'render-end', detail: { first: renders === 1, items: drawn.length } });
  if (!printing) {
    state.scroll = scroll;
    save();
  }
}

/** Measures text in the page's font with a canvas, so labels are as wide as their text. */
function textMeasure(): { measure: (text: string, font: 'bold' | 'small') => number; fonts: string } {
  const style = getComputedStyle(document.body);
  const size = parseFloat(style.fontSize) || 13;
  const fonts = { bold: `600 ${size}px ${style.fontFamily}`, small: `${size * 0.88}px ${style.fontFamily}` };
  const fontsKey = `${fonts.bold}|${fonts.small}`;
  // The cached widths are of these fonts: another theme's font measures again. Setting a canvas's
  // font parses it, even to the same value: each font has its own canvas, set only when it changes.
  if (measuredFonts !== fontsKey) {
    measured.clear();
    measuredFonts = fontsKey;
    for (const font of ['bold', 'small'] as const) {
      const context = measureCanvas[font].getContext('2d');
      if (context) context.font = fonts[font];
    }
  }
  const measure = (text: string, font: 'bold' | 'small'): number => {
    const context = measureCanvas[font].getContext('2d');
    if (!context) return text.length * size * 0.6;
    const key = `${font}|${text}`;
    let width = measured.get(key);
    if (width === undefined) {
      width = context.measureText(text).width;
      if (measured.size > 5000) measured.clear();
      measured.set(key, width);
    }
    return width;
  };
  return { measure, fonts: fontsKey };
}

function renderDetailsPane(): void {
  if (!show) return;
  const item = state.focused ? items.get(state.focused) : undefined;
  const line = item && highlight && highlight.file === item.source.file ? highlight.line : undefined;
  details.replaceChildren(
    h('h2', { id: 'details-heading', class: 'visually-hidden' }, t(show.locale, 'details')),
    h(
      'div',
      { class: 'details-body' },
      renderDetails(item, {
        model: show.model,
        locale: show.locale,
        language: dateLanguage(show.layout.language, show.locale),
        reveal,
        highlightLine: line,
      }),
    ),
  );
}

function elementOf(key: string): HTMLElement | undefined {
  const container = state.view === 'timeline' ? timelineScroll : tableScroll;
  return container.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) ?? undefined;
}

/** Moves the roving tab stop and the details to an item. */
function setFocused(key: string): void {
  if (state.focused === key) return;
  for (const element of timelineScroll.querySelectorAll<HTMLElement>('.item[tabindex="0"]')) element.tabIndex = -1;
  const element = elementOf(key);
  if (element && element.classList.contains('item')) element.tabIndex = 0;
  state.focused = key;
  renderDetailsPane();
  save();
}

function itemElement(target: EventTarget | null): HTMLElement | undefined {
  const element = target instanceof Element ? target.closest<HTMLElement>('[data-key]') : null;
  return element ?? undefined;
}

for (const container of [timelineScroll, tableScroll]) {
  container.addEventListener('click', (event) => {
    const element = itemElement(event.target);
    const item = element && items.get(element.dataset.key!);
    if (!item) return;
    if (document.activeElement !== element) element.focus();
    reveal(item.source);
  });
  container.addEventListener('focusin', (event) => {
    const element = itemElement(event.target);
    if (element) setFocused(element.dataset.key!);
  });
}

timelineScroll.addEventListener('keydown', (event) => {
  const element = itemElement(event.target);
  if (!element || !show) return;
  const item = items.get(element.dataset.key!);
  if (!item) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    reveal(item.source);
    return;
  }
  const next = moveFocus(visibleItems(show.layout, state.hidden), item.key, event.key, event.ctrlKey || event.metaKey);
  if (!next && !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) return;
  event.preventDefault();
  if (next) {
    setFocused(next.key);
    elementOf(next.key)?.focus();
  }
});

tableScroll.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const element = itemElement(event.target);
  if (!element) return;
  const buttons = [...tableScroll.querySelectorAll<HTMLElement>('[data-key]')];
  const next = buttons[buttons.indexOf(element) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
});

let scrollFrame = 0;
for (const container of [timelineScroll, tableScroll]) {
  container.addEventListener(
    'scroll',
    () => {
      if (scrollFrame || printing) return;
      scrollFrame = requestAnimationFrame(() => {
        scrollFrame = 0;
        state.scroll = {
          left: timelineScroll.scrollLeft,
          top: state.view === 'timeline' ? timelineScroll.scrollTop : tableScroll.scrollTop,
        };
        save();
      });
    },
    { passive: true },
  );
}

// The scale depends on the width: draw again when the panel is resized.
let lastWidth = 0;
let resizeFrame = 0;
new ResizeObserver(() => {
  const width = timelineScroll.clientWidth;
  if (width === lastWidth || width === 0) return;
  const first = lastWidth === 0;
  lastWidth = width;
  if (first || resizeFrame) return;
  resizeFrame = requestAnimationFrame(() => {
    resizeFrame = 0;
    render();
  });
}).observe(timelineScroll);

window.addEventListener('beforeprint', () => {
  printing = true;
  render();
});
window.addEventListener('afterprint', () => {
  printing = false;
  render();
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isToWebview(message)) return;
  if (message.type === 'show') {
    if (show && show.current !== message.current) {
      // Another programme: its own focus and scroll; zoom, view and filter stay.
      highlight = undefined;
      state.focused = undefined;
      state.scroll = { left: 0, top: 0 };
      restoreScroll = true;
    }
    show = message;
    render();
  } else {
    highlight = message.source;
    if (!show) return;
    const [target] = itemsAt(show.layout, message.source.file, message.source.line);
    if (target) state.focused = target.key;
    render();
  }
});

host.postMessage({ type: 'ready' });

/**
 * While the extension makes the first `show`, the page gets ready for it in the interface language
 * it was served in (the `lang` of the page, which the show will have): the first Intl format loads
 * ICU's data (some 20 ms), and the view, zoom and export controls render their custom elements.
 * A show that comes first makes this moot.
 */
setTimeout(() => {
  if (show) return;
  const locale = localeOf(document.documentElement.lang);
  notice.textContent = t(locale, 'loading');
  shortDate(dateLanguage(undefined, locale), '2027-01-11');
  toolbar.updateChoices(locale, state);
}, 0);
