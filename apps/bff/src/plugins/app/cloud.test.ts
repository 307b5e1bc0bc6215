import { staticCredentials } from '@porthole/cloud';
import { startLocalcloud, type Localcloud } from '@porthole/localcloud';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../testing/build-test-app.ts';
import { signedIn } from '../../testing/signed-in.ts';

let localcloud: Localcloud;
let app: FastifyInstance | undefined;
beforeAll(async () => {
  localcloud = await startLocalcloud({ timing: 'fast' });
});
afterAll(() => localcloud.close());
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const regionsAsViewer = async (of: FastifyInstance) => of.inject({ method: 'GET', url: '/api/regions', headers: (await signedIn(of, 'viewer')).headers });
const found = (accessKeySecret: string) => async () => ({
  provider: staticCredentials({ accessKeyId: localcloud.accessKeyId, accessKeySecret }),
  source: 'test',
});

describe('the cloud plugin', () => {
  it('talks to a configured endpoint with its default key pair when no credentials are found', async () => {
    app = await buildTestApp({ env: { PORTHOLE_CLOUD_ENDPOINT: localcloud.endpoint } });
    expect(app.cloudTarget).toEqual({ mode: 'local', embedded: false, endpoint: localcloud.endpoint, credentialSource: 'localcloud default key' });
    expect((await regionsAsViewer(app)).statusCode).toBe(200);
  });

  it('answers 502 CLOUD_AUTH_FAILED, with the cloud detail, when the cloud refuses the credentials', async () => {
    app = await buildTestApp({ env: { PORTHOLE_CLOUD_ENDPOINT: localcloud.endpoint }, findCredentials: found('wrong-secret') });
    const response = await regionsAsViewer(app);
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({
      error: { code: 'CLOUD_AUTH_FAILED', statusCode: 502, cloud: { code: 'SignatureDoesNotMatch', requestId: expect.any(String) } },
    });
  });

  it('uses found credentials against the public endpoints when no endpoint is configured', async () => {
    app = await buildTestApp({ findCredentials: found('any') });
    expect(app.cloudTarget).toEqual({ mode: 'cloud', embedded: false, endpoint: undefined, credentialSource: 'test' });
    expect((await app.inject({ method: 'GET', url: '/api/meta' })).json()).toMatchObject({ cloudMode: 'cloud' });
  });

  it('closes the embedded localcloud with the app', async () => {
    app = await buildTestApp();
    const endpoint = app.cloudTarget.endpoint!;
    await app.close();
    app = undefined;
    await expect(fetch(`http://${endpoint}/`)).rejects.toThrow();
  });
});
