import { routes } from '@porthole/contract';
import { StorageError } from '@porthole/storage';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ApiError } from '../../../errors/error-catalogue.ts';
import { toAuditEntry } from '../../../plugins/app/audit/audit-entry.ts';
import { contractRoute } from '../../contract-route.ts';
import { toAuditFilter } from './audit-filter.ts';

// Fastify already fills in the contract's default (50); this only spares the handler an undefined.
const DEFAULT_LIMIT = 50;

/** GET /api/audit: newest first, one page at a time (keyset cursor). */
const auditPage: FastifyPluginAsyncTypebox = async (app) => {
  app.route({
    ...contractRoute(routes.audit),
    handler: async (request) => {
      const { cursor, limit = DEFAULT_LIMIT, ...filter } = request.query;
      try {
        const page = await app.storage.audit.query(toAuditFilter(filter), cursor === undefined ? { limit } : { limit, cursor });
        return { items: page.events.map(toAuditEntry), ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) };
      } catch (error) {
        // The cursor comes back from the browser and may have been tampered with.
        if (error instanceof StorageError && error.code === 'INVALID_CURSOR') throw new ApiError('BAD_REQUEST', 'The paging cursor is not valid.');
        throw error;
      }
    },
  });
};

export default auditPage;
