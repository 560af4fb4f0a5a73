import { isoWeek } from '../dates';
import type { Message } from '../types';

/** Minutes as hours to a tenth, in words of the reader's language (`4.5 h`, `4,5 t`, `4,5 tim`). */
export function hoursMessage(minutes: number): Message {
  const tenths = Math.round(minutes / 6);
  const hours = Math.floor(tenths / 10);
  return tenths % 10 === 0 ? { key: 'hours.whole', args: { hours } } : { key: 'hours.tenths', args: { hours, tenths: tenths % 10 } };
}

/** An ISO week by its Monday, in words (`week 17 (from Monday 2029-04-23)`). */
export function weekMessage(monday: string): Message {
  return { key: 'week.of', args: { week: isoWeek(monday), monday } };
}
