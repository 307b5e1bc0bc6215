import { randomUUID } from 'node:crypto';
import type { RolloutRepository } from '@porthole/storage';
import type { FastifyBaseLogger } from 'fastify';
import type { RolloutDriver } from './rollout-driver.ts';

export interface RolloutRunner {
  /** One pass over every rollout this runner may lease. Passes never overlap; calls during one share the next. */
  runOnce(): Promise<void>;
  /** A pass now rather than at the next tick (after a create, continue or cancel). */
  wake(): void;
  /** A pass at once (rollouts left open by a stopped BFF are picked up), then one every tick. */
  start(): void;
  /** No further pass; waits for the one under way and gives up the leases for another replica to take over. */
  stop(): Promise<void>;
}

export interface RolloutRunnerOptions {
  rollouts: RolloutRepository;
  driver: RolloutDriver;
  now: () => Date;
  tickMs: number;
  log: FastifyBaseLogger;
}

export function rolloutRunner({ rollouts, driver, now, tickMs, log }: RolloutRunnerOptions): RolloutRunner {
  // Each process is its own runner; with several replicas on one database each leases its own rollouts.
  const runnerId = randomUUID();
  // Long enough that a slow pass keeps its leases, short enough that a crashed replica's rollouts move on soon.
  const leaseMs = Math.max(30_000, tickMs * 10);
  let current: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function pass(): Promise<void> {
    if (stopped) return;
    const time = now();
    const leased = await rollouts.claim(runnerId, time, new Date(time.getTime() + leaseMs));
    for (const rollout of leased) {
      // One rollout's trouble must not hold up the others.
      await driver.advance(rollout).catch((error: unknown) => log.error({ err: error, rolloutId: rollout.id }, 'could not advance a rollout'));
    }
  }

  function runOnce(): Promise<void> {
    if (queued) return queued;
    const next = current.then(() => {
      queued = undefined;
      return pass().catch((error: unknown) => log.error({ err: error }, 'a rollout runner pass failed'));
    });
    queued = next;
    current = next;
    return next;
  }

  return {
    runOnce,
    wake() {
      if (!stopped) void runOnce();
    },
    start() {
      if (stopped || timer) return;
      void runOnce();
      timer = setInterval(() => void runOnce(), tickMs);
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
      await rollouts.release(runnerId);
    },
  };
}
