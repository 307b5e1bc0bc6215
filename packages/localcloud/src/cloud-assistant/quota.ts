import type { Clock } from '../clock.ts';
import { caErrors } from './errors.ts';

/** How many InvokeCommand/RunCommand tasks a region accepts per day unless configured otherwise. */
export const DEFAULT_DAILY_INVOCATION_QUOTA = 10_000;
const DAY_MS = 86_400_000;

export interface QuotaSnapshot {
  readonly day: number;
  readonly used: Readonly<Record<string, number>>;
}

/**
 * The daily per-region invocation quota (`Invocation.ExceedQuota`). The day is the UTC calendar day of
 * the world clock; the real reset hour is not documented.
 */
export class InvocationQuota {
  readonly #clock: Clock;
  readonly #limit: number;
  #day: number;
  #used: Map<string, number>;

  constructor(clock: Clock, limit: number, saved?: QuotaSnapshot) {
    this.#clock = clock;
    this.#limit = limit;
    this.#day = saved?.day ?? this.#today();
    this.#used = new Map(Object.entries(saved?.used ?? {}));
  }

  /** Throws when the region has no invocation left today. */
  check(regionId: string): void {
    this.#roll();
    if ((this.#used.get(regionId) ?? 0) >= this.#limit) throw caErrors.invocationQuota();
  }

  consume(regionId: string): void {
    this.#roll();
    this.#used.set(regionId, (this.#used.get(regionId) ?? 0) + 1);
  }

  snapshot(): QuotaSnapshot {
    this.#roll();
    return { day: this.#day, used: Object.fromEntries(this.#used) };
  }

  #today(): number {
    return Math.floor(this.#clock.now() / DAY_MS);
  }

  #roll(): void {
    const today = this.#today();
    if (today !== this.#day) {
      this.#day = today;
      this.#used = new Map();
    }
  }
}
