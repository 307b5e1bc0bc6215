import { RegionParams } from '@porthole/contract';
import { Value } from 'typebox/value';

const storageKey = 'porthole.region';

export function isRegionId(value: unknown): value is string {
  return Value.Check(RegionParams, { region: value });
}

/** The region the user looked at last, so `/` lands where they left off. */
export function getLastRegion(): string | undefined {
  const saved = localStorage.getItem(storageKey);
  return isRegionId(saved) ? saved : undefined;
}

export function rememberRegion(region: string): void {
  if (isRegionId(region)) localStorage.setItem(storageKey, region);
}
