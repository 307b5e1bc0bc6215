import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, queriesTo } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { anInvocationSummary } from '../testing/invocation-fixtures.ts';
import { InvocationsList } from './invocations-list.tsx';

const listPath = '/api/regions/cn-hangzhou/invocations';
const first = anInvocationSummary({ invokeId: 't-1', commandName: 'check-disk', status: 'PartialFailed', instanceCount: 3 });
const periodic = anInvocationSummary({ invokeId: 't-2', commandName: 'rotate-logs', status: 'Scheduled', repeatMode: 'Period', frequency: '0 0 2 * * ?' });
const older = anInvocationSummary({ invokeId: 't-3', commandName: 'uptime', status: 'Failed' });

function renderList(url = '/regions/cn-hangzhou/invocations') {
  return renderApp(<InvocationsList region="cn-hangzhou" />, { url, path: '/regions/:region/invocations' });
}

describe('InvocationsList', () => {
  it('shows each run with a link to it, and loads older runs on request', async () => {
    fakeFetch({
      [`GET ${listPath}`]: (request) =>
        new URL(request.url).searchParams.get('cursor') === 'next'
          ? { body: { items: [older], nextCursor: null } }
          : { body: { items: [first, periodic], nextCursor: 'next' } },
    });
    renderList();
    const link = await screen.findByRole('link', { name: 't-1' });
    expect(link.getAttribute('href')).toBe('/regions/cn-hangzhou/invocations/t-1');
    const row = link.closest('tr');
    if (!row) throw new Error('the link is not in a row');
    expect(within(row).getByText('check-disk')).toBeTruthy();
    expect(within(row).getByText('Partially failed')).toBeTruthy();
    expect(within(row).getByText('3')).toBeTruthy();
    expect(within(row).getByText('Once')).toBeTruthy();
    expect(screen.getByText('Periodic: 0 0 2 * * ?')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 't-3' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 't-1' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('sends the filters to the server and keeps them in the URL', async () => {
    const { requests } = fakeFetch({ [`GET ${listPath}`]: { body: { items: [first], nextCursor: null } } });
    const { router } = renderList('/regions/cn-hangzhou/invocations?status=Failed&bogus=1');
    await screen.findByRole('link', { name: 't-1' });
    expect(Object.fromEntries(queriesTo(requests, listPath)[0] ?? [])).toEqual({ status: 'Failed' });
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Command name' }), { target: { value: 'check' } });
    await waitFor(() => expect(queriesTo(requests, listPath).at(-1)?.get('commandName')).toBe('check'));
    fireEvent.change(screen.getByRole('textbox', { name: 'Instance ID' }), { target: { value: 'i-bp1web01' } });
    await waitFor(() => expect(queriesTo(requests, listPath).at(-1)?.get('instanceId')).toBe('i-bp1web01'));
    expect(Object.fromEntries(queriesTo(requests, listPath).at(-1) ?? [])).toEqual({ status: 'Failed', commandName: 'check', instanceId: 'i-bp1web01' });
    expect(router.state.location.search).toBe('?status=Failed&commandName=check&instanceId=i-bp1web01');
  });

  it('shows the error with its request id', async () => {
    fakeFetch({ [`GET ${listPath}`]: { status: 503, body: { error: { code: 'CLOUD_UNAVAILABLE', message: 'down', statusCode: 503, requestId: 'req-7' } } } });
    renderList();
    expect(await screen.findByText('The cloud cannot be reached')).toBeTruthy();
    expect(screen.getByText('req-7')).toBeTruthy();
  });
});
