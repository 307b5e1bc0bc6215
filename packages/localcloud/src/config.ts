import type { AccessKey } from './gateway/access-keys.ts';
import type { FaultSettings } from './gateway/faults.ts';

/** Environment settings, read once at start-up; a bad value stops the process with a clear message. */
export interface LocalcloudEnv {
  readonly host: string | undefined;
  readonly port: number | undefined;
  readonly accessKey: AccessKey;
  /** An STS temporary key pair, when all LOCALCLOUD_STS_* variables are set. */
  readonly stsKey: AccessKey | undefined;
  readonly seed: string | undefined;
  readonly stateFile: string | undefined;
  readonly timing: 'realistic' | 'fast' | undefined;
  readonly adminToken: string | undefined;
  readonly faults: Partial<FaultSettings>;
  /** Root of the instances' Cloud Assistant sandboxes; unset = a temp dir per start. */
  readonly sandboxDir: string | undefined;
  readonly dailyInvocationQuota: number | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

const text = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
};

function number(env: Env, name: string, check: (n: number) => boolean, expected: string): number | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!check(value)) throw new Error(`${name} must be ${expected}, got "${raw}"`);
  return value;
}

const nonNegative = (n: number) => Number.isFinite(n) && n >= 0;
const fraction = (n: number) => n >= 0 && n <= 1;

function timing(env: Env): LocalcloudEnv['timing'] {
  const value = text(env, 'LOCALCLOUD_TIMING');
  if (value === undefined || value === 'realistic' || value === 'fast') return value;
  throw new Error(`LOCALCLOUD_TIMING must be "realistic" or "fast", got "${value}"`);
}

function stsKey(env: Env): AccessKey | undefined {
  const names = ['LOCALCLOUD_STS_ACCESS_KEY_ID', 'LOCALCLOUD_STS_ACCESS_KEY_SECRET', 'LOCALCLOUD_STS_SECURITY_TOKEN'];
  const [accessKeyId, accessKeySecret, securityToken] = names.map((name) => text(env, name));
  if (!accessKeyId && !accessKeySecret && !securityToken) return undefined;
  if (!accessKeyId || !accessKeySecret || !securityToken) throw new Error(`set all of ${names.join(', ')} or none`);
  const expires = text(env, 'LOCALCLOUD_STS_EXPIRES_AT');
  const expiresAt = expires === undefined ? undefined : Date.parse(expires);
  if (Number.isNaN(expiresAt)) throw new Error(`LOCALCLOUD_STS_EXPIRES_AT must be an ISO 8601 date, got "${expires}"`);
  return { accessKeyId, accessKeySecret, securityToken, ...(expiresAt === undefined ? {} : { expiresAt }) };
}

function faults(env: Env): Partial<FaultSettings> {
  const entries = {
    latencyMs: number(env, 'LOCALCLOUD_LATENCY_MS', nonNegative, 'a number of milliseconds >= 0'),
    throttleRate: number(env, 'LOCALCLOUD_THROTTLE_RATE', fraction, 'a fraction between 0 and 1'),
    errorRate: number(env, 'LOCALCLOUD_ERROR_RATE', fraction, 'a fraction between 0 and 1'),
    rateLimitPerSecond: number(env, 'LOCALCLOUD_RATE_LIMIT', nonNegative, 'requests per second >= 0 (0 = off)'),
    rateLimitBurst: number(env, 'LOCALCLOUD_RATE_LIMIT_BURST', nonNegative, 'a request count >= 0'),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

export function readLocalcloudEnv(env: Env): LocalcloudEnv {
  return {
    host: text(env, 'LOCALCLOUD_HOST'),
    port: number(env, 'LOCALCLOUD_PORT', (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'a port number 0-65535'),
    accessKey: {
      // Obviously fake: this simulator never sees real keys, and these must never look like one.
      accessKeyId: text(env, 'LOCALCLOUD_ACCESS_KEY_ID') ?? 'LOCALCLOUD-ACCESS-KEY-ID',
      accessKeySecret: text(env, 'LOCALCLOUD_ACCESS_KEY_SECRET') ?? 'localcloud-secret-not-a-real-key',
    },
    stsKey: stsKey(env),
    seed: text(env, 'LOCALCLOUD_SEED'),
    stateFile: text(env, 'LOCALCLOUD_STATE_FILE'),
    timing: timing(env),
    adminToken: text(env, 'LOCALCLOUD_ADMIN_TOKEN'),
    faults: faults(env),
    sandboxDir: text(env, 'LOCALCLOUD_SANDBOX_DIR'),
    dailyInvocationQuota: number(
      env,
      'LOCALCLOUD_DAILY_INVOCATION_QUOTA',
      (n) => Number.isInteger(n) && n >= 0,
      'a whole number of invocations per region per day',
    ),
  };
}

export const localcloudEnv: LocalcloudEnv = readLocalcloudEnv(process.env);

/** The key pair localcloud accepts unless told otherwise (LOCALCLOUD_ACCESS_KEY_ID / _SECRET override it). */
export const DEFAULT_ACCESS_KEY_ID: string = localcloudEnv.accessKey.accessKeyId;
export const DEFAULT_ACCESS_KEY_SECRET: string = localcloudEnv.accessKey.accessKeySecret;
