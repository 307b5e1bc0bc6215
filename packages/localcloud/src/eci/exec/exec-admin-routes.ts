import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../api-error.ts';
import { constantTimeEqual } from '../../gateway/access-keys.ts';
import { ADMIN_TOKEN_HEADER } from '../../gateway/admin-routes.ts';
import { sendApiError } from '../../gateway/error-reply.ts';
import type { ExecFraming } from '@porthole/wire';
import { isExecFraming, type ExecService } from './exec-service.ts';

export const EXEC_SETTINGS_PATH = '/__localcloud/eci-exec';

interface ExecSettingsBody {
  readonly framing?: ExecFraming;
  /** true: every WebSocketUri handed out so far stops working (tests of "fetch a fresh URL and retry"). */
  readonly expireTokens?: boolean;
}

/** `GET|PUT /__localcloud/eci-exec`: the exec socket's framing for sockets opened from now on, and token expiry. */
export async function execAdminRoutes(app: FastifyInstance, deps: { adminToken: string; service: ExecService }): Promise<void> {
  app.addHook('onRequest', async (request, reply) => {
    const presented = request.headers[ADMIN_TOKEN_HEADER];
    if (typeof presented !== 'string' || !constantTimeEqual(presented, deps.adminToken)) {
      const error = new ApiError(401, 'InvalidAdminToken', `The ${ADMIN_TOKEN_HEADER} header is missing or wrong.`);
      return sendApiError(reply, error, request.id, { hostId: 'localcloud' });
    }
  });
  const settings = () => ({ framing: deps.service.framing });
  app.get(EXEC_SETTINGS_PATH, async () => settings());
  app.put<{ Body: ExecSettingsBody }>(
    EXEC_SETTINGS_PATH,
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { framing: { type: 'string', enum: ['k8s', 'raw'] }, expireTokens: { type: 'boolean' } },
        },
      },
    },
    async (request) => {
      const { framing, expireTokens } = request.body;
      if (isExecFraming(framing)) deps.service.framing = framing;
      if (expireTokens) deps.service.tokens.expireAll();
      return settings();
    },
  );
}
