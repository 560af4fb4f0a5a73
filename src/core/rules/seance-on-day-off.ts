import { datesBetween } from '../dates';
import { dayOff, publicHoliday } from '../holidays';
import { daySpan } from '../schedule';
import { dayArg } from '../types';
import { defineRule } from './rule';
import { countryName } from './seance-on-holiday';

/**
 * Seances avoid the days that are no public holiday but that most people have off: Christmas Eve,
 * New Year's Eve, Midsummer Eve, and Denmark's Constitution Day from noon. A day that is also a
 * public holiday is left to seance-on-holiday, so that no day is reported twice.
 */
export const seanceOnDayOff = defineRule({
  code: 'seance-on-day-off',
  severity: 'warning',
  scope: 'programme',
  description: {
    en: "A seance falls on a day that most people in the programme's country have off, though it is no public holiday.",
    da: 'En seance ligger på en dag, som de fleste i programmets land har fri, selv om den ikke er helligdag.',
    sv: 'En seans ligger på en dag som de flesta i programmets land är lediga, fast den inte är en helgdag.',
  },
  messages: {
    'seance-on-day-off': {
      en: 'The seance is on {date}, {day}: not a public holiday in {country}, but most people have the day off.',
      da: 'Seancen ligger {date}, {day}: ikke en helligdag i {country}, men de fleste har fri.',
      sv: 'Seansen ligger {date}, {day}: ingen helgdag i {country}, men de flesta är lediga.',
    },
    'seance-on-day-off.half': {
      en: 'The seance is on {date}, {day}: not a public holiday in {country}, but most people have the day off from {from}. End the seance by {from}, or move it.',
      da: 'Seancen ligger {date}, {day}: ikke en helligdag i {country}, men de fleste har fri fra kl. {from}. Slut seancen senest kl. {from}, eller flyt den.',
      sv: 'Seansen ligger {date}, {day}: ingen helgdag i {country}, men de flesta är lediga från kl. {from}. Avsluta seansen senast kl. {from}, eller flytta den.',
    },
  },
  check(programme, report) {
    const country = programme.country;
    if (!country) return;
    for (const seance of programme.seances) {
      if (!seance.date) continue;
      for (const day of datesBetween(seance.date.value, seance.endDate?.value ?? seance.date.value)) {
        if (publicHoliday(country, day)) continue;
        const off = dayOff(country, day);
        if (!off) continue;
        // A half day is fine for a seance that is over when the day off begins (08:30–12:00 on grundlovsdag).
        const end = daySpan(seance, day).end?.value;
        if (off.from && end && end <= off.from) continue;
        const args = { date: dayArg(day), day: { key: `day-off.${off.kind}` as const }, country: countryName(country) };
        report({
          file: seance.file,
          range: day === seance.endDate?.value ? seance.endDate.range : seance.date.range,
          message: off.from ? { key: 'seance-on-day-off.half', args: { ...args, from: off.from } } : { key: 'seance-on-day-off', args },
        });
        break;
      }
    }
  },
});
