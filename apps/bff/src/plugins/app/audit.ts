import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createAuditTrail, type AuditTrail } from './audit/audit-trail.ts';

export type { AuditCompletion, AuditListener, AuditRecord, AuditSubject, AuditTrail } from './audit/audit-trail.ts';

declare module 'fastify' {
  interface FastifyInstance {
    audit: AuditTrail;
  }
}

/**
 * `app.audit`: the trail of who did what, from where, on what, and how it ended. Subscribers (the live
 * audit page) hear only about entries written by THIS process: with several replicas each one's feed
 * is its own. PostgreSQL LISTEN/NOTIFY on the shared database would be the way to merge them.
 */
async function auditPlugin(app: FastifyInstance): Promise<void> {
  app.decorate('audit', createAuditTrail(app.storage.audit, app.log));
}

export default fp(auditPlugin, { name: 'audit', dependencies: ['storage'] });
