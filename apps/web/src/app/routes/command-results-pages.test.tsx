import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { fakeFetch } from '../../testing/fake-fetch.ts';
import { aSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { aResult, anInvocationDetail, anInvocationSummary } from '../../features/invocations/testing/invocation-fixtures.ts';
import { aRolloutDetail, aRolloutSummary } from '../../features/rollouts/testing/rollout-fixtures.ts';
import { appRoutes } from '../router.tsx';

const shell = (role: 'viewer' | 'operator') => ({
  'GET /api/session': { body: aSession({ role }) },
  'GET /api/meta': { body: { cloudMode: 'cloud', version: '0.0.0' } },
  'GET /api/regions': { body: { items: [] } },
});

describe('the command run and rollout pages', () => {
  it('list the region\'s runs under "Command runs"', async () => {
    fakeFetch({ ...shell('viewer'), 'GET /api/regions/cn-hangzhou/invocations': { body: { items: [anInvocationSummary({ invokeId: 't-1' })], nextCursor: null } } });
    renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/invocations' });
    expect(await screen.findByRole('heading', { name: 'Command runs' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 't-1' })).toBeTruthy();
  });

  it('show a viewer a run with its Stop and Re-run buttons disabled', async () => {
    const running = anInvocationDetail(
      [aResult({ instanceId: 'i-1', status: 'Failed', exitCode: 1 }), aResult({ instanceId: 'i-2', status: 'Running', finishedTime: null })],
      { invokeId: 't-1', status: 'Running' },
    );
    fakeFetch({ ...shell('viewer'), 'GET /api/regions/cn-hangzhou/invocations/t-1': { body: running } });
    renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/invocations/t-1' });
    expect(await screen.findByRole('heading', { name: 'Run of check-disk' })).toBeTruthy();
    const disabled = ['Stop', 'Re-run on failed instances'].map((name) => (screen.getByRole('button', { name }) as HTMLButtonElement).disabled);
    expect(disabled).toEqual([true, true]);
  });

  it('let an operator act on a run', async () => {
    const failed = anInvocationDetail([aResult({ instanceId: 'i-1', status: 'Failed', exitCode: 1 })], { invokeId: 't-1', status: 'Failed' });
    fakeFetch({ ...shell('operator'), 'GET /api/regions/cn-hangzhou/invocations/t-1': { body: failed } });
    renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/invocations/t-1' });
    await screen.findByRole('heading', { name: 'Run of check-disk' });
    expect((screen.getByRole('button', { name: 'Re-run on failed instances' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('list the rollouts and open one', async () => {
    fakeFetch({
      ...shell('operator'),
      'GET /api/regions/cn-hangzhou/rollouts': { body: { items: [aRolloutSummary({ status: 'succeeded' })] } },
      'GET /api/regions/cn-hangzhou/rollouts/ro-1': { body: aRolloutDetail({ status: 'succeeded' }) },
    });
    renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/rollouts' });
    expect(await screen.findByRole('heading', { name: 'Rollouts' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('link', { name: 'patch-openssl' }));
    expect(await screen.findByRole('heading', { name: 'Rollout of patch-openssl' })).toBeTruthy();
  });
});
