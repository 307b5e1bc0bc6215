import EcsPkg, * as $Ecs from '@alicloud/ecs20140526';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { expect, vi } from 'vitest';
import { startLocalcloud, type Localcloud, type LocalcloudOptions } from '../../localcloud.ts';
import { ManualClock } from '../../world/manual-clock.ts';

/**
 * Test support for the Cloud Assistant operations: localcloud on a loopback port driven by a manual
 * clock (the gateway checks signatures against wall time, so the world clock may start anywhere), and
 * the official ECS SDK pointed at it.
 */

// Node's ESM loader hands over the CommonJS module (class on `.default`); vitest's interop the class itself.
const Ecs = EcsPkg.default ?? (EcsPkg as unknown as typeof EcsPkg.default);
export type EcsClient = InstanceType<typeof Ecs>;
export { $Ecs };

export interface SdkHarness {
  readonly cloud: Localcloud;
  readonly clock: ManualClock;
  readonly ecs: EcsClient;
  /** An instance id by name, in any region. */
  id(name: string, regionId?: string): Promise<string>;
  close(): Promise<void>;
}

export const REGION = 'cn-hangzhou';
export const TEST_START = Date.UTC(2026, 10, 24, 6, 0, 0);

export async function sdkHarness(options: Omit<LocalcloudOptions, 'clock'> & { start?: number } = {}): Promise<SdkHarness> {
  const clock = new ManualClock(options.start ?? TEST_START);
  const cloud = await startLocalcloud({ timing: 'fast', ...options, clock });
  const ecs = new Ecs(
    new $OpenApiUtil.Config({
      accessKeyId: cloud.accessKeyId,
      accessKeySecret: cloud.accessKeySecret,
      regionId: REGION,
      endpoint: cloud.endpoint,
      protocol: 'http',
      readTimeout: 10_000,
      connectTimeout: 5000,
    }),
  );
  return {
    cloud,
    clock,
    ecs,
    async id(name, regionId = REGION) {
      const body = (await ecs.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId, instanceName: name }))).body;
      const found = body?.instances?.instance?.[0]?.instanceId;
      if (!found) throw new Error(`no instance ${name} in ${regionId}`);
      return found;
    },
    close: () => cloud.close(),
  };
}

/** The code and HTTP status of a call that must fail. */
export async function failure(call: Promise<unknown>): Promise<{ code: string; statusCode: number }> {
  const error = await call.then(
    () => expect.fail('the call should have failed'),
    (caught: unknown) => caught as { code: string; statusCode: number },
  );
  return { code: error.code, statusCode: error.statusCode };
}

export type InvocationResult = $Ecs.DescribeInvocationResultsResponseBodyInvocationInvocationResultsInvocationResult;

export async function results(ecs: EcsClient, request: Partial<$Ecs.DescribeInvocationResultsRequest>): Promise<InvocationResult[]> {
  const body = (await ecs.describeInvocationResults(new $Ecs.DescribeInvocationResultsRequest({ regionId: REGION, maxResults: 50, ...request }))).body;
  return body?.invocation?.invocationResults?.invocationResult ?? [];
}

/** Polls DescribeInvocationResults until `done` holds: the scripts run as real processes. */
export async function resultsWhen(
  ecs: EcsClient,
  request: Partial<$Ecs.DescribeInvocationResultsRequest>,
  done: (rows: InvocationResult[]) => boolean,
): Promise<InvocationResult[]> {
  let last: InvocationResult[] = [];
  await vi.waitFor(
    async () => {
      last = await results(ecs, request);
      expect(done(last)).toBe(true);
    },
    { timeout: 8000, interval: 50 },
  );
  return last;
}

export const TERMINAL = ['Success', 'Failed', 'Invalid', 'Aborted', 'Error', 'Timeout', 'Cancelled', 'Terminated'];
export const allEnded = (rows: InvocationResult[]): boolean => rows.length > 0 && rows.every((r) => TERMINAL.includes(r.invocationStatus ?? ''));

export const decode = (base64: string | undefined): string => Buffer.from(base64 ?? '', 'base64').toString('utf8');

export async function invocation(ecs: EcsClient, invokeId: string) {
  const body = (await ecs.describeInvocations(new $Ecs.DescribeInvocationsRequest({ regionId: REGION, invokeId, includeOutput: true }))).body;
  const found = body?.invocations?.invocation?.[0];
  if (!found) throw new Error(`no invocation ${invokeId}`);
  return found;
}
