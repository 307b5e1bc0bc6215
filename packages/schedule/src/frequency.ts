/** A parsed Cloud Assistant `Frequency` (InvokeCommand/RunCommand, RepeatMode=Period). */
export type Frequency =
  | { kind: 'rate'; intervalSeconds: number; text: string }
  /** `at` is epoch ms; `timeZone` is as written (IANA name, GMT+8:00 form or UTC), UTC when omitted. */
  | { kind: 'at'; at: number; timeZone: string; text: string }
  /** `expression` holds the 6 or 7 cron fields; `timeZone` is as written, undefined = the instance's zone. */
  | { kind: 'cron'; expression: string; timeZone: string | undefined; text: string };

export type ParsedFrequency = { ok: true; frequency: Frequency } | { ok: false; reason: string };

/**
 * The schedule choices of a run form. The rate/at/cron members of the contract's `Schedule`
 * are assignable to this, so the contract stays the one schema for what the browser sends.
 */
export type FrequencyChoice =
  | { kind: 'rate'; every: number; unit: 'm' | 'h' | 'd' }
  | { kind: 'at'; local: string; timeZone?: string | undefined }
  | { kind: 'cron'; expression: string; timeZone?: string | undefined };
