import type { CloudConsoleOutput } from '@porthole/cloud';
import type { ConsoleOutput } from '@porthole/contract';

const CHINA_LOCAL_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const UTC_PLUS_8_MS = 8 * 3_600_000;

/** LastUpdateTime is `yyyy-MM-dd HH:mm:ss` in UTC+8 with no zone: null when it is not that. */
export function chinaLocalToIsoUtc(time: string): string | null {
  if (!CHINA_LOCAL_TIME.test(time)) return null;
  const asIfUtc = Date.parse(`${time.replace(' ', 'T')}Z`);
  // Date.parse rejects some impossible values and rolls others over (2026-02-30 becomes March 2):
  // a time that does not read back the same was never a real one.
  if (Number.isNaN(asIfUtc) || !new Date(asIfUtc).toISOString().startsWith(time.replace(' ', 'T'))) return null;
  return new Date(asIfUtc - UTC_PLUS_8_MS).toISOString();
}

export function toConsoleOutput(output: CloudConsoleOutput): ConsoleOutput {
  return {
    instanceId: output.instanceId,
    // A serial log may be cut mid-character; invalid sequences become U+FFFD rather than failing.
    text: Buffer.from(output.consoleOutput, 'base64').toString('utf8'),
    lastUpdateTime: output.lastUpdateTime,
    lastUpdateTimeUtc: chinaLocalToIsoUtc(output.lastUpdateTime),
    cloudRequestId: output.requestId,
  };
}
