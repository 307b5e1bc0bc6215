import rateLimit from '@fastify/rate-limit';
import type { FastifyContextConfig, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../../errors/error-catalogue.ts';

export interface RateLimitPluginOptions {
  /** Requests a client address may make to one limited route within a window. */
  readonly max: number;
  readonly windowMs: number;
  /** Sign-in attempts a client address may make per minute, whichever accounts they are for. */
  readonly signInMax: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The route config of POST /api/session: a per-address budget against password guessing. */
    signInRateLimit: FastifyContextConfig;
  }
}

/**
 * The route config of an endpoint whose cloud call is costly or mutating (a power action, a console
 * read): each client address gets its own budget per route, so one tab or script cannot spend
 * the account's cloud API quota for everyone.
 */
export const expensiveCloudCall: FastifyContextConfig = { rateLimit: {} };

/** Limits only the routes that opt in (`expensiveCloudCall`, `app.signInRateLimit`); /healthz and pages never are. */
async function rateLimitPlugin(app: FastifyInstance, options: RateLimitPluginOptions): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    max: options.max,
    timeWindow: options.windowMs,
    // Thrown, so the error handler answers with the envelope; Retry-After is already on the reply.
    errorResponseBuilder: (_request, context) => new ApiError('RATE_LIMITED', `Too many requests; try again in ${context.after}.`),
  });
  app.decorate('signInRateLimit', { rateLimit: { max: options.signInMax, timeWindow: 60_000 } });
}

export default fp(rateLimitPlugin, { name: 'rate-limit' });
