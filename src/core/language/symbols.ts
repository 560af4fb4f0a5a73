import type { ParsedFile } from '../module';
import type { Range } from '../types';

/** An entry of a module's outline, independent of any editor protocol. */
export interface OutlineSymbol {
  name: string;
  detail?: string;
  kind: 'programme' | 'track' | 'seance' | 'agenda-item' | 'assignment';
  /** Everything the entry covers. */
  range: Range;
  /** What to select when the entry is chosen: its title, id or line. */
  selectionRange: Range;
  children: OutlineSymbol[];
}

/** The outline of a module: the programme and its tracks, a seance and its agenda, an assignment. */
export function documentSymbols(parsed: ParsedFile): OutlineSymbol[] {
  const module = parsed.module;
  if (!module) return [];
  const whole = parsed.lines.range(0, parsed.text.length);
  const selection = (module.title ?? module.id)?.range ?? module.headerRange;
  const name = module.title?.value ?? module.id?.value ?? module.type;
  switch (module.type) {
    case 'programme':
      return [
        {
          name,
          detail: [module.period?.start?.value, module.period?.end?.value].filter(Boolean).join(' – ') || undefined,
          kind: 'programme',
          range: whole,
          selectionRange: selection,
          children: module.tracks.map((track) => ({
            name: track.title ?? track.id.value,
            detail: track.id.value,
            kind: 'track',
            range: track.range,
            selectionRange: track.id.range,
            children: [],
          })),
        },
      ];
    case 'seance':
      return [
        {
          name,
          detail: [
            module.date?.value,
            module.time?.start?.value && module.time?.end?.value ? `${module.time.start.value}–${module.time.end.value}` : undefined,
          ]
            .filter(Boolean)
            .join(' '),
          kind: 'seance',
          range: whole,
          selectionRange: selection,
          children: module.agenda.map((item) => ({
            name: item.time ? `${item.time.value} ${item.title}` : item.title,
            detail: item.format,
            kind: 'agenda-item',
            range: item.range,
            selectionRange: item.range,
            children: [],
          })),
        },
      ];
    case 'assignment':
      return [
        {
          name,
          detail: [module.given?.value, module.due?.value].filter(Boolean).join(' → ') || undefined,
          kind: 'assignment',
          range: whole,
          selectionRange: selection,
          children: [],
        },
      ];
  }
}
