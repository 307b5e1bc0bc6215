import type { Frequency } from '@porthole/schedule';
import type { InstanceSpec } from '../world/model.ts';

/**
 * What an instance's Cloud Assistant agent can do, by version (InvokeCommand page): the newer schedule
 * forms need 2.2.3.282 (Linux) / 2.1.3.282 (Windows), containers need 2.2.3.344 (Linux only).
 */
const SCHEDULE_MIN = { linux: [2, 2, 3, 282], windows: [2, 1, 3, 282] } as const;
const CONTAINER_MIN = [2, 2, 3, 344] as const;

export const versionAtLeast = (version: string, min: readonly number[]): boolean => {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < min.length; i++) {
    const diff = (parts[i] ?? 0) - (min[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
};

/** rate, at, and cron with a year or a time zone are the "new features of scheduled tasks". */
export const needsNewScheduler = (frequency: Frequency): boolean =>
  frequency.kind !== 'cron' || frequency.timeZone !== undefined || frequency.expression.trim().split(/\s+/).length === 7;

/** False when the agent is too old for the task (ClientNeedUpgrade); an absent agent is a different failure. */
export function agentSupports(spec: InstanceSpec, needs: { frequency: Frequency | undefined; container: boolean }): boolean {
  const version = spec.cloudAssistantVersion;
  if (version === undefined) return true;
  if (needs.frequency && needsNewScheduler(needs.frequency) && !versionAtLeast(version, SCHEDULE_MIN[spec.image.osType])) return false;
  return !needs.container || versionAtLeast(version, CONTAINER_MIN);
}

/**
 * The system time zone of the seeded images, which a cron expression without a zone follows: Alibaba's
 * public images in mainland regions ship with China Standard Time, elsewhere with the region's zone.
 */
const SYSTEM_TIME_ZONES: Readonly<Record<string, string>> = {
  'cn-hongkong': 'Asia/Hong_Kong',
  'ap-southeast-1': 'Asia/Singapore',
  'ap-northeast-1': 'Asia/Tokyo',
  'us-west-1': 'America/Los_Angeles',
  'eu-central-1': 'Europe/Berlin',
};

export const systemTimeZone = (regionId: string): string => SYSTEM_TIME_ZONES[regionId] ?? 'Asia/Shanghai';
