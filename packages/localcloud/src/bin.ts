import { localcloudEnv } from './config.ts';
import { ADMIN_TOKEN_HEADER, FAULTS_PATH } from './gateway/admin-routes.ts';
import { startLocalcloud } from './localcloud.ts';

const DEFAULT_PORT = 9100;

const env = localcloudEnv;
const keys = env.stsKey ? [env.accessKey, env.stsKey] : [env.accessKey];
const cloud = await startLocalcloud({
  host: env.host ?? '127.0.0.1',
  port: env.port ?? DEFAULT_PORT,
  keys,
  ...(env.seed === undefined ? {} : { seed: env.seed }),
  ...(env.stateFile === undefined ? {} : { stateFile: env.stateFile }),
  ...(env.timing === undefined ? {} : { timing: env.timing }),
  logger: true,
});

// A development simulator with fake keys: printing them is the point, so clients can be configured.
console.log(`localcloud listening on ${cloud.url}
  endpoint:          ${cloud.endpoint}   (SDK: endpoint '${cloud.endpoint}', protocol 'http')
  access key id:     ${cloud.accessKeyId}
  access key secret: ${cloud.accessKeySecret}${env.stsKey ? `\n  STS key id:        ${env.stsKey.accessKeyId} (with LOCALCLOUD_STS_SECURITY_TOKEN)` : ''}
  admin token:       ${cloud.adminToken}   (header ${ADMIN_TOKEN_HEADER} on ${FAULTS_PATH})`);

let closing = false;
const shutdown = (signal: string) => {
  if (closing) return;
  closing = true;
  console.log(`localcloud: ${signal}, closing`);
  cloud.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('localcloud: close failed', error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
