import type { FastifyInstance } from 'fastify';
import createRollout from './create-rollout.ts';
import decideRollout from './decide-rollout.ts';
import readRollouts from './read-rollouts.ts';

/** Rollouts: creating, listing, reading, continuing and cancelling them (the runner drives them: rollouts/). */
export default async function rolloutsRoutes(app: FastifyInstance): Promise<void> {
  await app.register(createRollout);
  await app.register(readRollouts);
  await app.register(decideRollout);
}
