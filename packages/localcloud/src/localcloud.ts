import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Clock } from './clock.ts';
import { localcloudEnv } from './config.ts';
import { eciApi } from './eci/index.ts';
import type { ExecFraming } from '@porthole/wire';
import { execAdminRoutes, execFramingFromEnv, ExecService, execSocketRoutes } from './eci/exec/index.ts';
import { ecsApi } from './ecs/index.ts';
import type { AccessKey } from './gateway/access-keys.ts';
import type { FaultSettings } from './gateway/faults.ts';
import { buildGateway } from './server.ts';
import { createWorld } from './world/index.ts';
import { sessionSettingsFromEnv, sessionSocketRoutes, type SessionSettings } from './session-manager/index.ts';

export interface LocalcloudOptions {
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: an ephemeral port. */
  readonly port?: number;
  /** Accepted key pairs; the first is the one reported back. Default: DEFAULT_ACCESS_KEY_ID/SECRET. */
  readonly keys?: readonly AccessKey[];
  readonly seed?: string;
  readonly stateFile?: string;
  readonly clock?: Clock;
  readonly timing?: 'realistic' | 'fast';
  /** Default: LOCALCLOUD_LATENCY_MS, LOCALCLOUD_THROTTLE_RATE, LOCALCLOUD_ERROR_RATE, LOCALCLOUD_RATE_LIMIT*. */
  readonly faults?: Partial<FaultSettings>;
  /** Guards /__localcloud/*. Default: LOCALCLOUD_ADMIN_TOKEN, else random per start. */
  readonly adminToken?: string;
  /** Default off. */
  readonly logger?: boolean;
  /** Root of the Cloud Assistant sandboxes. Default: LOCALCLOUD_SANDBOX_DIR, else a temp dir removed on close. */
  readonly sandboxDir?: string;
  /** InvokeCommand/RunCommand tasks per region per day. Default: LOCALCLOUD_DAILY_INVOCATION_QUOTA, else 10,000. */
  readonly dailyInvocationQuota?: number;
  /** Session Manager timing, pacing and limits. Default: LOCALCLOUD_SESSION_* (session-manager/settings.ts), else the documented figures. */
  readonly sessions?: Partial<SessionSettings>;
  /** Framing of the ECI exec socket. Default: LOCALCLOUD_EXEC_FRAMING, else k8s. */
  readonly execFraming?: ExecFraming;
}

export interface Localcloud {
  /** `host:port`, what the SDKs take as `endpoint` (with `protocol: 'http'`). */
  readonly endpoint: string;
  readonly url: string;
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly adminToken: string;
  close(): Promise<void>;
}

const keysOf = (options: LocalcloudOptions): readonly AccessKey[] => options.keys ?? [localcloudEnv.accessKey];

const adminTokenOf = (options: LocalcloudOptions): string =>
  options.adminToken ?? localcloudEnv.adminToken ?? randomBytes(24).toString('base64url');

const optionalSetting = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

/** `host:port` of a listening server (IPv6 in brackets); 127.0.0.1 before it listens (inject tests). */
function endpointOf(address: AddressInfo | string | null): string {
  if (address === null || typeof address === 'string') return '127.0.0.1';
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `${host}:${address.port}`;
}

/** The simulator as a Fastify instance, not listening: for `inject` tests. Closing it closes the world. */
export async function buildLocalcloud(options: LocalcloudOptions = {}): Promise<FastifyInstance> {
  const world = await createWorld({
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.stateFile === undefined ? {} : { stateFile: options.stateFile }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.timing === undefined ? {} : { timing: options.timing }),
    ...optionalSetting('sandboxDir', options.sandboxDir ?? localcloudEnv.sandboxDir),
    ...optionalSetting('dailyInvocationQuota', options.dailyInvocationQuota ?? localcloudEnv.dailyInvocationQuota),
    sessions: { ...sessionSettingsFromEnv(), ...options.sessions },
  });
  const adminToken = adminTokenOf(options);
  // The exec URIs name the port the server listens on, known only once it does; until then (inject tests) loopback.
  let server: FastifyInstance['server'] | undefined;
  const exec = new ExecService({
    clock: world.clock,
    endpoint: () => endpointOf(server?.address() ?? null),
    framing: options.execFraming ?? execFramingFromEnv(process.env['LOCALCLOUD_EXEC_FRAMING']),
    ...optionalSetting('sandboxDir', options.sandboxDir ?? localcloudEnv.sandboxDir),
  });
  try {
    const app = await buildGateway({
      products: [ecsApi(world), eciApi(world, exec)],
      keys: keysOf(options),
      adminToken,
      faults: { ...localcloudEnv.faults, ...options.faults },
      // Not the world's clock: SDKs stamp requests with wall time, so a world whose clock is driven
      // forward by a test must not make every signature look expired.
      logger: options.logger ?? false,
      socketRoutes: [
        (app) => sessionSocketRoutes(app, { manager: world.sessions }),
        (app) => execSocketRoutes(app, { service: exec }),
      ],
      sessionAdmin: {
        getSettings: () => world.sessions.settings,
        setSettings: (settings) => (world.sessions.settings = settings),
        inject: (fault) => world.sessions.fault(fault),
      },
    });
    server = app.server;
    world.sessions.endpoint = () => endpointOf(app.server.address());
    await app.register(execAdminRoutes, { adminToken, service: exec });
    app.addHook('onClose', async () => {
      await exec.close();
      await world.close();
    });
    return app;
  } catch (error) {
    await exec.close();
    await world.close();
    throw error;
  }
}

/** Starts the simulator on a real socket (loopback, ephemeral port unless told otherwise). */
export async function startLocalcloud(options: LocalcloudOptions = {}): Promise<Localcloud> {
  const keys = keysOf(options);
  const [first] = keys;
  if (!first) throw new Error('localcloud needs at least one access key pair');
  const adminToken = adminTokenOf(options);
  const app = await buildLocalcloud({ ...options, keys, adminToken });
  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  const endpoint = endpointOf(app.server.address());
  return {
    endpoint,
    url: `http://${endpoint}`,
    accessKeyId: first.accessKeyId,
    accessKeySecret: first.accessKeySecret,
    adminToken,
    close: () => app.close(),
  };
}
