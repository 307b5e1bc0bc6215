import type { CreatedShare, CreateShareBody, ErrorEnvelope } from '@porthole/contract';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { vi } from 'vitest';
import type { SignedInAgent } from '../../../testing/signed-in.ts';

// In the seed world: a running storefront instance in cn-hangzhou, tagged team=storefront.
export const STOREFRONT_INSTANCE = 'i-bp1grr93a4qrrm7fb8sa';
export const STOREFRONT_TAG = { key: 'team', value: 'storefront' };

export const shareBody = (overrides: Partial<CreateShareBody> = {}): CreateShareBody => ({ regionId: 'cn-hangzhou', instanceId: STOREFRONT_INSTANCE, ...overrides });

export const postShare = (app: FastifyInstance, agent: SignedInAgent, body: CreateShareBody = shareBody()) =>
  app.inject({ method: 'POST', url: '/api/shares', headers: agent.headers, payload: body });

/** Creates a share and returns it with its link's token. */
export async function createShare(app: FastifyInstance, agent: SignedInAgent, body?: CreateShareBody): Promise<CreatedShare & { token: string }> {
  const response = await postShare(app, agent, body);
  if (response.statusCode !== 201) throw new Error(`creating a share failed: ${response.statusCode} ${response.body}`);
  const created = response.json<CreatedShare>();
  return { ...created, token: created.url.slice('/shared/'.length) };
}

export const openShared = (app: FastifyInstance, token: string, agent?: SignedInAgent) =>
  app.inject({ method: 'GET', url: `/api/shared/${token}`, ...(agent ? { headers: agent.headers } : {}) });

export const errorOf = (response: LightMyRequestResponse) => response.json<ErrorEnvelope>().error;

/** Makes the cloud return this console text (the seed world's logs hold no secrets to redact). */
export function consoleTextIs(app: FastifyInstance, text: string): void {
  const real = app.cloud.getConsoleOutput.bind(app.cloud);
  vi.spyOn(app.cloud, 'getConsoleOutput').mockImplementation(async (...args) => ({ ...(await real(...args)), consoleOutput: Buffer.from(text).toString('base64') }));
}

export const shareRow = (app: FastifyInstance, id: string) => app.storage.db.selectFrom('shares').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

export const auditOf = (app: FastifyInstance, action: string) =>
  app.storage.db.selectFrom('auditEvents').selectAll().where('action', '=', action).orderBy('startedAt').execute();
