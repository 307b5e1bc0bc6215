import type { InstanceScreenshot } from '@porthole/contract';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, type FakeReply } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { ScreenshotView } from './screenshot-view.tsx';

const shotPath = '/api/regions/cn-hangzhou/instances/i-1/screenshot';

const aScreenshot = (imageBase64: string): InstanceScreenshot => ({
  instanceId: 'i-1',
  imageBase64,
  takenAt: '2026-11-24T10:00:00Z',
  minIntervalSeconds: 10,
  cloudRequestId: 'CLOUD-REQ-1',
});
const refusal = (code: string, message: string, cloudCode: string): FakeReply => ({
  status: code === 'SCREENSHOT_TOO_SOON' ? 429 : 409,
  body: { error: { code, message, statusCode: 409, requestId: 'req-2', cloud: { code: cloudCode, message: `${cloudCode} said no`, requestId: 'CLOUD-2' } } },
});

// Only the countdown's clock is faked: the queries and findBy* keep their real timers.
beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] }));
afterEach(() => vi.useRealTimers());

const refreshButton = () => screen.getByRole('button', { name: 'Refresh screenshot' }) as HTMLButtonElement;
const image = () => screen.getByRole('img', { name: 'Screenshot of web-01' }) as HTMLImageElement;

describe('ScreenshotView', () => {
  it('shows the JPEG and holds Refresh until the interval has passed', async () => {
    const replies = [aScreenshot('AAAA'), aScreenshot('BBBB')];
    const { requests } = fakeFetch({ [`GET ${shotPath}`]: () => ({ body: replies.shift() }) });
    renderApp(<ScreenshotView region="cn-hangzhou" id="i-1" instanceName="web-01" />);
    await screen.findByRole('img', { name: 'Screenshot of web-01' });
    expect(image().getAttribute('src')).toBe('data:image/jpeg;base64,AAAA');
    expect(refreshButton().disabled).toBe(true);
    expect(screen.getByText('Available again in 10 seconds')).toBeTruthy();

    act(() => vi.advanceTimersByTime(9_000));
    expect(screen.getByText('Available again in 1 second')).toBeTruthy();
    expect(refreshButton().disabled).toBe(true);
    act(() => vi.advanceTimersByTime(1_000));
    expect(refreshButton().disabled).toBe(false);
    expect(screen.queryByText(/Available again/)).toBeNull();

    fireEvent.click(refreshButton());
    await waitFor(() => expect(image().getAttribute('src')).toBe('data:image/jpeg;base64,BBBB'));
    expect(requests).toHaveLength(2);
    expect(refreshButton().disabled).toBe(true);
  });

  it('says plainly that a stopped instance has no screen, with the cloud code', async () => {
    fakeFetch({ [`GET ${shotPath}`]: refusal('CLOUD_INVALID_STATE', 'The instance is Stopped', 'IncorrectInstanceStatus') });
    renderApp(<ScreenshotView region="cn-hangzhou" id="i-1" instanceName="web-01" />);
    expect(await screen.findByText('Screenshots can be taken only while the instance is running')).toBeTruthy();
    expect(screen.getByText('IncorrectInstanceStatus')).toBeTruthy();
    expect(screen.queryByRole('img', { name: /Screenshot of/ })).toBeNull();
    expect(refreshButton().disabled).toBe(false);
  });

  it('keeps the last screenshot and restarts the countdown when the cloud says too soon', async () => {
    const replies: FakeReply[] = [{ body: aScreenshot('AAAA') }, refusal('SCREENSHOT_TOO_SOON', 'Too soon', 'Throttling')];
    fakeFetch({ [`GET ${shotPath}`]: () => replies.shift()! });
    renderApp(<ScreenshotView region="cn-hangzhou" id="i-1" instanceName="web-01" />);
    await screen.findByRole('img', { name: 'Screenshot of web-01' });
    act(() => vi.advanceTimersByTime(10_000));
    fireEvent.click(refreshButton());
    expect(await screen.findByText('Screenshots of an instance can be taken only every few seconds')).toBeTruthy();
    expect(image().getAttribute('src')).toBe('data:image/jpeg;base64,AAAA');
    expect(refreshButton().disabled).toBe(true);
    expect(screen.getByText('Available again in 10 seconds')).toBeTruthy();
  });
});
