/** The relay keeps a dropped shell for a minute; after that a reconnect can only be refused. */
export const RESUME_WINDOW_MS = 60_000;

const delays = [250, 500, 1000, 2000, 4000];

/** Wait before reconnect attempt `attempt` (0-based): quick first tries for blips, then every few seconds. */
export function reconnectDelay(attempt: number): number {
  return delays[Math.min(attempt, delays.length - 1)] ?? 4000;
}
