/**
 * How the simulated Session Manager gateway behaves. The defaults are the documented figures (seed 003,
 * protocols.md §1.7/§1.9); tests and benches shorten the timers or turn pacing off through the options,
 * the environment or `PUT /__localcloud/sessions/settings`.
 */
export interface SessionSettings {
  /** Output pacing per session in bits per second; 0 turns pacing off. Documented: 200 kbit/s = 204 800. */
  readonly pacingBps: number;
  /** The agent's start-up window after a connection opens, during which input and resizes are dropped. */
  readonly startupDelayMs: number;
  /** A connection with no client message for this long is cut (`AgentTimeout`). */
  readonly idleTimeoutMs: number;
  /** The agent ends any session after this long, however busy (3 h in the open-source agent). */
  readonly maxSessionMs: number;
  /** How long a WebSocketUrl (and its token) accepts new connections. */
  readonly urlLifetimeMs: number;
  /** How long a 1.02 channel whose socket dropped waits for a resume before its shell is killed. */
  readonly resumeWindowMs: number;
  /** Connected sessions per instance (seed 003: 20). */
  readonly maxConnectedPerInstance: number;
  /** Created, usable sessions per region (seed 003: 1000). */
  readonly maxSessionsPerRegion: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  pacingBps: 200 * 1024,
  startupDelayMs: 1000,
  idleTimeoutMs: 180_000,
  maxSessionMs: 3 * 3_600_000,
  urlLifetimeMs: 600_000,
  resumeWindowMs: 60_000,
  maxConnectedPerInstance: 20,
  maxSessionsPerRegion: 1000,
};

export function validateSessionSettings(settings: SessionSettings): SessionSettings {
  for (const [name, value] of Object.entries(settings)) {
    if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`${name} must be a number >= 0, got ${String(value)}`);
  }
  return settings;
}

/** LOCALCLOUD_SESSION_PACING=off|<bits per second>, LOCALCLOUD_SESSION_STARTUP_MS, LOCALCLOUD_SESSION_IDLE_MS. */
export function sessionSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<SessionSettings> {
  const number = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`${name} must be a number >= 0, got ${raw}`);
    return value;
  };
  const pacing = env.LOCALCLOUD_SESSION_PACING === 'off' ? 0 : number('LOCALCLOUD_SESSION_PACING');
  const startup = number('LOCALCLOUD_SESSION_STARTUP_MS');
  const idle = number('LOCALCLOUD_SESSION_IDLE_MS');
  return {
    ...(pacing === undefined ? {} : { pacingBps: pacing }),
    ...(startup === undefined ? {} : { startupDelayMs: startup }),
    ...(idle === undefined ? {} : { idleTimeoutMs: idle }),
  };
}
