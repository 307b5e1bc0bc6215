import { CronDate } from 'croner';
import { cronFieldsProblem, cronLibraryProblem } from './cron-expression.ts';
import type { ParsedFrequency } from './frequency.ts';
import { readTimeZone } from './time-zone.ts';

const RATE = /^rate\((\d+)([smhd])\)$/;
const AT = /^at\((\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?: (\S+))?\)$/;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;
const YEAR_FIELD = /^[\d*,/-]+$/;

/**
 * Reads the Frequency text of InvokeCommand/RunCommand: `rate(5m)`, `at(2022-06-06 13:15:30 Asia/Shanghai)`
 * or a 6/7-field cron expression with an optional time zone. Syntax and time-zone forms only: the
 * documented bounds are frequencyProblem's, and whether an `at` lies in the future is the caller's.
 */
export function parseFrequency(input: string): ParsedFrequency {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'the schedule is empty' };
  if (text.startsWith('rate(')) return parseRate(text);
  if (text.startsWith('at(')) return parseAt(text);
  return parseCron(text);
}

function parseRate(text: string): ParsedFrequency {
  const match = RATE.exec(text);
  if (!match) return { ok: false, reason: 'a rate looks like rate(5m): a whole number followed by s, m, h or d' };
  const [, amount = '', unit = 's'] = match;
  if (amount.startsWith('0')) return { ok: false, reason: 'a rate interval is a positive whole number without leading zeros' };
  const intervalSeconds = Number(amount) * UNIT_SECONDS[unit as keyof typeof UNIT_SECONDS];
  return { ok: true, frequency: { kind: 'rate', intervalSeconds, text } };
}

function parseAt(text: string): ParsedFrequency {
  const match = AT.exec(text);
  if (!match) return { ok: false, reason: 'a one-time schedule looks like at(2022-06-06 13:15:30 Asia/Shanghai); the time zone is optional (UTC)' };
  const [, year = '', month = '', day = '', hour = '', minute = '', second = '', timeZone = 'UTC'] = match;
  const fields = [year, month, day, hour, minute, second].map(Number);
  if (!isCalendarTime(fields)) return { ok: false, reason: `at(): ${year}-${month}-${day} ${hour}:${minute}:${second} is not a valid date and time` };
  const zone = readTimeZone(timeZone);
  if (!zone.ok) return zone;
  const offsetOrName = 'timezone' in zone.zone ? zone.zone.timezone : zone.zone.utcOffset;
  // CronDate reads a wall-clock time in a zone, including across DST; a time inside a
  // spring-forward gap comes out shifted forward by the gap.
  const at = new CronDate(`${year}-${month}-${day}T${hour}:${minute}:${second}`, offsetOrName).getTime();
  return { ok: true, frequency: { kind: 'at', at, timeZone, text } };
}

function isCalendarTime([year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0]: number[]): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
    && hour <= 23 && minute <= 59 && second <= 59;
}

function looksLikeTimeZone(token: string): boolean {
  return (token.includes('/') && /[a-z]/.test(token)) || /^(UTC|GMT)/.test(token);
}

function parseCron(text: string): ParsedFrequency {
  const tokens = text.split(/\s+/);
  // A 7th token is the year when it is year-shaped, otherwise a time zone; an 8th is always the zone.
  const last = tokens.at(-1) ?? '';
  const hasZone = tokens.length === 8 || (tokens.length === 7 && !YEAR_FIELD.test(last));
  const fields = hasZone ? tokens.slice(0, -1) : tokens;
  const timeZone = hasZone ? last : undefined;
  if (tokens.length === 6 && looksLikeTimeZone(last)) {
    return { ok: false, reason: `only 5 fields come before the time zone ${last}; a cron expression has 6 or 7, seconds first` };
  }
  const fieldsProblem = cronFieldsProblem(fields);
  if (fieldsProblem) return { ok: false, reason: fieldsProblem };
  if (timeZone !== undefined) {
    const zone = readTimeZone(timeZone);
    if (!zone.ok) return zone;
  }
  const expression = fields.join(' ');
  const libraryProblem = cronLibraryProblem(expression);
  if (libraryProblem) return { ok: false, reason: libraryProblem };
  return { ok: true, frequency: { kind: 'cron', expression, timeZone, text: tokens.join(' ') } };
}
