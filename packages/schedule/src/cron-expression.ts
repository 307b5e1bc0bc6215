import { Cron } from 'croner';
import type { Zone } from './time-zone.ts';

// Special characters and value ranges per field as the Cloud Assistant cron page lists them.
// Croner accepts more (`?` anywhere, `+`, nicknames, weekday 0, years past 2099), which the cloud
// refuses, so each field is checked first. Cloud Assistant numbers weekdays 1 (Monday) to 7 (Sunday).
const FIELDS = [
  { name: 'seconds', allowed: /^[\d*,/-]+$/, min: 0, max: 59 },
  { name: 'minutes', allowed: /^[\d*,/-]+$/, min: 0, max: 59 },
  { name: 'hours', allowed: /^[\d*,/-]+$/, min: 0, max: 23 },
  { name: 'day-of-month', allowed: /^(\?|[\d*,/LW-]+)$/, min: 1, max: 31 },
  { name: 'month', allowed: /^[\dA-Za-z*,/-]+$/, min: 1, max: 12 },
  { name: 'day-of-week', allowed: /^(\?|[\dA-Za-z*,/L#-]+)$/, min: 1, max: 7 },
  { name: 'year', allowed: /^[\d*,/-]+$/, min: 1970, max: 2099 },
] as const;

// Numbers that name a value, not a step (after /) or an occurrence (after #).
const VALUE = /(?<![/#\d])\d+/g;

/** Why a 6- or 7-field Quartz-style expression is refused, or undefined when croner may read it. */
export function cronFieldsProblem(fields: readonly string[]): string | undefined {
  if (fields.length !== 6 && fields.length !== 7) {
    return `a cron expression has 6 or 7 fields (<seconds> <minutes> <hours> <day-of-month> <month> <day-of-week> [<year>]), got ${fields.length}`;
  }
  for (const [index, field] of fields.entries()) {
    const spec = FIELDS[index];
    if (!spec) continue;
    if (!spec.allowed.test(field)) return `cron ${spec.name} "${field}" has characters this field does not accept`;
    // The cloud takes at most one leading zero (08, not 008).
    if (/(^|\D)00\d/.test(field)) return `cron ${spec.name} "${field}" has more than one leading zero`;
    for (const [value] of field.matchAll(VALUE)) {
      if (Number(value) < spec.min || Number(value) > spec.max) return `cron ${spec.name} "${field}": values run from ${spec.min} to ${spec.max}${index === 5 ? ' (1 = Monday, 7 = Sunday)' : ''}`;
    }
  }
  const [, , , dayOfMonth = '', , dayOfWeek = ''] = fields;
  // Quartz leaves the OR/AND meaning of both day fields undefined; one of them must be open.
  if (!isOpen(dayOfMonth) && !isOpen(dayOfWeek)) {
    return 'cron day-of-month and day-of-week cannot both be set: put ? in one of them';
  }
  return undefined;
}

function isOpen(field: string): boolean {
  return field === '?' || field === '*';
}

/**
 * A croner job used only to compute times: created without a function, so it starts no timer.
 * `sloppyRanges` lets Quartz's `0/30` (start/step) through; croner's standard weekday numbering
 * (1 = Monday … 7 = Sunday) is the one Cloud Assistant documents. Croner reads the year field
 * itself (single, range, list, start/step), so no extra year filtering is needed.
 */
export function cronJob(expression: string, zone: Zone): Cron {
  return new Cron(expression, { mode: '6-or-7-parts', sloppyRanges: true, paused: true, ...zone });
}

/** Croner's own reason for refusing an expression, for a message shown to users. */
export function cronLibraryProblem(expression: string): string | undefined {
  try {
    cronJob(expression, { timezone: 'UTC' });
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `invalid cron expression: ${message.replace(/^CronPattern: /, '')}`;
  }
}
