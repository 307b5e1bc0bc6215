import type { Disposable } from '../transport/terminal-transport.ts';

/** Time for the session: real timers in the browser, vitest's fake timers or a hand-driven clock in tests. */
export interface SessionClock {
  now(): number;
  setTimeout(run: () => void, ms: number): Disposable;
  setInterval(run: () => void, ms: number): Disposable;
}

export const browserClock: SessionClock = {
  now: () => Date.now(),
  setTimeout(run, ms) {
    const handle = window.setTimeout(run, ms);
    return { dispose: () => window.clearTimeout(handle) };
  },
  setInterval(run, ms) {
    const handle = window.setInterval(run, ms);
    return { dispose: () => window.clearInterval(handle) };
  },
};
