import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { OIDC_ENV, missingOidcVariables, oidcConfigOf } from './plugins/app/oidc/oidc-config.ts';

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The BFF's environment: read once at start, every value checked against this schema. */
export const EnvSchema = Type.Object({
  PORTHOLE_HOST: Type.String({ minLength: 1, default: '127.0.0.1', description: 'the address to listen on' }),
  PORTHOLE_PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 8080, description: 'a port number 0-65535' }),
  PORTHOLE_LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info', description: 'one of fatal, error, warn, info, debug, trace, silent' },
  ),
  PORTHOLE_CLOUD_ENDPOINT: Type.Optional(
    Type.String({ pattern: '^[A-Za-z0-9.-]+:[0-9]{1,5}$', description: 'host:port of an OpenAPI endpoint (e.g. a localcloud)' }),
  ),
  PORTHOLE_CLOUD_PROTOCOL: Type.Optional(
    Type.Union([Type.Literal('http'), Type.Literal('https')], { description: 'http or https' }),
  ),
  PORTHOLE_TRUST_PROXY: Type.Optional(
    Type.String({ pattern: '^[0-9A-Za-z.:/]+(, *[0-9A-Za-z.:/]+)*$', description: 'comma-separated proxy addresses or CIDRs, e.g. 127.0.0.1,10.0.0.0/8' }),
  ),
  PORTHOLE_RATE_LIMIT: Type.Integer({ minimum: 1, default: 120, description: 'a positive integer: requests per client and route in a window' }),
  PORTHOLE_RATE_LIMIT_WINDOW_MS: Type.Integer({ minimum: 1, default: 60_000, description: 'a positive integer of milliseconds' }),
  PORTHOLE_SIGN_IN_RATE_LIMIT: Type.Integer({ minimum: 1, default: 20, description: 'a positive integer: sign-in attempts per client address per minute' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://', description: 'a postgres:// or postgresql:// URL' })),
  PORTHOLE_DATA_DIR: Type.String({ minLength: 1, default: './data', description: 'a directory for the SQLite database (when DATABASE_URL is unset)' }),
  PORTHOLE_ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 12, description: 'a password of at least 12 characters' })),
  PORTHOLE_SESSION_IDLE_MINUTES: Type.Integer({ minimum: 1, default: 30, description: 'a positive integer of minutes' }),
  PORTHOLE_SESSION_ABSOLUTE_HOURS: Type.Integer({ minimum: 1, default: 12, description: 'a positive integer of hours' }),
  PORTHOLE_ALLOWED_ORIGINS: Type.Optional(
    Type.String({ pattern: '^https?://[^,/ ]+/?(, *https?://[^,/ ]+/?)*$', description: 'comma-separated origins, e.g. https://porthole.example.com' }),
  ),
  PORTHOLE_SIGN_IN_LOCK_AFTER: Type.Integer({ minimum: 1, default: 10, description: 'a positive integer: failed sign-ins before the account locks' }),
  PORTHOLE_SIGN_IN_LOCK_MINUTES: Type.Integer({ minimum: 1, default: 15, description: 'a positive integer of minutes' }),
  PORTHOLE_RECORD_INPUT: Type.Boolean({ default: false, description: 'true or false: also record what users type (it can hold passwords)' }),
  PORTHOLE_WEB_DIST: Type.String({ minLength: 1, default: DEFAULT_WEB_DIST, description: 'the built web app directory' }),
  LOCALCLOUD_SEED: Type.Optional(Type.String({ minLength: 1, description: 'the seed of the simulated world' })),
  LOCALCLOUD_STATE_FILE: Type.Optional(Type.String({ minLength: 1, description: 'a JSON file path' })),
  LOCALCLOUD_TIMING: Type.Optional(Type.Union([Type.Literal('realistic'), Type.Literal('fast')], { description: 'realistic or fast' })),
  ...OIDC_ENV,
});
type Env = Static<typeof EnvSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

// Their values never appear in an error message (which reaches the console and logs).
const SECRET_VARIABLES = new Set(['PORTHOLE_ADMIN_PASSWORD', 'DATABASE_URL', 'PORTHOLE_OIDC_CLIENT_SECRET']);

function describeProblems(env: unknown, raw: Record<string, string | undefined>): string {
  const lines = new Map<string, string>();
  for (const error of Value.Errors(EnvSchema, env)) {
    const name = error.instancePath.slice(1);
    if (lines.has(name)) continue;
    const schema = EnvSchema.properties[name as keyof Env] as { description?: string } | undefined;
    const shown = SECRET_VARIABLES.has(name) ? '(hidden)' : JSON.stringify(raw[name]);
    lines.set(name, `  ${name}=${shown}: expected ${schema?.description ?? error.message}`);
  }
  return [...lines.values()].join('\n');
}

/** Parses the environment, or throws a ConfigError naming every bad variable. */
export function parseConfig(source: NodeJS.ProcessEnv) {
  // An empty variable counts as unset, as in a shell `VAR= command`.
  const present = Object.fromEntries(
    Object.keys(EnvSchema.properties)
      .map((name) => [name, source[name]?.trim()] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const env: unknown = Value.Convert(EnvSchema, Value.Default(EnvSchema, { ...present }));
  if (!Value.Check(EnvSchema, env)) {
    throw new ConfigError(`Invalid environment:\n${describeProblems(env, present)}`);
  }
  const missingOidc = missingOidcVariables(env);
  if (missingOidc.length > 0) throw new ConfigError(`Single sign-on is only partly configured; also set: ${missingOidc.join(', ')}`);
  return {
    host: env.PORTHOLE_HOST,
    port: env.PORTHOLE_PORT,
    logLevel: env.PORTHOLE_LOG_LEVEL,
    cloud: {
      endpoint: env.PORTHOLE_CLOUD_ENDPOINT,
      protocol: env.PORTHOLE_CLOUD_PROTOCOL,
    },
    // Only these proxies' X-Forwarded-For/-Proto are believed: they decide the client address the
    // rate limits key on and whether a request came over HTTPS (and so gets HSTS).
    trustProxy: env.PORTHOLE_TRUST_PROXY?.split(',').map((address) => address.trim()),
    rateLimit: { max: env.PORTHOLE_RATE_LIMIT, windowMs: env.PORTHOLE_RATE_LIMIT_WINDOW_MS, signInMax: env.PORTHOLE_SIGN_IN_RATE_LIMIT },
    storage: { databaseUrl: env.DATABASE_URL, dataDir: resolve(env.PORTHOLE_DATA_DIR) },
    recordings: { recordInput: env.PORTHOLE_RECORD_INPUT },
    auth: {
      adminPassword: env.PORTHOLE_ADMIN_PASSWORD,
      sessionIdleMinutes: env.PORTHOLE_SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: env.PORTHOLE_SESSION_ABSOLUTE_HOURS,
      // Normalised (no trailing slash, default port dropped) so they compare equal to an Origin header.
      allowedOrigins: env.PORTHOLE_ALLOWED_ORIGINS?.split(',').map((origin) => new URL(origin.trim()).origin),
      signInLockAfter: env.PORTHOLE_SIGN_IN_LOCK_AFTER,
      signInLockMinutes: env.PORTHOLE_SIGN_IN_LOCK_MINUTES,
    },
    webDist: env.PORTHOLE_WEB_DIST,
    localcloud: {
      seed: env.LOCALCLOUD_SEED,
      stateFile: env.LOCALCLOUD_STATE_FILE,
      timing: env.LOCALCLOUD_TIMING,
    },
    oidc: oidcConfigOf(env),
  };
}

export type AppConfig = ReturnType<typeof parseConfig>;
