/** A clock for buildTestApp({ now }) that only moves when told: expiry and throttling need no sleeps. */
export function testClock(start = new Date('2026-03-01T09:00:00.000Z')) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number): void {
      current += ms;
    },
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
