import * as assert from 'node:assert/strict';
import { addDays, datesBetween, isIsoDate, isoWeek, isoWeekday, localToday, normaliseTime, zonedToUtc } from '../../../src/core/dates';
import { localeOf } from '../../../src/core/types';

describe('dates', () => {
  it('knows the weekday of every day from 1999 to 2100, as Date does', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000) {
      const date = new Date(t);
      const iso = date.toISOString().slice(0, 10);
      if (isoWeekday(iso) !== (date.getUTCDay() || 7)) wrong.push(iso);
    }
    assert.deepEqual(wrong, []);
  });

  it('knows real dates, leap years included', () => {
    assert.deepEqual(
      ['2027-02-28', '2027-02-29', '2028-02-29', '2100-02-29', '2000-02-29', '2027-13-01', '2027-04-31', '27-04-01'].map(isIsoDate),
      [true, false, true, false, true, false, false, false],
    );
  });

  it('counts ISO weeks: weeks start on Monday, week 1 holds the first Thursday', () => {
    assert.deepEqual(
      ['2027-01-01', '2027-01-04', '2026-12-31', '2027-03-11', '2026-12-28', '2020-12-31', '2021-01-03'].map(isoWeek),
      [53, 1, 53, 10, 53, 53, 53],
    );
  });

  it('walks days across month and year ends', () => {
    assert.equal(addDays('2027-12-31', 1), '2028-01-01');
    assert.equal(addDays('2028-03-01', -1), '2028-02-29');
    assert.deepEqual(datesBetween('2027-10-30', '2027-11-02'), ['2027-10-30', '2027-10-31', '2027-11-01', '2027-11-02']);
    assert.deepEqual(datesBetween('2027-10-30', '2027-10-30'), ['2027-10-30']);
    assert.deepEqual(datesBetween('2027-10-30', '2027-10-29'), []);
  });

  it('reads times the way Danes write them', () => {
    assert.deepEqual(['8.15', '8:15', '08.15', '08:15', '23:59', '24:00', '8.60', '815'].map(normaliseTime), [
      '08:15',
      '08:15',
      '08:15',
      '08:15',
      '23:59',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('turns wall-clock times in Nordic time zones into UTC, summer time included', () => {
    assert.deepEqual(
      [
        zonedToUtc('2026-03-10', '09:00', 'Europe/Copenhagen'),
        zonedToUtc('2026-03-10', '10:00', 'Europe/Helsinki'),
        zonedToUtc('2026-07-10', '09:00', 'Europe/Stockholm'),
        zonedToUtc('2026-10-25', '12:00', 'Europe/Oslo'),
        zonedToUtc('2026-03-10', '24:00', 'Europe/Copenhagen'),
      ],
      ['2026-03-10T08:00Z', '2026-03-10T08:00Z', '2026-07-10T07:00Z', '2026-10-25T11:00Z', '2026-03-10T23:00Z'],
    );
  });

  it('takes today from the local calendar, not from UTC', () => {
    const justAfterMidnight = new Date(2027, 2, 12, 0, 30);
    assert.equal(localToday(justAfterMidnight), '2027-03-12');
  });

  it('speaks Danish or Swedish for their language tags, English otherwise', () => {
    assert.deepEqual(['da', 'da_DK.UTF-8', 'sv-FI', 'SV', 'en-US', 'nb', 'fi', '', undefined].map(localeOf), [
      'da',
      'da',
      'sv',
      'sv',
      'en',
      'en',
      'en',
      'en',
      'en',
    ]);
  });
});
