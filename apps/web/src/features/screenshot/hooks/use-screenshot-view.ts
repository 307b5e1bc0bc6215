import { isApiError } from '../../../lib/api-error.ts';
import { useScreenshot } from '../api/get-screenshot.ts';
import { useSecondsUntil } from './use-seconds-until.ts';

/** The API's documented interval, used until a reply tells the actual one. */
const DEFAULT_MIN_INTERVAL_SECONDS = 10;

/**
 * The screenshot query and when the next one is allowed: the interval counts from when this browser
 * got the last screenshot (not the BFF's `takenAt`, so a skewed clock cannot hold the button), or
 * from a SCREENSHOT_TOO_SOON refusal.
 */
export function useScreenshotView(region: string, id: string) {
  const screenshot = useScreenshot(region, id);
  const { data, error, dataUpdatedAt, errorUpdatedAt } = screenshot;
  const intervalMs = (data?.minIntervalSeconds ?? DEFAULT_MIN_INTERVAL_SECONDS) * 1000;
  const refusedTooSoon = isApiError(error) && error.code === 'SCREENSHOT_TOO_SOON' && errorUpdatedAt > dataUpdatedAt;
  const lastCallAt = refusedTooSoon ? errorUpdatedAt : data ? dataUpdatedAt : 0;
  const secondsToWait = useSecondsUntil(lastCallAt === 0 ? 0 : lastCallAt + intervalMs);
  return {
    screenshot,
    secondsToWait,
    canRefresh: secondsToWait === 0 && !screenshot.isFetching,
    refresh: () => void screenshot.refetch(),
  };
}
