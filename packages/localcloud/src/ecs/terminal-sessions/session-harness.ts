import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN_TOKEN_HEADER } from '../../gateway/admin-routes.ts';
import type { SessionFault, SessionSettings } from '../../session-manager/index.ts';
import { $Ecs, REGION, sdkHarness, type SdkHarness } from '../commands/sdk-harness.ts';
import { SessionTestClient } from './session-test-client.ts';

/** Test support: localcloud with its own sandbox root (so leaked shells can be found), and helpers to open sessions. */
export interface SessionHarness extends SdkHarness {
  readonly sandboxDir: string;
  /** StartTerminalSession on prod-web-02 (agent new enough), returning the URL. */
  startSession(request?: Partial<$Ecs.StartTerminalSessionRequest>): Promise<{ sessionId: string; url: string }>;
  connect(request?: Partial<$Ecs.StartTerminalSessionRequest>, version?: '1.01' | '1.02'): Promise<SessionTestClient>;
  fault(fault: SessionFault): Promise<number>;
  settings(patch: Partial<SessionSettings>): Promise<void>;
  /** Processes still running a shell of this simulator's sandboxes. */
  livePtys(): string[];
}

export async function sessionHarness(settings: Partial<SessionSettings> = {}): Promise<SessionHarness> {
  const sandboxDir = await mkdtemp(join(tmpdir(), 'localcloud-sessions-'));
  const h = await sdkHarness({ sandboxDir, sessions: { pacingBps: 0, startupDelayMs: 50, ...settings } });
  const web = await h.id('prod-web-02');
  const admin = async (path: string, method: string, body: unknown) => {
    const response = await fetch(`${h.cloud.url}${path}`, {
      method,
      headers: { [ADMIN_TOKEN_HEADER]: h.cloud.adminToken, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const startSession = async (request: Partial<$Ecs.StartTerminalSessionRequest> = {}) => {
    const body = (await h.ecs.startTerminalSession(new $Ecs.StartTerminalSessionRequest({ regionId: REGION, instanceId: [web], ...request }))).body;
    return { sessionId: body?.sessionId ?? '', url: body?.webSocketUrl ?? '' };
  };
  return {
    ...h,
    sandboxDir,
    startSession,
    async connect(request, version = '1.02') {
      const client = new SessionTestClient((await startSession(request)).url, version);
      await client.opened;
      return client;
    },
    fault: async (fault) => Number((await admin('/__localcloud/sessions/faults', 'POST', fault)).affected),
    settings: async (patch) => void (await admin('/__localcloud/sessions/settings', 'PUT', patch)),
    livePtys: () => {
      try {
        return execFileSync('pgrep', ['-f', sandboxDir], { encoding: 'utf8' }).split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
    async close() {
      await h.close();
      await rm(sandboxDir, { recursive: true, force: true });
    },
  };
}
