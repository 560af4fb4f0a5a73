import type { Catalogue } from './catalogue';

/** Words put into other messages: module types, countries, weekdays. */
export const words = {
  // Words
  'module.programme': { en: 'programme', da: 'programme', sv: 'programme' },
  'module.seance': { en: 'seance', da: 'seance', sv: 'seance' },
  'module.assignment': { en: 'assignment', da: 'assignment', sv: 'assignment' },
  'country.DK': { en: 'Denmark', da: 'Danmark', sv: 'Danmark' },
  'country.SE': { en: 'Sweden', da: 'Sverige', sv: 'Sverige' },
  'country.FI': { en: 'Finland', da: 'Finland', sv: 'Finland' },
  'country.NO': { en: 'Norway', da: 'Norge', sv: 'Norge' },
  'weekday.6': { en: 'Saturday', da: 'lørdag', sv: 'lördag' },
  'weekday.7': { en: 'Sunday', da: 'søndag', sv: 'söndag' },
} satisfies Catalogue;
