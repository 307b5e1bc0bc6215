import { rolloutRepository, type RolloutRepository } from '@porthole/storage';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { rolloutDriver, type RolloutDriver } from './rollout-driver.ts';
import { rolloutRunner, type RolloutRunner } from './rollout-runner.ts';

export interface Rollouts {
  readonly repository: RolloutRepository;
  readonly driver: RolloutDriver;
  readonly runner: RolloutRunner;
}

declare module 'fastify' {
  interface FastifyInstance {
    rollouts: Rollouts;
  }
}

export interface RolloutsPluginOptions {
  /** How often the runner looks at running rollouts; default 2 s. */
  readonly tickMs?: number;
}

const DEFAULT_TICK_MS = 2_000;

/** `app.rollouts`: the rollouts in the database and the runner that drives them, from ready until close. */
async function rolloutsPlugin(app: FastifyInstance, options: RolloutsPluginOptions): Promise<void> {
  const repository = rolloutRepository(app.storage.db);
  const now = () => app.auth.now();
  const driver = rolloutDriver(app, repository, now);
  const runner = rolloutRunner({ rollouts: repository, driver, now, tickMs: options.tickMs ?? DEFAULT_TICK_MS, log: app.log });
  app.decorate('rollouts', { repository, driver, runner });
  app.addHook('onReady', async () => runner.start());
  // Before onClose: the database and the cloud client must still be there for the last pass.
  app.addHook('preClose', async () => runner.stop());
}

export default fp(rolloutsPlugin, { name: 'rollouts', dependencies: ['storage', 'audit', 'auth', 'cloud'] });
