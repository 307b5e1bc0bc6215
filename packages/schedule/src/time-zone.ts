/**
 * Where a schedule's wall-clock times live, in the two shapes croner accepts: an IANA name
 * (DST-aware) or a fixed offset in minutes east of UTC.
 */
export type Zone = { timezone: string } | { utcOffset: number };

export type ReadZone = { ok: true; zone: Zone } | { ok: false; reason: string };

// The hour is written without a leading zero (GMT+8:00, never GMT+08:00), as the API documents.
const GMT_OFFSET = /^GMT([+-])(0|[1-9]\d?):([0-5]\d)$/;
const MAX_EAST_MINUTES = 14 * 60;
const MAX_WEST_MINUTES = 12 * 60;

/** Reads the time-zone forms the Frequency parameter takes: an IANA name, GMT±h:mm, or UTC. */
export function readTimeZone(text: string): ReadZone {
  if (text === 'UTC') return { ok: true, zone: { timezone: 'UTC' } };
  if (text.startsWith('GMT')) return readGmtOffset(text);
  if (!text.includes('/')) {
    return { ok: false, reason: `time zone "${text}": the only abbreviation accepted is UTC; use an IANA name such as Asia/Shanghai or an offset such as GMT+8:00` };
  }
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    return { ok: false, reason: `time zone "${text}" is not a known IANA time zone name` };
  }
  // Intl ignores case but the cloud does not, so "asia/shanghai" must not pass here.
  if (resolved !== text && resolved.toLowerCase() === text.toLowerCase()) {
    return { ok: false, reason: `time zone names are case-sensitive: write ${resolved}, not ${text}` };
  }
  return { ok: true, zone: { timezone: text } };
}

function readGmtOffset(text: string): ReadZone {
  const match = GMT_OFFSET.exec(text);
  if (!match) {
    const hint = /^GMT[+-]0\d:/.test(text) ? ' (write the hour without a leading zero)' : '';
    return { ok: false, reason: `time zone "${text}" must look like GMT+8:00 or GMT-7:00${hint}` };
  }
  const [, sign, hours, minutes] = match;
  const magnitude = Number(hours) * 60 + Number(minutes);
  const limit = sign === '+' ? MAX_EAST_MINUTES : MAX_WEST_MINUTES;
  if (magnitude > limit) return { ok: false, reason: `time zone "${text}" is outside GMT-12:00..GMT+14:00` };
  return { ok: true, zone: { utcOffset: sign === '+' ? magnitude : -magnitude } };
}

/**
 * 'Asia/Shanghai' | 'GMT+8:00' | 'UTC' -> an id Intl.DateTimeFormat accepts; undefined = invalid.
 * Whole-hour offsets become Etc/GMT∓h (POSIX sign, inverted), which every engine knows; other
 * offsets become the ECMAScript offset id (+05:30).
 */
export function toIanaTimeZone(text: string): string | undefined {
  const read = readTimeZone(text);
  if (!read.ok) return undefined;
  if ('timezone' in read.zone) return read.zone.timezone;
  const offset = read.zone.utcOffset;
  if (offset === 0) return 'UTC';
  if (offset % 60 === 0) return `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset) / 60}`;
  const magnitude = Math.abs(offset);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${offset > 0 ? '+' : '-'}${pad(Math.floor(magnitude / 60))}:${pad(magnitude % 60)}`;
}
