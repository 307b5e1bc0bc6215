import { expect } from 'vitest';
import { ApiError } from '../api-error.ts';
import type { ProductApi } from '../operation.ts';
import { createWorld, type World, type WorldOptions } from '../world/index.ts';
import { ManualClock } from '../world/manual-clock.ts';
import { ecsApi } from './index.ts';
import type { EcsBodies, EciBodies } from './response-shapes.ts';
import { eciApi } from '../eci/index.ts';

/** Test support: a fast-timing world on a manual clock, and a way to call operations as the gateway does. */
export interface Harness {
  readonly world: World;
  readonly clock: ManualClock;
  ecs<A extends keyof EcsBodies>(action: A, params: Record<string, string>): Promise<EcsBodies[A]>;
  eci<A extends keyof EciBodies>(action: A, params: Record<string, string>): Promise<EciBodies[A]>;
}

export const TEST_NOW = Date.UTC(2026, 10, 24, 6, 0, 0);

export async function harness(options: Omit<WorldOptions, 'clock'> = {}): Promise<Harness> {
  const clock = new ManualClock(TEST_NOW);
  const world = await createWorld({ timing: 'fast', ...options, clock });
  const call = async (api: ProductApi, action: string, params: Record<string, string>): Promise<unknown> => {
    const operation = api.operations[action];
    if (!operation) throw new Error(`no operation ${action}`);
    return operation({ params, requestId: 'TEST-REQUEST', accessKeyId: 'LOCALCLOUDTESTKEYID' });
  };
  const [ecs, eci] = [ecsApi(world), eciApi(world)];
  return {
    world,
    clock,
    ecs: async (action, params) => (await call(ecs, action, params)) as EcsBodies[typeof action],
    eci: async (action, params) => (await call(eci, action, params)) as EciBodies[typeof action],
  };
}

export async function expectApiError(promise: Promise<unknown>, httpStatus: number, code: string): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect({ httpStatus: (error as ApiError).httpStatus, code: (error as ApiError).code }).toEqual({ httpStatus, code });
  return error as ApiError;
}

/** Seeded instances picked by their role, so tests do not hard-code ids. */
export function instanceNamed(world: World, name: string) {
  const instance = [...world.instances.values()].find((i) => i.spec.instanceName === name);
  if (!instance) throw new Error(`no instance ${name}`);
  return instance;
}

/** `items[index]`, failing the test when the list is shorter. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected at least ${index + 1} items, got ${items.length}`);
  return item;
}
