import type { FastifyInstance } from 'fastify';
import { ApiError } from '../api-error.ts';
import { constantTimeEqual } from './access-keys.ts';
import { sendApiError, type Responder } from './error-reply.ts';
import { validateFaults, type FaultSettings } from './faults.ts';
import { DEFAULT_SESSION_SETTINGS, parseSessionFault, type SessionFault, type SessionSettings } from '../session-manager/index.ts';

export const ADMIN_TOKEN_HEADER = 'x-localcloud-admin-token';
export const FAULTS_PATH = '/__localcloud/faults';
export const SESSION_SETTINGS_PATH = '/__localcloud/sessions/settings';
export const SESSION_FAULTS_PATH = '/__localcloud/sessions/faults';

export interface FaultControl {
  get(): FaultSettings;
  set(settings: FaultSettings): void;
}

/** The Session Manager's switches: timing and pacing settings, and one-shot faults on its sockets. */
export interface SessionAdmin {
  getSettings(): SessionSettings;
  setSettings(settings: SessionSettings): void;
  /** Applies a fault; answers how many sockets (or, for expire-tokens, sessions) it hit. */
  inject(fault: SessionFault): number;
}

const sessionSettingFields = Object.fromEntries(
  Object.keys(DEFAULT_SESSION_SETTINGS).map((name) => [name, { type: 'number', minimum: 0 }]),
);

const ADMIN_RESPONDER: Responder = { hostId: 'localcloud' };

const faultFields = {
  latencyMs: { type: 'number', minimum: 0 },
  throttleRate: { type: 'number', minimum: 0, maximum: 1 },
  errorRate: { type: 'number', minimum: 0, maximum: 1 },
  rateLimitPerSecond: { type: 'number', minimum: 0 },
  rateLimitBurst: { type: 'number', minimum: 0 },
} as const;

/** `GET|PUT /__localcloud/faults`: read or change the injected faults while the simulator runs. */
export async function adminRoutes(
  app: FastifyInstance,
  deps: { adminToken: string; faults: FaultControl; sessions?: SessionAdmin },
): Promise<void> {
  app.addHook('onRequest', async (request, reply) => {
    const presented = request.headers[ADMIN_TOKEN_HEADER];
    if (typeof presented !== 'string' || !constantTimeEqual(presented, deps.adminToken)) {
      const error = new ApiError(401, 'InvalidAdminToken', `The ${ADMIN_TOKEN_HEADER} header is missing or wrong.`);
      return sendApiError(reply, error, request.id, ADMIN_RESPONDER);
    }
  });

  app.setErrorHandler((error, request, reply) => {
    const status =
      error instanceof RangeError ? 400 : typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 500;
    const message = error instanceof Error ? error.message : 'The request failed.';
    const apiError = new ApiError(status >= 400 && status < 500 ? status : 500, 'InvalidFaultSettings', message);
    return sendApiError(reply, apiError, request.id, ADMIN_RESPONDER);
  });

  app.get(FAULTS_PATH, async () => deps.faults.get());

  // PUT merges: fields left out keep their current value.
  app.put<{ Body: Partial<FaultSettings> }>(
    FAULTS_PATH,
    { schema: { body: { type: 'object', additionalProperties: false, properties: faultFields } } },
    async (request) => {
      deps.faults.set(validateFaults({ ...deps.faults.get(), ...request.body }));
      return deps.faults.get();
    },
  );

  const sessions = deps.sessions;
  if (!sessions) return;
  app.get(SESSION_SETTINGS_PATH, async () => sessions.getSettings());
  // PUT merges like the faults: e.g. `{"pacingBps":0}` turns pacing off for a bench.
  app.put<{ Body: Partial<SessionSettings> }>(
    SESSION_SETTINGS_PATH,
    { schema: { body: { type: 'object', additionalProperties: false, properties: sessionSettingFields } } },
    async (request) => {
      sessions.setSettings({ ...sessions.getSettings(), ...request.body });
      return sessions.getSettings();
    },
  );
  app.post(SESSION_FAULTS_PATH, async (request) => ({ affected: sessions.inject(parseSessionFault(request.body)) }));
}
