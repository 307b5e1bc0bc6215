import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '@porthole/bff';
import { parseConfig } from '@porthole/bff/config';
import type { SessionInfo } from '@porthole/contract';
import { createCloudClient, staticCredentials, type CloudClient } from '@porthole/cloud';
import { startLocalcloud, type Localcloud, type LocalcloudOptions } from '@porthole/localcloud';
import type { BffBrowser } from './bff-terminal.ts';

/** What a bench measures against: a localcloud, a cloud client straight to it, and a BFF on it with a signed-in admin. */
export interface BffStack {
  readonly localcloud: Localcloud;
  /** The baseline path: the cloud client against localcloud, with no BFF in between. */
  readonly cloud: CloudClient;
  /** The measured path's browser, signed in as the first admin. */
  readonly browser: BffBrowser;
  close(): Promise<void>;
}

const ADMIN_PASSWORD = 'bench-admin-password-not-secret';

/** Both on loopback ports in this process, the BFF with its own throw-away SQLite data directory. */
export async function startBffStack(localcloudOptions: LocalcloudOptions = {}): Promise<BffStack> {
  const localcloud = await startLocalcloud({ host: '127.0.0.1', port: 0, timing: 'fast', ...localcloudOptions });
  const credentials = staticCredentials({ accessKeyId: localcloud.accessKeyId, accessKeySecret: localcloud.accessKeySecret });
  const dataDir = await mkdtemp(join(tmpdir(), 'porthole-bench-'));
  const closeAll = async (app?: { close(): Promise<unknown> }) => {
    await app?.close();
    await localcloud.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    app = await buildApp({
      config: parseConfig({
        PORTHOLE_LOG_LEVEL: 'warn',
        PORTHOLE_CLOUD_ENDPOINT: localcloud.endpoint,
        PORTHOLE_CLOUD_PROTOCOL: 'http',
        PORTHOLE_WEB_DIST: '/nonexistent/porthole-web-dist',
        PORTHOLE_DATA_DIR: dataDir,
        PORTHOLE_ADMIN_PASSWORD: ADMIN_PASSWORD,
      }),
      findCredentials: async () => ({ provider: credentials, source: 'bench' }),
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const browser = await signIn(`http://127.0.0.1:${port}`);
    const started = app;
    return {
      localcloud,
      cloud: createCloudClient({ credentials, endpoint: localcloud.endpoint, protocol: 'http' }),
      browser,
      close: () => closeAll(started),
    };
  } catch (error) {
    await closeAll(app);
    throw error;
  }
}

async function signIn(origin: string): Promise<BffBrowser> {
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ name: 'admin', password: ADMIN_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
  const { csrfToken } = (await response.json()) as SessionInfo;
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { origin, cookie, csrfToken };
}
