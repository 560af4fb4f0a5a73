import type { Located } from '../module';
import type { ProgrammeRule } from './rule';

/** Ids are unique in a programme: seances and assignments share one set of ids, tracks another. */
export const duplicateId: ProgrammeRule = {
  code: 'duplicate-id',
  severity: 'error',
  scope: 'programme',
  check(programme, report) {
    const byId = new Map<string, { file: string; id: Located<string> }[]>();
    for (const module of [programme.programme, ...programme.seances, ...programme.assignments]) {
      if (!module.id) continue;
      const list = byId.get(module.id.value) ?? [];
      list.push({ file: module.file, id: module.id });
      byId.set(module.id.value, list);
    }
    for (const [id, uses] of byId) {
      if (uses.length < 2) continue;
      uses.forEach((use, i) => {
        const other = uses[i === 0 ? 1 : 0]!;
        report({
          file: use.file,
          range: use.id.range,
          message: { key: 'duplicate-id', args: { id, other: programme.relative(other.file) } },
        });
      });
    }
    const tracks = new Set<string>();
    for (const track of programme.programme.tracks) {
      if (tracks.has(track.id.value)) {
        report({
          file: programme.programme.file,
          range: track.id.range,
          message: { key: 'duplicate-id.track', args: { id: track.id.value } },
        });
      }
      tracks.add(track.id.value);
    }
  },
};
