import { loadImage, createCanvas } from '@napi-rs/canvas';
import { afterEach, describe, expect, it } from 'vitest';
import { SCREEN_HEIGHT, SCREEN_WIDTH } from '../world/screen-image.ts';
import { SCREENSHOT_MIN_INTERVAL_MS } from './screenshot.ts';
import { expectApiError, harness, instanceNamed, type Harness } from './operation-harness.ts';

let h: Harness;
afterEach(async () => h.world.close());

const shoot = async (name: string) => {
  const { spec } = instanceNamed(h.world, name);
  return h.ecs('GetInstanceScreenshot', { RegionId: spec.regionId, InstanceId: spec.instanceId });
};

/** Decodes the JPEG and counts the pixels brighter than the background, i.e. drawn text. */
async function decode(base64: string) {
  const bytes = Buffer.from(base64, 'base64');
  const image = await loadImage(bytes);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  let lit = 0;
  for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 0) > 128) lit += 1;
  const corner = [data[0], data[1], data[2]];
  return { magic: [...bytes.subarray(0, 3)], width: image.width, height: image.height, lit, corner };
}

describe('GetInstanceScreenshot', () => {
  it('returns a 720x400 JPEG of the console text, light grey on black', async () => {
    h = await harness();
    const body = await shoot('prod-web-01');
    expect(body.InstanceId).toBe(instanceNamed(h.world, 'prod-web-01').spec.instanceId);
    const image = await decode(body.Screenshot);
    expect(image.magic).toEqual([0xff, 0xd8, 0xff]);
    expect({ width: image.width, height: image.height }).toEqual({ width: SCREEN_WIDTH, height: SCREEN_HEIGHT });
    expect(image.corner.every((channel) => (channel ?? 255) < 16)).toBe(true);
    expect(image.lit).toBeGreaterThan(500);
  });

  it('shows a different screen once the console moved on', async () => {
    h = await harness();
    const { spec } = instanceNamed(h.world, 'prod-web-01');
    const before = await shoot('prod-web-01');
    await h.ecs('RebootInstance', { InstanceId: spec.instanceId });
    h.clock.advance(SCREENSHOT_MIN_INTERVAL_MS);
    const after = await shoot('prod-web-01');
    expect(after.Screenshot).not.toBe(before.Screenshot);
  });

  it('refuses calls on one instance closer than 10 seconds, with a retry-after, but not on another', async () => {
    h = await harness();
    await shoot('prod-web-01');
    h.clock.advance(SCREENSHOT_MIN_INTERVAL_MS - 1_000);
    const error = await expectApiError(shoot('prod-web-01'), 429, 'Throttling');
    expect(error.headers['x-acs-retry-after']).toBe('1000');
    await shoot('prod-api-01');
    h.clock.advance(1_000);
    await shoot('prod-web-01');
  });

  it('draws the lock screen of a Windows instance', async () => {
    h = await harness();
    const image = await decode((await shoot('prod-ad-01')).Screenshot);
    expect(image.width).toBe(SCREEN_WIDTH);
    expect(image.corner[2] ?? 0).toBeGreaterThan(100);
  });

  it('answers every error of its API page', async () => {
    h = await harness();
    const web = instanceNamed(h.world, 'prod-web-01').spec;
    await expectApiError(h.ecs('GetInstanceScreenshot', { InstanceId: web.instanceId }), 400, 'MissingParameter');
    await expectApiError(h.ecs('GetInstanceScreenshot', { RegionId: 'cn-hangzhou' }), 400, 'MissingParameter');
    await expectApiError(h.ecs('GetInstanceScreenshot', { RegionId: 'cn-shanghai', InstanceId: web.instanceId }), 404, 'InvalidParameter');
    await expectApiError(h.ecs('GetInstanceScreenshot', { RegionId: 'cn-hangzhou', InstanceId: web.instanceId, WakeUp: 'yes' }), 400, 'InvalidParameter');
    await expectApiError(shoot('prod-etl-01'), 405, 'IncorrectInstanceStatus');
    await expectApiError(shoot('dev-sandbox-01'), 405, 'IncorrectInstanceStatus');
    await expectApiError(shoot('prod-erp-01'), 405, 'NotSupported');
  });
});
