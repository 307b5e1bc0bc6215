import type { SessionClock } from '../session/session-clock.ts';

interface Timer {
  at: number;
  run: () => void;
  every: number | undefined;
}

/** A clock tests move by hand: `advance` runs every timer that falls due, in time order. */
export class ManualClock implements SessionClock {
  #now = 1_000_000;
  #timers = new Map<number, Timer>();
  #nextId = 1;

  now(): number {
    return this.#now;
  }

  setTimeout(run: () => void, ms: number) {
    return this.#add({ at: this.#now + ms, run, every: undefined });
  }

  setInterval(run: () => void, ms: number) {
    return this.#add({ at: this.#now + ms, run, every: ms });
  }

  get pendingTimers(): number {
    return this.#timers.size;
  }

  advance(ms: number): void {
    const until = this.#now + ms;
    for (;;) {
      const due = [...this.#timers.entries()].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.#now = timer.at;
      if (timer.every === undefined) this.#timers.delete(id);
      else timer.at += timer.every;
      timer.run();
    }
    this.#now = until;
  }

  #add(timer: Timer) {
    const id = this.#nextId++;
    this.#timers.set(id, timer);
    return { dispose: () => void this.#timers.delete(id) };
  }
}
