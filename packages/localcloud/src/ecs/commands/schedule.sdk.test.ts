import { afterEach, describe, expect, it } from 'vitest';
import { $Ecs, REGION, allEnded, invocation, results, resultsWhen, sdkHarness, type SdkHarness } from './sdk-harness.ts';

const MINUTE = 60_000;
let h: SdkHarness;
afterEach(() => h.close());

/** A Hangzhou instance whose agent knows rate/at and time zones (2.2.3.282 or later). */
async function modernAgent(): Promise<string> {
  const status = await h.ecs.describeCloudAssistantStatus(new $Ecs.DescribeCloudAssistantStatusRequest({ regionId: REGION, maxResults: 50 }));
  const found = status.body?.instanceCloudAssistantStatusSet?.instanceCloudAssistantStatus?.find(
    (s) => s.cloudAssistantStatus === 'true' && s.cloudAssistantVersion === '2.2.3.857',
  );
  if (!found?.instanceId) throw new Error('no instance with a current agent');
  return found.instanceId;
}

const schedule = async (instanceId: string, request: Partial<$Ecs.RunCommandRequest>) =>
  (await h.ecs.runCommand(new $Ecs.RunCommandRequest({ regionId: REGION, type: 'RunShellScript', commandContent: 'echo tick', instanceId: [instanceId], ...request })))
    .body?.invokeId ?? '';

/** Every execution so far (IncludeHistory), oldest first, once none is still running. */
async function history(invokeId: string, count: number): Promise<string[]> {
  const rows = await resultsWhen(h.ecs, { invokeId, includeHistory: true }, (all) => all.length === count && allEnded(all));
  return rows.map((r) => r.startTime ?? '').reverse();
}

describe('Frequency on the injected clock', () => {
  it('rate(5m) first fires five minutes after creation, then every five minutes, until stopped', async () => {
    h = await sdkHarness();
    const invokeId = await schedule(await modernAgent(), { frequency: 'rate(5m)' });
    expect((await results(h.ecs, { invokeId }))[0]).toMatchObject({ invocationStatus: 'Scheduled', repeats: 0 });
    h.clock.advance(5 * MINUTE - 1000);
    expect(await results(h.ecs, { invokeId, includeHistory: true })).toMatchObject([{ invocationStatus: 'Scheduled', repeats: 0 }]);
    h.clock.advance(1000);
    expect(await history(invokeId, 1)).toEqual(['2026-11-24T06:05:00Z']);
    h.clock.advance(10 * MINUTE);
    expect(await history(invokeId, 3)).toEqual(['2026-11-24T06:05:00Z', '2026-11-24T06:10:00Z', '2026-11-24T06:15:00Z']);
    expect((await results(h.ecs, { invokeId }))[0]).toMatchObject({ invocationStatus: 'Scheduled', repeats: 3, exitCode: 0 });
    expect(await invocation(h.ecs, invokeId)).toMatchObject({ invocationStatus: 'Scheduled', invokeStatus: 'Running', repeatMode: 'Period', frequency: 'rate(5m)', timed: true });
    await h.ecs.stopInvocation(new $Ecs.StopInvocationRequest({ regionId: REGION, invokeId }));
    h.clock.advance(30 * MINUTE);
    expect(await history(invokeId, 3)).toHaveLength(3);
    expect(await invocation(h.ecs, invokeId)).toMatchObject({ invocationStatus: 'Stopped', invokeStatus: 'Stopped' });
  });

  it('at(...) in Asia/Shanghai fires once, at that instant', async () => {
    h = await sdkHarness();
    // 14:30 in Shanghai (UTC+8) is 06:30Z; the clock starts at 06:00Z.
    const invokeId = await schedule(await modernAgent(), { frequency: 'at(2026-11-24 14:30:00 Asia/Shanghai)' });
    h.clock.advance(30 * MINUTE - 1000);
    expect(await results(h.ecs, { invokeId, includeHistory: true })).toMatchObject([{ invocationStatus: 'Scheduled', repeats: 0 }]);
    h.clock.advance(1000);
    expect(await history(invokeId, 1)).toEqual(['2026-11-24T06:30:00Z']);
    h.clock.advance(2 * 86_400_000);
    expect(await history(invokeId, 1)).toEqual(['2026-11-24T06:30:00Z']);
    expect(await invocation(h.ecs, invokeId)).toMatchObject({ invocationStatus: 'Success', invokeStatus: 'Finished' });
  });

  it('a cron expression in America/Los_Angeles keeps 09:00 local across the DST change', async () => {
    h = await sdkHarness({ start: Date.UTC(2026, 2, 6, 0, 0, 0) });
    const invokeId = await schedule(await modernAgent(), { frequency: '0 0 9 * * ? America/Los_Angeles' });
    for (let day = 0; day < 4; day++) h.clock.advance(86_400_000);
    // Daylight saving time starts on 2026-03-08: 09:00 PST is 17:00Z, 09:00 PDT is 16:00Z.
    expect(await history(invokeId, 4)).toEqual(['2026-03-06T17:00:00Z', '2026-03-07T17:00:00Z', '2026-03-08T16:00:00Z', '2026-03-09T16:00:00Z']);
  });

  it('NextRebootOnly runs at the next boot only, EveryReboot at every boot', async () => {
    h = await sdkHarness();
    const id = await modernAgent();
    const once = await schedule(id, { repeatMode: 'NextRebootOnly' });
    const every = await schedule(id, { repeatMode: 'EveryReboot' });
    expect((await results(h.ecs, { invokeId: once }))[0]?.invocationStatus).toBe('Scheduled');
    for (let boot = 0; boot < 2; boot++) {
      await h.ecs.rebootInstance(new $Ecs.RebootInstanceRequest({ instanceId: id }));
      h.clock.advance(1000);
      await history(every, boot + 1);
    }
    expect(await history(once, 1)).toHaveLength(1);
    expect((await results(h.ecs, { invokeId: once }))[0]?.invocationStatus).toBe('Success');
    expect((await results(h.ecs, { invokeId: every }))[0]).toMatchObject({ invocationStatus: 'Scheduled', repeats: 2 });
  });
});
