/**
 * Minutes of an assignment's `effort`: what the schema allows (`3h`, `1.5h`, `1,5 h`, `90min`) and
 * what people write beside it (`2 timer`, `3 timmar`, `2-3 timer`, `1 t 30 min`); a range counts
 * its middle. Undefined when it cannot be read: the schema says so on the spot.
 */
export function effortMinutes(effort: string | undefined): number | undefined {
  if (!effort) return undefined;
  const text = effort.trim().toLowerCase().replace(/,/g, '.');
  const number = String.raw`(\d+(?:\.\d+)?)`;
  const hourWord = String.raw`(?:h|t|tim|timer|timme|timmar|time|hours?|hrs?)\.?`;
  const minuteWord = String.raw`(?:min|mins|minutter|minuter|minutes?|m)\.?`;
  const range = new RegExp(String.raw`^${number}\s*[-–]\s*${number}\s*(${hourWord}|${minuteWord})$`).exec(text);
  if (range) {
    const middle = (Number(range[1]) + Number(range[2])) / 2;
    return Math.round(new RegExp(`^${minuteWord}$`).test(range[3]!) ? middle : middle * 60);
  }
  const mixed = new RegExp(String.raw`^(?:${number}\s*${hourWord})?\s*(?:${number}\s*${minuteWord})?$`).exec(text);
  if (mixed && (mixed[1] !== undefined || mixed[2] !== undefined)) {
    return Math.round(Number(mixed[1] ?? 0) * 60 + Number(mixed[2] ?? 0));
  }
  return undefined;
}
