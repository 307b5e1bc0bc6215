import type { FastifyInstance } from 'fastify';
import auditExport from './audit-export.ts';
import auditLive from './audit-live.ts';
import auditPage from './audit-page.ts';

/** The admin's view of the audit trail: pages, an export, and a live feed. */
export default async function auditRoutes(app: FastifyInstance): Promise<void> {
  await app.register(auditPage);
  await app.register(auditExport);
  await app.register(auditLive);
}
