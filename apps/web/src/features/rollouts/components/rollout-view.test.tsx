import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RolloutDetail } from '@porthole/contract';
import { fakeFetch, type FakeRoutes } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aBatch, aRolloutDetail } from '../testing/rollout-fixtures.ts';
import { RolloutView } from './rollout-view.tsx';

const rolloutPath = '/api/regions/cn-hangzhou/rollouts/ro-1';

const firstBatchDone = aBatch(0, {
  status: 'succeeded',
  invokeId: 't-b1',
  results: [
    { instanceId: 'i-0a', instanceName: 'web-0a', status: 'Success', exitCode: 0 },
    { instanceId: 'i-0b', instanceName: 'web-0b', status: 'Success', exitCode: 0 },
  ],
});
const paused = aRolloutDetail({ status: 'paused', pauseAfterFirstBatch: true, succeeded: 2 }, [firstBatchDone, aBatch(1)]);

/** The BFF's side: GET answers the latest state, so polling after a decision sees the decision too. */
function renderRollout(detail: RolloutDetail, decisions: Partial<Record<'continue' | 'cancel', RolloutDetail>> = {}, canOperate = true) {
  let current = detail;
  const routes: FakeRoutes = { [`GET ${rolloutPath}`]: () => ({ body: current }) };
  for (const [decision, after] of Object.entries(decisions)) {
    routes[`POST ${rolloutPath}/${decision}`] = () => {
      current = after;
      return { body: after };
    };
  }
  const fake = fakeFetch(routes);
  renderApp(<RolloutView region="cn-hangzhou" rolloutId="ro-1" canOperate={canOperate} />);
  return fake;
}

const batch = (number: number) => screen.getByRole('region', { name: `Batch ${number}` });
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('RolloutView', () => {
  it('shows a paused rollout: progress, settings, batches with their runs, and Continue', async () => {
    renderRollout(paused);
    expect(await screen.findByRole('heading', { name: 'Rollout of patch-openssl' })).toBeTruthy();
    expect(screen.getByText('Paused')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Progress' }).getAttribute('aria-valuenow')).toBe('50');
    expect(screen.getByText('2 of 4')).toBeTruthy();
    expect(screen.getByText('Max concurrency 2')).toBeTruthy();
    expect(screen.getByText('Max failures 1')).toBeTruthy();

    expect(within(batch(1)).getByText('Succeeded')).toBeTruthy();
    expect(within(batch(1)).getByText('web-0a')).toBeTruthy();
    expect(within(batch(1)).getByRole('link', { name: 'Open run' }).getAttribute('href')).toBe('/regions/cn-hangzhou/invocations/t-b1');
    expect(within(batch(2)).getByText('Waiting')).toBeTruthy();
    expect(within(batch(2)).getAllByText('Not started')).toHaveLength(2);
    expect(within(batch(2)).queryByRole('link', { name: 'Open run' })).toBeNull();
    expect(button('Continue').disabled).toBe(false);
    expect(button('Cancel rollout').disabled).toBe(false);
  });

  it('continues a paused rollout and shows the state the BFF returns', async () => {
    const resumed = aRolloutDetail({ status: 'running', succeeded: 2 }, [firstBatchDone, aBatch(1, { status: 'running', invokeId: 't-b2' })]);
    const { requests } = renderRollout(paused, { continue: resumed });
    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(within(batch(2)).getByText('Running')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    expect(requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual([`${rolloutPath}/continue`]);
  });

  it('cancels only after confirmation', async () => {
    const running = aRolloutDetail({ status: 'running' }, [aBatch(0, { status: 'running', invokeId: 't-b1' }), aBatch(1)]);
    const cancelled = aRolloutDetail({ status: 'cancelled', stoppedReason: 'Cancelled by alice.' }, [
      aBatch(0, { status: 'running', invokeId: 't-b1' }),
      aBatch(1, { status: 'skipped' }),
    ]);
    const { requests } = renderRollout(running, { cancel: cancelled });
    await screen.findByRole('heading', { name: 'Rollout of patch-openssl' });
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    fireEvent.click(button('Cancel rollout'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep going' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    fireEvent.click(button('Cancel rollout'));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel rollout' }));
    expect(await screen.findByText('Cancelled by alice.')).toBeTruthy();
    expect(within(batch(2)).getByText('Skipped')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel rollout' })).toBeNull();
  });

  it('shows why a halted rollout stopped, with no actions left', async () => {
    renderRollout(
      aRolloutDetail({ status: 'halted', succeeded: 1, failed: 3, maxFailures: 2, stoppedReason: '3 instances failed, more than the 2 allowed.' }, [
        aBatch(0, {
          status: 'failed',
          invokeId: 't-b1',
          results: [
            { instanceId: 'i-0a', instanceName: 'web-0a', status: 'Failed', exitCode: 3 },
            { instanceId: 'i-0b', instanceName: 'web-0b', status: 'Timeout', exitCode: null },
          ],
        }),
        aBatch(1, { status: 'skipped' }),
      ]),
    );
    expect(await screen.findByText('Halted')).toBeTruthy();
    expect(screen.getByText('3 instances failed, more than the 2 allowed.')).toBeTruthy();
    // The batch's own status and its failed instance's.
    expect(within(batch(1)).getAllByText('Failed')).toHaveLength(2);
    expect(within(batch(1)).getByText('3')).toBeTruthy();
    expect(within(batch(1)).getByText('Timed out')).toBeTruthy();
    expect(within(batch(2)).getByText('Skipped')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel rollout' })).toBeNull();
  });

  it('shows a viewer the decisions disabled, and says why', async () => {
    renderRollout(paused, {}, false);
    await screen.findByRole('heading', { name: 'Rollout of patch-openssl' });
    expect([button('Continue').disabled, button('Cancel rollout').disabled]).toEqual([true, true]);
    fireEvent.pointerEnter(button('Continue'));
    expect((await screen.findByRole('tooltip')).textContent).toBe('Operators and admins only');
  });

  it('shows the refusal when continuing fails', async () => {
    fakeFetch({
      [`GET ${rolloutPath}`]: { body: paused },
      [`POST ${rolloutPath}/continue`]: { status: 409, body: { error: { code: 'ROLLOUT_STATE', message: 'Only a paused rollout can continue; this one is cancelled.', statusCode: 409, requestId: 'req-3' } } },
    });
    renderApp(<RolloutView region="cn-hangzhou" rolloutId="ro-1" canOperate />);
    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('The rollout cannot do that in its current state')).toBeTruthy();
  });
});
