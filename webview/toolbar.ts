/**
 * The toolbar: programme picker, view, zoom, track filter and exports, from @vscode-elements (only
 * the components used are imported, to keep the bundle small). Parts are rebuilt only when their
 * options change, so an update from the extension does not take focus away from a control.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-radio-group/index.js';
import '@vscode-elements/elements/dist/vscode-radio/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import type { Lane } from '../src/core/timeline/layout';
import type { Locale } from '../src/core/types';
import type { ProgrammeChoice } from '../src/webview-protocol';
import { h } from './dom';
import type { View, ViewState, Zoom } from './state';
import { t, type StringKey } from './strings';
import { laneTitle } from './timeline';

export interface ToolbarActions {
  view(view: View): void;
  zoom(zoom: Zoom): void;
  track(id: string, visible: boolean): void;
  pick(uri: string): void;
  export(format: 'ics' | 'html'): void;
}

export interface ToolbarData {
  locale: Locale;
  state: ViewState;
  lanes: Lane[];
  programmes: ProgrammeChoice[];
  current: string;
}

export class Toolbar {
  readonly element = h('div', { class: 'toolbar', role: 'toolbar' });
  private readonly picker = h('div', { class: 'group picker' });
  private readonly views = h('div', { class: 'group view-choice' });
  private readonly zooms = h('div', { class: 'group zoom-choice' });
  private readonly tracks = h('fieldset', { class: 'group tracks' });
  private readonly exports = h('div', { class: 'group exports' });
  private readonly built = new Map<HTMLElement, string>();

  constructor(private readonly actions: ToolbarActions) {
    this.element.append(this.picker, this.views, this.zooms, this.exports, this.tracks);
  }

  /** Brings every control in step with the data: rebuilds a part only when its options changed. */
  update(data: ToolbarData): void {
    const { locale, state } = data;
    this.rebuild(this.picker, [locale, data.programmes], () => this.buildPicker(data));
    const picker = this.picker.querySelector('vscode-single-select');
    if (picker && picker.value !== data.current) picker.value = data.current;
    this.updateChoices(locale, state);

    const lanes = data.lanes.map((lane) => [lane.id, laneTitle(lane, locale), lane.colour % 6] as const);
    this.rebuild(this.tracks, [locale, lanes], () => this.buildTracks(locale, lanes));
    for (const box of this.tracks.querySelectorAll('vscode-checkbox')) {
      const visible = !state.hidden.includes(box.value);
      if (box.checked !== visible) box.checked = visible;
    }
  }

  /**
   * The controls that depend only on the language and the view state (view, zoom, exports):
   * the page builds them while it waits for its first programme, and update() keeps them.
   */
  updateChoices(locale: Locale, state: ViewState): void {
    this.element.setAttribute('aria-label', t(locale, 'timeline'));
    this.rebuild(this.views, [locale], () =>
      this.buildRadios(
        this.views,
        'view',
        t(locale, 'view'),
        [
          ['timeline', t(locale, 'timeline')],
          ['table', t(locale, 'table')],
        ],
        (value) => this.actions.view(value as View),
      ),
    );
    this.check(this.views, state.view);

    const zoomNames: [Zoom, StringKey][] = [
      ['period', 'zoomPeriod'],
      ['month', 'zoomMonth'],
      ['week', 'zoomWeek'],
    ];
    this.rebuild(this.zooms, [locale], () =>
      this.buildRadios(
        this.zooms,
        'zoom',
        t(locale, 'zoom'),
        zoomNames.map(([value, key]) => [value, t(locale, key)]),
        (value) => this.actions.zoom(value as Zoom),
      ),
    );
    this.check(this.zooms, state.zoom);
    this.zooms.hidden = state.view !== 'timeline';

    this.rebuild(this.exports, [locale], () => {
      const button = (format: 'ics' | 'html', key: StringKey): HTMLElement => {
        const b = h('vscode-button', { secondary: true, 'data-export': format }, t(locale, key));
        b.addEventListener('click', () => this.actions.export(format));
        return b;
      };
      this.exports.replaceChildren(button('ics', 'exportIcs'), button('html', 'exportHtml'));
    });
  }

  private rebuild(part: HTMLElement, inputs: unknown[], build: () => void): void {
    const signature = JSON.stringify(inputs);
    if (this.built.get(part) === signature) return;
    this.built.set(part, signature);
    build();
  }

  private buildPicker(data: ToolbarData): void {
    const select = h('vscode-single-select', {
      id: 'programme-picker',
      label: t(data.locale, 'programme'),
      disabled: data.programmes.length < 2,
    });
    for (const programme of data.programmes) {
      select.append(
        h('vscode-option', { value: programme.uri, selected: programme.uri === data.current }, programme.title || programme.uri),
      );
    }
    select.addEventListener('change', () => {
      if (select.value && select.value !== data.current) this.actions.pick(select.value);
    });
    this.picker.replaceChildren(h('label', { for: 'programme-picker', class: 'group-label' }, t(data.locale, 'programme')), select);
  }

  private buildRadios(part: HTMLElement, name: string, label: string, options: [string, string][], choose: (value: string) => void): void {
    const labelId = `${name}-label`;
    const group = h('vscode-radio-group', { 'aria-labelledby': labelId, 'data-name': name });
    for (const [value, text] of options) group.append(h('vscode-radio', { name, value, label: text, 'data-value': value }));
    // A radio chosen with the mouse or space sends `change`; one chosen with the arrow keys does not.
    const sync = (): void => {
      const checked = [...group.querySelectorAll('vscode-radio')].find((radio) => radio.checked);
      if (checked && part.dataset.value !== checked.value) {
        part.dataset.value = checked.value;
        choose(checked.value);
      }
    };
    group.addEventListener('change', sync);
    group.addEventListener('keyup', sync);
    part.replaceChildren(h('span', { id: labelId, class: 'group-label' }, label), group);
  }

  private check(part: HTMLElement, value: string): void {
    part.dataset.value = value;
    for (const radio of part.querySelectorAll('vscode-radio')) {
      const checked = radio.value === value;
      if (radio.checked !== checked) radio.checked = checked;
    }
  }

  private buildTracks(locale: Locale, lanes: (readonly [string, string, number])[]): void {
    const boxes = lanes.map(([id, title, colour]) => {
      const box = h('vscode-checkbox', { value: id, label: title, checked: true, 'data-lane': id });
      box.addEventListener('change', () => this.actions.track(id, box.checked));
      return h('span', { class: `track-choice lane-c${colour}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), box);
    });
    this.tracks.replaceChildren(h('legend', { class: 'group-label' }, t(locale, 'tracks')), ...boxes);
  }
}
