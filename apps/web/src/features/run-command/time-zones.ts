/** The viewer's own IANA time zone, as the browser reports it. */
export function viewerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

let zones: string[] | undefined;

/** Every IANA zone the browser knows, plus UTC (which Intl lists under its canonical alias only). */
export function timeZoneNames(): string[] {
  zones ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])];
  return zones;
}
