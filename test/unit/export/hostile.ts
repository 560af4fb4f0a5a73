import type { ProgrammeModel } from '../../../src/core';
import { copy } from './helpers';

/** Text that must come out of the HTML export as text, never as markup. */
export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '</style><script>alert(2)</script>',
  '</title><script>alert(3)</script>',
  '<a href="javascript:alert(4)">klik</a>',
  '&lt;b&gt;allerede escaped&lt;/b&gt; &amp; &#60;',
  '<!-- en kommentar --> <![CDATA[ x ]]>',
  '<body onload=alert(5)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(6)>',
  '<div style="background:url(https://evil.example/x)">',
  "{{constructor.constructor('alert(7)')()}} ${alert(8)}",
] as const;

/** A model with a payload in every text the document shows: titles, agenda items, track names, places, people. */
export function hostileModel(base: ProgrammeModel): ProgrammeModel {
  const model = copy(base);
  let i = 0;
  const next = (): string => PAYLOADS[i++ % PAYLOADS.length]!;
  model.title = next();
  model.organisation = next();
  model.audience = next();
  model.contact = next();
  model.tracks.forEach((track) => {
    track.title = next();
    track.description = next();
  });
  model.seances.forEach((seance) => {
    seance.title = next();
    seance.location = next();
    seance.facilitators = [next(), next()];
    seance.goals = [next()];
    seance.agenda.forEach((item) => (item.title = next()));
  });
  model.seances[1]!.link = 'javascript:alert(9)';
  model.assignments.forEach((assignment) => {
    assignment.title = next();
    assignment.effort = next();
  });
  return model;
}
