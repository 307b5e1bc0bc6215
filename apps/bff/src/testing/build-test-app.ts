import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FoundCredentials } from '@porthole/cloud';
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp } from '../app.ts';
import { parseConfig } from '../config.ts';

/** The password of the `admin` user every test app starts with. */
export const TEST_ADMIN_PASSWORD = 'test-admin-password-not-secret';

export interface TestAppOptions {
  readonly webDist?: string;
  readonly logStream?: DestinationStream;
  readonly env?: NodeJS.ProcessEnv;
  /** The clock of sessions and sign-in throttling (see testClock). */
  readonly now?: () => Date;
  /** Default: none, so an embedded localcloud answers (or the one PORTHOLE_CLOUD_ENDPOINT names). */
  readonly findCredentials?: () => Promise<FoundCredentials | undefined>;
}

/**
 * The whole BFF in memory (call it with `inject`) on an embedded localcloud with fast power
 * transitions: no credentials are looked up, so the machine's own never matter. Its storage is a
 * fresh SQLite database in a temporary directory, removed on close, unless `env.DATABASE_URL` or
 * `env.PORTHOLE_DATA_DIR` names one.
 */
export async function buildTestApp(options: TestAppOptions = {}): Promise<FastifyInstance> {
  const ownDataDir = options.env?.DATABASE_URL === undefined && options.env?.PORTHOLE_DATA_DIR === undefined;
  const dataDir = ownDataDir ? mkdtempSync(join(tmpdir(), 'porthole-bff-test-')) : undefined;
  const config = parseConfig({
    PORTHOLE_LOG_LEVEL: options.logStream ? 'trace' : 'silent',
    PORTHOLE_WEB_DIST: options.webDist ?? '/nonexistent/porthole-web-dist',
    LOCALCLOUD_TIMING: 'fast',
    PORTHOLE_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
    // Tests sign in often, all from one address; the limit's own test sets it low.
    PORTHOLE_SIGN_IN_RATE_LIMIT: '1000',
    ...(dataDir === undefined ? {} : { PORTHOLE_DATA_DIR: dataDir }),
    ...options.env,
  });
  const removeDataDir = () => {
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const app = await buildApp({
      config,
      findCredentials: options.findCredentials ?? (async () => undefined),
      ...(options.logStream ? { logStream: options.logStream } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
    app.addHook('onClose', removeDataDir);
    return app;
  } catch (error) {
    removeDataDir();
    throw error;
  }
}
