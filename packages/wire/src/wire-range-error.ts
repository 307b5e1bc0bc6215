/**
 * Encoders throw this when asked to write a value the wire format cannot carry (a 70 000-byte 1.02
 * payload, a negative size, an offset past 2^53). That is a bug in the caller, not bad network input,
 * so unlike the decoders the encoders do throw; `code` lets a caller tell it from other errors.
 */
export class WireRangeError extends RangeError {
  readonly code = 'WIRE_FIELD_RANGE';
  readonly field: string;

  constructor(field: string, detail: string) {
    super(`${field}: ${detail}`);
    this.name = 'WireRangeError';
    this.field = field;
  }
}

export function requireInteger(field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new WireRangeError(field, `must be an integer in ${min}..${max}, got ${value}`);
  }
}
