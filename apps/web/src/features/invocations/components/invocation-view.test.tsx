import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { InvocationDetail } from '@porthole/contract';
import { fakeFetch } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aResult, anInvocationDetail } from '../testing/invocation-fixtures.ts';
import { InvocationView } from './invocation-view.tsx';

const runPath = '/api/regions/cn-hangzhou/invocations/t-1';
const hostile = '<img src=x onerror=alert(1)>\n\u001b]0;owned\u0007\u001b[31mred alert\u001b[0m\u001b[2J\nthird line\n';

function renderRun(detail: InvocationDetail | (() => InvocationDetail)) {
  const fake = fakeFetch({ [`GET ${runPath}`]: () => ({ body: typeof detail === 'function' ? detail() : detail }) });
  const view = renderApp(<InvocationView region="cn-hangzhou" invokeId="t-1" canOperate />);
  return { ...fake, ...view };
}

const rowOf = (name: string) => {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};
/** The instance names in the results table, top to bottom. */
const rowNames = () => {
  const table = screen.getByRole('columnheader', { name: 'Duration' }).closest('table');
  if (!table) throw new Error('no results table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td span')?.textContent);
};

const mixed = anInvocationDetail(
  [
    aResult({ instanceId: 'i-1', instanceName: 'web-01', output: 'ok\n' }),
    aResult({ instanceId: 'i-2', instanceName: 'web-02', output: 'ok\n' }),
    aResult({ instanceId: 'i-3', instanceName: 'web-03', output: 'ok\n' }),
    aResult({
      instanceId: 'i-4',
      instanceName: 'db-01',
      status: 'Failed',
      exitCode: 2,
      output: 'disk full\n',
      errorCode: 'ExecutionTimeout',
      errorInfo: 'the command execution has been timeout',
    }),
    aResult({ instanceId: 'i-5', instanceName: 'db-02', status: 'Aborted', exitCode: null, output: '', errorCode: 'InstanceNotRunning' }),
  ],
  { invokeId: 't-1', commandName: 'check-disk', status: 'PartialFailed' },
);

describe('InvocationView', () => {
  it('shows the run, its rolled-up status, the counts and one row per instance', async () => {
    renderRun(mixed);
    expect(await screen.findByRole('heading', { name: 'Run of check-disk' })).toBeTruthy();
    expect(screen.getByText('t-1')).toBeTruthy();
    expect(screen.getByText('Partially failed')).toBeTruthy();
    expect(screen.getByText('Success: 3')).toBeTruthy();
    expect(screen.getByText('Failed: 1')).toBeTruthy();
    expect(screen.getByText('Aborted: 1')).toBeTruthy();
    const failed = rowOf('db-01');
    expect(within(failed).getByText('2')).toBeTruthy();
    expect(within(failed).getByText('ExecutionTimeout')).toBeTruthy();
    expect(within(failed).getByText(/the command execution has been timeout/)).toBeTruthy();
    expect(within(rowOf('web-01')).getByText('3 s')).toBeTruthy();
    // A finished run is not polled, so it offers no Stop.
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();
  });

  it('shows hostile output as text, in the table and in the full output, never as markup', async () => {
    renderRun(anInvocationDetail([aResult({ instanceId: 'i-1', instanceName: 'web-01', output: hostile, dropped: 2048 })], { invokeId: 't-1' }));
    const row = await waitFor(() => rowOf('web-01'));
    const preview = row.querySelector('code');
    expect(preview?.textContent).toBe('<img src=x onerror=alert(1)>\nred alert');
    expect(document.querySelector('img')).toBeNull();

    fireEvent.click(within(row).getByRole('button', { name: 'Output of web-01' }));
    const log = await screen.findByRole('log', { name: 'Output of web-01' });
    expect(log.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(log.textContent).toContain('red alert');
    expect(log.textContent).not.toContain('owned');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('…2048 bytes dropped by the cloud')).toBeTruthy();
    expect(within(screen.getByRole('dialog')).getByText('Output of web-01')).toBeTruthy();
  });

  it('groups instances that printed the same and filters the table to a group', async () => {
    renderRun(mixed);
    const group = await screen.findByText('3 instances printed:');
    expect(group.closest('div')?.textContent).toContain('ok');
    expect(rowNames()).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Show these instances' }));
    expect(rowNames()).toEqual(['web-01', 'web-02', 'web-03']);
    expect(screen.getByText('Showing 3 instances with the same output')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all instances' }));
    expect(rowNames()).toHaveLength(5);
  });

  it('filters the rows to the failed, the succeeded or the still running instances', async () => {
    renderRun(anInvocationDetail([...mixed.results, aResult({ instanceId: 'i-6', instanceName: 'cache-01', status: 'Running', exitCode: null, finishedTime: null })], { invokeId: 't-1', status: 'Running' }));
    await screen.findByText('cache-01');
    const show = screen.getByRole('radiogroup', { name: 'Show' });
    fireEvent.click(within(show).getByRole('radio', { name: 'Failed' }));
    expect(rowNames()).toEqual(['db-01', 'db-02']);
    fireEvent.click(within(show).getByRole('radio', { name: 'Succeeded' }));
    expect(rowNames()).toEqual(['web-01', 'web-02', 'web-03']);
    fireEvent.click(within(show).getByRole('radio', { name: 'Running' }));
    expect(rowNames()).toEqual(['cache-01']);
    fireEvent.click(within(show).getByRole('radio', { name: 'All' }));
    expect(rowNames()).toHaveLength(6);
  });

  it('updates the table while the run is in progress, and stops polling once it is over', async () => {
    let reads = 0;
    const running = anInvocationDetail([aResult({ instanceId: 'i-1', instanceName: 'web-01', status: 'Running', exitCode: null, output: 'step 1\n', finishedTime: null })], { invokeId: 't-1', status: 'Running' });
    const done = anInvocationDetail([aResult({ instanceId: 'i-1', instanceName: 'web-01', output: 'step 1\nstep 2\n' })], { invokeId: 't-1', status: 'Success' });
    const { requests } = renderRun(() => (++reads === 1 ? running : done));
    await waitFor(() => expect(within(rowOf('web-01')).getByText('Running')).toBeTruthy());
    await waitFor(() => expect(within(rowOf('web-01')).getByText('Success')).toBeTruthy(), { timeout: 5000 });
    expect(rowOf('web-01').querySelector('code')?.textContent).toBe('step 1\nstep 2');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(requests).toHaveLength(2);
  });

  it('stops a running run after confirmation', async () => {
    const running = anInvocationDetail([aResult({ status: 'Running', exitCode: null, finishedTime: null })], { invokeId: 't-1', status: 'Running' });
    const { requests } = fakeFetch({
      [`GET ${runPath}`]: { body: running },
      [`POST ${runPath}/stop`]: { status: 204 },
    });
    renderApp(<InvocationView region="cn-hangzhou" invokeId="t-1" canOperate />);
    fireEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(await requests.find((r) => r.method === 'POST')?.json()).toEqual({});
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
