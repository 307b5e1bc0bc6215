import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { InvocationDetail } from '@porthole/contract';
import { fakeFetch, type FakeRoutes } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aResult, anInvocationDetail } from '../testing/invocation-fixtures.ts';
import { InvocationView } from './invocation-view.tsx';

const runPath = '/api/regions/cn-hangzhou/invocations/t-1';
const failedRun = anInvocationDetail(
  [
    aResult({ instanceId: 'i-1', instanceName: 'web-01' }),
    aResult({ instanceId: 'i-2', instanceName: 'web-02', status: 'Failed', exitCode: 1, output: 'boom\n' }),
    aResult({ instanceId: 'i-3', instanceName: 'web-03', status: 'Timeout', exitCode: null, output: '' }),
  ],
  { invokeId: 't-1', commandName: 'deploy', status: 'PartialFailed' },
);
const unavailable = { status: 503, body: { error: { code: 'CLOUD_UNAVAILABLE', message: 'connect ECONNREFUSED', statusCode: 503, requestId: 'req-9' } } };
const started = { status: 201, body: { invokeId: 't-2', commandId: 'c-1', instanceCount: 2, dryRun: false } };

function renderRun(detail: InvocationDetail, routes: FakeRoutes = {}, canOperate = true) {
  const fake = fakeFetch({ [`GET ${runPath}`]: { body: detail }, ...routes });
  const view = renderApp(<InvocationView region="cn-hangzhou" invokeId="t-1" canOperate={canOperate} />, {
    url: '/regions/cn-hangzhou/invocations/t-1',
    path: '/regions/:region/invocations/:invokeId',
  });
  return { ...fake, ...view };
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const rerunBodies = (requests: Request[]) =>
  Promise.all(requests.filter((r) => r.url.endsWith('/rerun')).map((r) => r.clone().json() as Promise<{ clientToken: string; only: string }>));

describe('re-running on the failed instances', () => {
  it('asks first, sends only "failed", retries with the same token and opens the new run', async () => {
    const replies = [unavailable, started];
    const { requests, router } = renderRun(failedRun, { [`POST ${runPath}/rerun`]: () => replies.shift() ?? started });
    fireEvent.click(await screen.findByRole('button', { name: 'Re-run on failed instances' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Re-run on 2 failed instances?')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Re-run' }));
    expect(await within(dialog).findByText('The cloud cannot be reached')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Re-run' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/regions/cn-hangzhou/invocations/t-2'));
    const bodies = await rerunBodies(requests);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]?.only).toBe('failed');
    expect(bodies[0]?.clientToken).toMatch(/^[0-9a-f]{32}$/);
    expect(bodies[1]).toEqual(bodies[0]);
  });

  it('keeps the token across a double click and across closing and re-opening the dialog', async () => {
    const replies = [unavailable, started];
    const { requests } = renderRun(failedRun, { [`POST ${runPath}/rerun`]: () => replies.shift() ?? started });
    fireEvent.click(await screen.findByRole('button', { name: 'Re-run on failed instances' }));
    let dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Re-run' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Re-run' }));
    expect(await within(dialog).findByText('The cloud cannot be reached')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(button('Re-run on failed instances'));
    dialog = await screen.findByRole('dialog');
    // A fresh dialog: the old error is gone.
    expect(within(dialog).queryByText('The cloud cannot be reached')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Re-run' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The double click sent one request; the second try after re-opening sent the same token.
    const bodies = await rerunBodies(requests);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]?.clientToken).toBe(bodies[0]?.clientToken);
  });

  it('is offered only when an instance failed', async () => {
    renderRun(anInvocationDetail([aResult()], { invokeId: 't-1' }));
    await screen.findByRole('heading', { name: 'Run of check-disk' });
    expect(button('Re-run on failed instances').disabled).toBe(true);
  });
});

describe('for a viewer', () => {
  it('disables Stop and Re-run, says why, and still allows the download', async () => {
    const running = anInvocationDetail([...failedRun.results, aResult({ instanceId: 'i-4', instanceName: 'web-04', status: 'Running', finishedTime: null })], {
      invokeId: 't-1',
      status: 'Running',
    });
    renderRun(running, {}, false);
    await screen.findByRole('heading', { name: 'Run of check-disk' });
    expect([button('Stop').disabled, button('Re-run on failed instances').disabled, button('Download outputs').disabled]).toEqual([true, true, false]);
    fireEvent.pointerEnter(button('Stop'));
    expect((await screen.findByRole('tooltip')).textContent).toBe('Operators and admins only');
  });
});

describe('downloading the outputs', () => {
  it('saves one plain-text file with a header line per instance', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:outputs';
    };
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderRun(anInvocationDetail([aResult({ instanceId: 'i-1', instanceName: 'web-01', output: '\u001b[32mok\u001b[0m\n' }), failedRun.results[1] ?? aResult()], { invokeId: 't-1' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Download outputs' }));
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('t-1-outputs.log');
    expect(await blobs[0]?.text()).toBe(
      '===== web-01 (i-1): Success, exit code 0 =====\nok\n\n===== web-02 (i-2): Failed, exit code 1 =====\nboom\n',
    );
  });
});

describe('a periodic run', () => {
  it('lists each execution, with more on request', async () => {
    const periodic = anInvocationDetail([aResult({ instanceId: 'i-1', instanceName: 'web-01', status: 'Success', repeats: 3 })], {
      invokeId: 't-1',
      repeatMode: 'Period',
      frequency: 'rate(5m)',
      status: 'Success',
    });
    const { requests } = renderRun(periodic, {
      [`GET ${runPath}/history`]: (request) =>
        new URL(request.url).searchParams.get('cursor') === 'page-2'
          ? { body: { items: [aResult({ instanceName: 'web-01', repeats: 1, startTime: '2026-11-24T09:50:00Z', output: 'first run\n' })], nextCursor: null } }
          : {
              body: {
                items: [
                  aResult({ instanceName: 'web-01', repeats: 3, startTime: '2026-11-24T10:00:00Z', output: 'third run\n' }),
                  aResult({ instanceName: 'web-01', repeats: 2, startTime: '2026-11-24T09:55:00Z', status: 'Failed', exitCode: 7, output: 'second run\n' }),
                ],
                nextCursor: 'page-2',
              },
            },
    });
    expect(await screen.findByText('Periodic: rate(5m)')).toBeTruthy();
    const executions = await screen.findByText('Executions');
    const card = executions.closest('.ant-card');
    if (!(card instanceof HTMLElement)) throw new Error('no executions card');
    expect(await within(card).findByText('third run')).toBeTruthy();
    expect(within(card).getByText('7')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Load more' }));
    expect(await within(card).findByText('first run')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(requests.filter((r) => r.url.includes('/history')).map((r) => new URL(r.url).searchParams.get('cursor'))).toEqual([null, 'page-2']);
  });
});
