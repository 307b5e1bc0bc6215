import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCloudClient, type CloudClient } from './cloud-client.ts';
import { CloudError } from './cloud-error.ts';
import { staticCredentials } from './credentials.ts';
import { jsonAnswer, startFakeCloudServer, type FakeCloudServer } from './testing/fake-cloud-server.ts';

// Which Cloud Assistant mutations the client repeats after a transient failure: only those whose
// ClientToken makes a repeat harmless.
let server: FakeCloudServer;
let client: CloudClient;
const REGION = 'cn-hangzhou';
const unavailable = jsonAnswer(503, { Code: 'ServiceUnavailable', Message: 'The request has failed due to a temporary failure of the server.', RequestId: 'R-503' });

beforeAll(async () => {
  server = await startFakeCloudServer();
  client = createCloudClient({
    credentials: staticCredentials({ accessKeyId: 'LOCALCLOUDTESTKEYID', accessKeySecret: 'localcloud-test-secret-not-real' }),
    endpoint: server.endpoint,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.actions.splice(0);
  server.answer(unavailable);
});

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
const invocation = { regionId: REGION, instanceIds: ['i-any'] };

describe('Cloud Assistant mutations after a 503', () => {
  it.each([
    ['InvokeCommand', () => client.invokeCommand({ ...invocation, commandId: 'c-any', clientToken: 'token-1' })],
    ['RunCommand', () => client.runCommand({ ...invocation, type: 'RunShellScript', content: 'true', clientToken: 'token-2' })],
    ['CreateCommand', () => client.createCommand({ regionId: REGION, name: 'n', type: 'RunShellScript', content: 'true', clientToken: 'token-3' })],
  ])('repeats %s when it carries a ClientToken', async (action, call) => {
    expect(await failure(call())).toBeInstanceOf(CloudError);
    expect(server.actions).toEqual([action, action, action]);
  });

  it.each([
    ['InvokeCommand', () => client.invokeCommand({ ...invocation, commandId: 'c-any' })],
    ['RunCommand', () => client.runCommand({ ...invocation, type: 'RunShellScript', content: 'true' })],
    ['ModifyCommand', () => client.modifyCommand({ regionId: REGION, commandId: 'c-any', name: 'n' })],
    ['DeleteCommand', () => client.deleteCommand(REGION, 'c-any')],
    ['StopInvocation', () => client.stopInvocation(REGION, 't-any')],
  ])('sends %s once without one', async (action, call) => {
    expect(await failure(call())).toMatchObject({ kind: 'api', code: 'ServiceUnavailable', statusCode: 503 });
    expect(server.actions).toEqual([action]);
  });

  it('returns the answer of the repeat that got through', async () => {
    server.answer(unavailable, jsonAnswer(200, { InvokeId: 't-first', RequestId: 'R-ok' }));
    expect(await client.invokeCommand({ ...invocation, commandId: 'c-any', clientToken: 'token-4' })).toEqual({ invokeId: 't-first', requestId: 'R-ok' });
    expect(server.actions).toEqual(['InvokeCommand', 'InvokeCommand']);
  });
});
