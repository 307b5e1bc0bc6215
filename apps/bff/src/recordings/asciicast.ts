/**
 * asciicast v2 (https://docs.asciinema.org/manual/asciicast/v2/): a header line, then one event a
 * line, `[seconds, code, data]`, all newline-delimited JSON. Written by hand: each line is one
 * JSON.stringify, and a library would add nothing but a dependency.
 */

/** Output, input, resize ("COLSxROWS") and marker (a label, here for what the recorder could not keep). */
export type CastEventCode = 'o' | 'i' | 'r' | 'm';

export interface CastHeader {
  width: number;
  height: number;
  /** Unix seconds of the start. */
  timestamp: number;
  title?: string;
  env: { TERM: string; SHELL?: string };
}

export interface CastEvent {
  seconds: number;
  code: CastEventCode;
  data: string;
}

export const ASCIICAST_CONTENT_TYPE = 'application/x-asciicast';

export const castHeaderLine = (header: CastHeader): string => `${JSON.stringify({ version: 2, ...header })}\n`;

// Microseconds are as fine as a terminal's timing means anything, and keep the lines short.
const toMicroseconds = (seconds: number) => Math.round(seconds * 1e6) / 1e6;

export const castEventLine = (seconds: number, code: CastEventCode, data: string): string =>
  `${JSON.stringify([toMicroseconds(seconds), code, data])}\n`;

const CODES: ReadonlySet<string> = new Set<CastEventCode>(['o', 'i', 'r', 'm']);

/** An event line read back; undefined for the header, a blank line or anything else. */
export function parseCastEvent(line: string): CastEvent | undefined {
  if (!line.startsWith('[')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 3) return undefined;
  const [seconds, code, data] = value as unknown[];
  if (typeof seconds !== 'number' || typeof code !== 'string' || !CODES.has(code) || typeof data !== 'string') return undefined;
  return { seconds, code: code as CastEventCode, data };
}
