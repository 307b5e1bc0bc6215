import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { ConfigError, parseConfig, type AppConfig } from './config.ts';

function configOrExit(): AppConfig {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`porthole: ${error.message}`);
    process.exit(1);
  }
}

const config = configOrExit();

const app = await buildApp({ config });

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an error');
  else app.log.info({ signal }, 'closing');
  // Closes the embedded localcloud too (an onClose hook of the cloud plugin).
  await app.close();
});

await app.listen({ host: config.host, port: config.port });
const { port } = app.server.address() as { port: number };
const host = config.host.includes(':') ? `[${config.host}]` : config.host;
const target = app.cloudTarget;
const cloudLine = target.embedded
  ? `embedded localcloud at ${target.endpoint}, because no cloud credentials were found`
  : target.mode === 'local'
    ? `the localcloud at ${target.endpoint}`
    : `Alibaba Cloud, with credentials from ${target.credentialSource}`;
console.log(`Porthole is running at http://${host}:${port}\nCloud: ${cloudLine}`);
