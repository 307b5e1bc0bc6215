import { gatewayErrors } from './gateway-errors.ts';

/** Requests whose timestamp is further than this from the server's clock are refused. */
export const TIMESTAMP_WINDOW_MS = 15 * 60 * 1000;

// The SDKs send whole seconds; fractions are tolerated because other clients add them.
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Parses `yyyy-MM-ddTHH:mm:ssZ` and checks it lies within the window; returns epoch milliseconds. */
export function checkTimestamp(value: string, now: number): number {
  const time = ISO_UTC.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw gatewayErrors.timestampFormat();
  if (Math.abs(now - time) > TIMESTAMP_WINDOW_MS) throw gatewayErrors.timestampExpired();
  return time;
}
