import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp } from '../app.ts';
import { parseConfig } from '../config.ts';

export interface TestAppOptions {
  readonly webDist?: string;
  readonly logStream?: DestinationStream;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * The whole BFF in memory (call it with `inject`) on an embedded localcloud with fast power
 * transitions: no credentials are looked up, so the machine's own never matter.
 */
export function buildTestApp(options: TestAppOptions = {}): Promise<FastifyInstance> {
  const config = parseConfig({
    PORTHOLE_LOG_LEVEL: options.logStream ? 'trace' : 'silent',
    PORTHOLE_WEB_DIST: options.webDist ?? '/nonexistent/porthole-web-dist',
    LOCALCLOUD_TIMING: 'fast',
    ...options.env,
  });
  return buildApp({ config, findCredentials: async () => undefined, ...(options.logStream ? { logStream: options.logStream } : {}) });
}
