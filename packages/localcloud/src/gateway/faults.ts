import type { ApiError } from '../api-error.ts';
import { gatewayErrors } from './gateway-errors.ts';

/** Injected trouble, so clients can be tested against a slow, throttling or failing cloud. */
export interface FaultSettings {
  /** Added to every RPC answer. */
  readonly latencyMs: number;
  /** Fraction (0..1) of requests answered `Throttling`. */
  readonly throttleRate: number;
  /** Fraction (0..1) of requests answered ServiceUnavailable (503) or InternalError (500). */
  readonly errorRate: number;
  /** Token bucket per (AccessKeyId, Action): sustained requests per second; 0 turns it off. */
  readonly rateLimitPerSecond: number;
  /** Bucket size: how many requests may burst above the sustained rate. */
  readonly rateLimitBurst: number;
}

export const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  throttleRate: 0,
  errorRate: 0,
  rateLimitPerSecond: 0,
  rateLimitBurst: 0,
};

/** Throttled clients are told to come back after this long (ms, in `x-acs-retry-after`). */
export const INJECTED_RETRY_AFTER_MS = 1000;

export function validateFaults(settings: FaultSettings): FaultSettings {
  const rate = (name: keyof FaultSettings) => {
    const value = settings[name];
    if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1, got ${value}`);
  };
  const nonNegative = (name: keyof FaultSettings) => {
    const value = settings[name];
    if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`${name} must be a number >= 0, got ${value}`);
  };
  rate('throttleRate');
  rate('errorRate');
  nonNegative('latencyMs');
  nonNegative('rateLimitPerSecond');
  nonNegative('rateLimitBurst');
  return settings;
}

/**
 * Draws the injected outcome for one request, or undefined to let it through. `throttlingStatus` is
 * the HTTP status the product documents for Throttling on this action (400 unless it says otherwise).
 */
export function injectedFault(settings: FaultSettings, random: () => number, throttlingStatus: number): ApiError | undefined {
  if (settings.throttleRate > 0 && random() < settings.throttleRate) {
    return gatewayErrors.throttling(throttlingStatus, INJECTED_RETRY_AFTER_MS);
  }
  if (settings.errorRate > 0 && random() < settings.errorRate) {
    return random() < 0.5 ? gatewayErrors.serviceUnavailable() : gatewayErrors.internalError();
  }
  return undefined;
}
