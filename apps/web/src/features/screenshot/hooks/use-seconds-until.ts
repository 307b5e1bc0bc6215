import { useEffect, useState } from 'react';

const secondsLeft = (until: number): number => Math.max(0, Math.ceil((until - Date.now()) / 1000));

/** Whole seconds until `until` (ms since epoch), ticking down once a second; 0 once it has passed. */
export function useSecondsUntil(until: number): number {
  const [countdown, setCountdown] = useState(() => ({ until, seconds: secondsLeft(until) }));
  // A new deadline restarts the count during render, so no frame shows the old one's value.
  if (countdown.until !== until) setCountdown({ until, seconds: secondsLeft(until) });
  useEffect(() => {
    if (secondsLeft(until) === 0) return undefined;
    // Polled more often than once a second, so the shown number never lags the real one by a second.
    const timer = setInterval(() => {
      const seconds = secondsLeft(until);
      setCountdown({ until, seconds });
      if (seconds === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [until]);
  return countdown.seconds;
}
