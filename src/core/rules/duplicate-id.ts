import { defineRule } from './rule';
import type { Located } from '../module';

/** Ids are unique in a programme: seances and assignments share one set of ids, tracks another. */
export const duplicateId = defineRule({
  code: 'duplicate-id',
  severity: 'error',
  scope: 'programme',
  description: {
    en: 'Two modules or two tracks of a programme share an id.',
    da: 'To moduler eller to spor i et program har samme id.',
    sv: 'Två moduler eller två spår i ett program har samma id.',
  },
  messages: {
    'duplicate-id': {
      en: 'The id `{id}` is also used in {other}. Ids must be unique in a programme.',
      da: "Id'et `{id}` bruges også i {other}. Id'er skal være entydige i et program.",
      sv: 'Id:t `{id}` används också i {other}. Id:n måste vara unika i ett program.',
    },
    'duplicate-id.track': {
      en: 'The track id `{id}` is declared more than once. Give each track its own id.',
      da: 'Sporet `{id}` er erklæret mere end én gang. Giv hvert spor sit eget id.',
      sv: 'Spåret `{id}` är deklarerat mer än en gång. Ge varje spår ett eget id.',
    },
  },
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
});
