import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { $Ecs, failure, REGION, sdkHarness, type SdkHarness } from '../commands/sdk-harness.ts';
import { SessionTestClient } from './session-test-client.ts';

let h: SdkHarness;
let web2: string;
let oldAgent: string;
let stopped: string;
let noAgent: string;
beforeAll(async () => {
  h = await sdkHarness({ sessions: { pacingBps: 0, startupDelayMs: 50, maxSessionsPerRegion: 6 } });
  [web2, oldAgent, stopped, noAgent] = await Promise.all([
    h.id('prod-web-02'),
    h.id('prod-web-01'),
    h.id('dev-ci-runner-02'),
    h.id('staging-db-proxy-01'),
  ]);
});
afterAll(() => h.close());

const start = (request: Partial<$Ecs.StartTerminalSessionRequest>) =>
  h.ecs.startTerminalSession(new $Ecs.StartTerminalSessionRequest({ regionId: REGION, instanceId: [web2], ...request }));

describe('StartTerminalSession, EndTerminalSession, DescribeTerminalSessions through the official SDK', () => {
  it('returns a session, its SecurityToken and a ws:// URL on localcloud carrying both', async () => {
    const body = (await start({})).body;
    expect(body?.sessionId).toMatch(/^s-[0-9a-f]{17}$/);
    const url = new URL(body?.webSocketUrl ?? '');
    expect(`${url.protocol}//${url.host}${url.pathname}`).toBe(`ws://${h.cloud.endpoint}/session`);
    expect(url.searchParams.get('sessionId')).toBe(body?.sessionId);
    expect(url.searchParams.get('token')).toBe(body?.securityToken);
    await h.ecs.endTerminalSession(new $Ecs.EndTerminalSessionRequest({ regionId: REGION, sessionId: body?.sessionId ?? '' }));
  });

  it('answers a retried ClientToken with the same session, and a changed request with IdempotentParameterMismatch', async () => {
    const first = (await start({ clientToken: 'retry-1', username: 'ecs-user' })).body;
    const again = (await start({ clientToken: 'retry-1', username: 'ecs-user' })).body;
    expect(again?.sessionId).toBe(first?.sessionId);
    expect(again?.webSocketUrl).toBe(first?.webSocketUrl);
    expect(await failure(start({ clientToken: 'retry-1', username: 'admin' }))).toEqual({ code: 'IdempotentParameterMismatch', statusCode: 403 });
  });

  it.each([
    [{ commandLine: 'x'.repeat(513) }, 'InvalidCommandLine.LengthLimitExceeded', 403],
    [{ commandLine: 'top', portNumber: 22 }, 'InvalidCommandLine.Conflict', 403],
    [{ commandLine: 'top', portNumber: 22, targetServer: '10.0.0.1' }, 'InvalidCommandLine.Conflict', 403],
    [{ targetServer: '10.0.0.1' }, 'InvalidTargetServer.MissingPortNumber', 403],
    [{ targetServer: 'h'.repeat(129), portNumber: 22 }, 'InvalidTargetServer.LengthLimitExceeded', 403],
    [{ portNumber: 70000 }, 'PortNumber.Invalid', 400],
    [{ portNumber: 0 }, 'PortNumber.Invalid', 400],
    [{ username: 'u'.repeat(33) }, 'Username.ExceedLimit', 403],
    [{ instanceId: Array.from({ length: 101 }, (_, i) => `i-${i}`) }, 'InstanceIds.ExceedLimit', 403],
    [{ instanceId: ['i-doesnotexist'] }, 'InvalidInstance.NotFound', 404],
    [{ regionId: 'xx-nowhere-1' }, 'InvalidRegionId.NotFound', 404],
  ])('refuses %j with %s', async (request, code, statusCode) => {
    expect(await failure(start(request))).toEqual({ code, statusCode });
  });

  it('refuses two instances with a CommandLine, and instances that are stopped or lack a new enough agent', async () => {
    expect(await failure(start({ instanceId: [web2, oldAgent], commandLine: 'uptime' }))).toEqual({
      code: 'InvalidInstanceIds.CountLimitExceeded',
      statusCode: 403,
    });
    for (const instanceId of [oldAgent, stopped, noAgent]) {
      expect(await failure(start({ instanceId: [instanceId] }))).toEqual({ code: 'Operation.Forbidden', statusCode: 403 });
    }
  });

  it('lists sessions with their connections, and EndTerminalSession kills the URL', async () => {
    const body = (await start({ username: 'ecs-user' })).body;
    const sessionId = body?.sessionId ?? '';
    const client = new SessionTestClient(body?.webSocketUrl ?? '');
    await client.ready();
    const listed = await h.ecs.describeTerminalSessions(new $Ecs.DescribeTerminalSessionsRequest({ regionId: REGION, sessionId }));
    const session = listed.body?.sessions?.session?.[0];
    expect(session).toMatchObject({ sessionId, username: 'ecs-user', identityType: 'Account', creationTime: '2026-11-24T06:00:00Z' });
    expect(session?.connections?.connection?.[0]).toMatchObject({ instanceId: web2, status: 'Connected' });

    await h.ecs.endTerminalSession(new $Ecs.EndTerminalSessionRequest({ regionId: REGION, sessionId }));
    expect(await client.closed).toBe(1000);
    expect(client.statuses.at(-1)).toEqual({ code: 5, text: 'Notified' });
    await expect(new SessionTestClient(body?.webSocketUrl ?? '').opened).rejects.toThrow('HTTP 410');
    const after = await h.ecs.describeTerminalSessions(new $Ecs.DescribeTerminalSessionsRequest({ regionId: REGION, sessionId }));
    expect(after.body?.sessions?.session?.[0]?.connections?.connection?.[0]).toMatchObject({ status: 'Disconnected', closedReason: 'Notified' });
    expect(await failure(h.ecs.endTerminalSession(new $Ecs.EndTerminalSessionRequest({ regionId: REGION, sessionId: 's-nope' })))).toEqual({
      code: 'InvalidSessionId.NotFound',
      statusCode: 404,
    });
  });

  it('pages DescribeTerminalSessions and filters by instance', async () => {
    const page = await h.ecs.describeTerminalSessions(new $Ecs.DescribeTerminalSessionsRequest({ regionId: REGION, maxResults: 2 }));
    expect(page.body?.sessions?.session).toHaveLength(2);
    expect(page.body?.nextToken).not.toBe('');
    const other = await h.ecs.describeTerminalSessions(new $Ecs.DescribeTerminalSessionsRequest({ regionId: REGION, instanceId: oldAgent }));
    expect(other.body?.sessions?.session).toEqual([]);
  });

  it('stops at the region limit of usable sessions (configured to 6 here; 1000 by default)', async () => {
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => start({})));
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r.reason as { code: string }).code);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(new Set(['SessionCount.ExceedLimit']));
  });
});
