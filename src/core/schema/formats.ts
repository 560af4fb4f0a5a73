import { fullFormats } from 'ajv-formats/dist/formats';
import { isIsoDate, isTimeOfDay } from '../dates';

/**
 * The string formats the schemas use, for ajv: the validators compiled at build time (see
 * esbuild.mjs) and those compiled at run time with an extra schema take them from here.
 */
export const formats = {
  date: { type: 'string', validate: isIsoDate },
  'time-of-day': { type: 'string', validate: isTimeOfDay },
  uri: { type: 'string', validate: fullFormats.uri as (value: string) => boolean },
} as const;
