import { createCloudClient, findCredentials, staticCredentials, type CloudClient, type FoundCredentials } from '@porthole/cloud';
import { DEFAULT_ACCESS_KEY_ID, DEFAULT_ACCESS_KEY_SECRET, startLocalcloud } from '@porthole/localcloud';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppConfig } from '../../config.ts';

/** Where cloud calls go; safe to log and to show (it names no key). */
export interface CloudTarget {
  /** local: a localcloud, embedded or configured; cloud: Alibaba Cloud. */
  readonly mode: 'local' | 'cloud';
  readonly embedded: boolean;
  /** host:port when not the public endpoints. */
  readonly endpoint: string | undefined;
  /** Which credential source answered, e.g. chain/env. */
  readonly credentialSource: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    cloud: CloudClient;
    cloudTarget: CloudTarget;
  }
}

export interface CloudPluginOptions {
  readonly config: AppConfig;
  /** Default: the credential chain of @porthole/cloud (environment, profiles, ...). */
  readonly findCredentials?: () => Promise<FoundCredentials | undefined>;
}

async function cloudPlugin(app: FastifyInstance, options: CloudPluginOptions): Promise<void> {
  const { cloud, localcloud } = options.config;
  const found = await (options.findCredentials ?? findCredentials)();

  if (cloud.endpoint !== undefined) {
    // An endpoint override points at a localcloud: without credentials of its own, use the key pair it accepts by default.
    const credentials = found?.provider ?? staticCredentials({ accessKeyId: DEFAULT_ACCESS_KEY_ID, accessKeySecret: DEFAULT_ACCESS_KEY_SECRET });
    app.decorate('cloud', createCloudClient({ credentials, endpoint: cloud.endpoint, protocol: cloud.protocol }));
    app.decorate('cloudTarget', { mode: 'local', embedded: false, endpoint: cloud.endpoint, credentialSource: found?.source ?? 'localcloud default key' });
  } else if (found) {
    app.decorate('cloud', createCloudClient({ credentials: found.provider, protocol: cloud.protocol }));
    app.decorate('cloudTarget', { mode: 'cloud', embedded: false, endpoint: undefined, credentialSource: found.source });
  } else {
    const simulator = await startLocalcloud({
      host: '127.0.0.1',
      port: 0,
      ...(localcloud.seed === undefined ? {} : { seed: localcloud.seed }),
      ...(localcloud.stateFile === undefined ? {} : { stateFile: localcloud.stateFile }),
      ...(localcloud.timing === undefined ? {} : { timing: localcloud.timing }),
    });
    app.addHook('onClose', () => simulator.close());
    const credentials = staticCredentials({ accessKeyId: simulator.accessKeyId, accessKeySecret: simulator.accessKeySecret });
    app.decorate('cloud', createCloudClient({ credentials, endpoint: simulator.endpoint, protocol: 'http' }));
    app.decorate('cloudTarget', { mode: 'local', embedded: true, endpoint: simulator.endpoint, credentialSource: 'embedded localcloud' });
  }
  app.log.info({ cloud: app.cloudTarget }, app.cloudTarget.embedded ? 'no cloud credentials found: using an embedded localcloud' : 'cloud client ready');
}

export default fp(cloudPlugin, { name: 'cloud' });
