const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached Intl date format for calendar days: days are formatted at UTC midnight (see
 * `dayInstant`), so that no time zone shifts the day. Shared by the exports and the webview.
 */
export function dayFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    formats.set(key, found);
  }
  return found;
}

/** The instant of a date's UTC midnight (NaN for a malformed date). */
export function dayInstant(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}
