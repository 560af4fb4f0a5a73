import type { Catalogue } from './catalogue';

/**
 * Words put into other messages (module types, countries, weekdays) and the words for a seance's
 * form and an agenda item's format, which the exports and the timeline webview both say: the
 * webview bundles this file, so it imports no more than a type.
 */
export const words = {
  // Words
  'module.programme': { en: 'programme', da: 'programme', sv: 'programme' },
  'module.seance': { en: 'seance', da: 'seance', sv: 'seance' },
  'module.assignment': { en: 'assignment', da: 'assignment', sv: 'assignment' },
  'country.DK': { en: 'Denmark', da: 'Danmark', sv: 'Danmark' },
  'country.SE': { en: 'Sweden', da: 'Sverige', sv: 'Sverige' },
  'country.FI': { en: 'Finland', da: 'Finland', sv: 'Finland' },
  'country.NO': { en: 'Norway', da: 'Norge', sv: 'Norge' },
  'weekday.1': { en: 'Monday', da: 'mandag', sv: 'måndag' },
  'weekday.2': { en: 'Tuesday', da: 'tirsdag', sv: 'tisdag' },
  'weekday.3': { en: 'Wednesday', da: 'onsdag', sv: 'onsdag' },
  'weekday.4': { en: 'Thursday', da: 'torsdag', sv: 'torsdag' },
  'weekday.5': { en: 'Friday', da: 'fredag', sv: 'fredag' },
  'weekday.6': { en: 'Saturday', da: 'lørdag', sv: 'lördag' },
  'weekday.7': { en: 'Sunday', da: 'søndag', sv: 'söndag' },
  'day-off.christmas-eve': { en: 'Christmas Eve', da: 'juleaftensdag', sv: 'julafton' },
  'day-off.new-years-eve': { en: "New Year's Eve", da: 'nytårsaftensdag', sv: 'nyårsafton' },
  'day-off.midsummer-eve': { en: 'Midsummer Eve', da: 'midsommeraften', sv: 'midsommarafton' },
  'day-off.constitution-day': { en: 'Constitution Day', da: 'grundlovsdag', sv: 'grundlagsdagen' },

  // A seance's form and an agenda item's format
  'mode.onsite': { en: 'On site', da: 'Fremmøde', sv: 'På plats' },
  'mode.online': { en: 'Online', da: 'Online', sv: 'Online' },
  'mode.app': { en: "Online in the programme's app", da: 'Online i programmets app', sv: 'Online i programmets app' },
  'mode.hybrid': { en: 'Hybrid (on site and online)', da: 'Hybrid (fremmøde og online)', sv: 'Hybrid (på plats och online)' },
  'format.plenum': { en: 'plenary', da: 'plenum', sv: 'gemensamt' },
  'format.groups': { en: 'groups', da: 'grupper', sv: 'grupper' },
  'format.break': { en: 'break', da: 'pause', sv: 'paus' },
  'format.meal': { en: 'meal', da: 'måltid', sv: 'måltid' },
  'format.walk': { en: 'walk', da: 'gåtur', sv: 'promenad' },
  'format.talk': { en: 'talk', da: 'oplæg', sv: 'föredrag' },
  'format.exercise': { en: 'exercise', da: 'øvelse', sv: 'övning' },

  // Laurillard's learning types, and time no type is known for
  'learning.acquisition': { en: 'acquisition', da: 'tilegnelse', sv: 'tillägnande' },
  'learning.inquiry': { en: 'inquiry', da: 'undersøgelse', sv: 'undersökande' },
  'learning.practice': { en: 'practice', da: 'øvelse', sv: 'övning' },
  'learning.production': { en: 'production', da: 'produktion', sv: 'produktion' },
  'learning.discussion': { en: 'discussion', da: 'diskussion', sv: 'diskussion' },
  'learning.collaboration': { en: 'collaboration', da: 'samarbejde', sv: 'samarbete' },
  'learning.unclassified': { en: 'no type', da: 'uden type', sv: 'utan typ' },

  // Hours, with the decimal sign of each language (see hoursMessage in insight/)
  'hours.whole': { en: '{hours} h', da: '{hours} t', sv: '{hours} tim' },
  'hours.tenths': { en: '{hours}.{tenths} h', da: '{hours},{tenths} t', sv: '{hours},{tenths} tim' },
  'week.of': {
    en: 'week {week} (from Monday {monday})',
    da: 'uge {week} (fra mandag {monday})',
    sv: 'vecka {week} (från måndag {monday})',
  },
} satisfies Catalogue;
