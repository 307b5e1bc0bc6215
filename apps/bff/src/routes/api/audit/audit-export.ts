import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { routes } from '@porthole/contract';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contractRoute } from '../../contract-route.ts';
import { describeAuditFilter, toAuditFilter } from './audit-filter.ts';

const exportFileName = (now: Date) => `porthole-audit-${now.toISOString().slice(0, 10)}.jsonl`;

/**
 * GET /api/audit/export: every matching entry as JSON lines, streamed page by page from the database
 * so that a long trail never sits in memory. Exporting the trail is itself audited.
 */
const auditExport: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.auditExport),
    handler: async (request, reply) => {
      const detail = describeAuditFilter(request.query);
      const entry = await app.audit.begin(request, { action: 'audit.export', ...(detail === undefined ? {} : { detail }) });
      const lines = Readable.from(app.storage.audit.exportJsonLines(toAuditFilter(request.query)));
      // Settled when the last line is out, or failed when the database or the client gave up midway.
      finished(lines).then(
        () => app.audit.complete(entry.id, { outcome: 'succeeded' }),
        () => app.audit.complete(entry.id, { outcome: 'failed', errorCode: 'INTERNAL' }),
      ).catch((error: unknown) => request.log.error({ err: error }, 'could not complete the audit entry of an export'));
      return reply
        .type('application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="${exportFileName(new Date())}"`)
        // The contract types the body as the text it becomes; Fastify pipes the stream out as it reads.
        .send(lines as unknown as string);
    },
  });
};

export default auditExport;
