import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, queriesTo } from '../../../testing/fake-fetch.ts';
import { anInstance, anInstanceList } from '../../../testing/fixtures.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { InstancesList } from './instances-list.tsx';

const listPath = '/api/regions/cn-hangzhou/instances';
const instances = [
  anInstance({ id: 'i-1', name: 'web-01', status: 'Running' }),
  anInstance({ id: 'i-2', name: 'db-01', status: 'Stopped', publicIps: [], eip: '39.1.2.3', tags: [] }),
];

function renderList(url = '/regions/cn-hangzhou/instances') {
  return renderApp(<InstancesList region="cn-hangzhou" />, { url, path: '/regions/:region/instances' });
}

describe('InstancesList', () => {
  it('renders a row per instance, with its name linking to the instance page', async () => {
    fakeFetch({ [`GET ${listPath}`]: { body: anInstanceList(instances) } });
    renderList();
    const link = await screen.findByRole('link', { name: 'web-01' });
    expect(link.getAttribute('href')).toBe('/regions/cn-hangzhou/instances/i-1');
    const row = link.closest('tr');
    if (!row) throw new Error('the link is not in a table row');
    expect(within(row).getByText('Running')).toBeTruthy();
    expect(within(row).getByText('i-1')).toBeTruthy();
    expect(within(row).getByText('env: prod')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'db-01' })).toBeTruthy();
    expect(screen.getByText('39.1.2.3')).toBeTruthy();
  });

  it('sends the search text to the server once the user stops typing, and resets to page 1', async () => {
    const { requests } = fakeFetch({
      [`GET ${listPath}`]: (request) => {
        const name = new URL(request.url).searchParams.get('name');
        return { body: anInstanceList(instances.filter((i) => !name || i.name.includes(name))) };
      },
    });
    const { router } = renderList('/regions/cn-hangzhou/instances?page=3');
    await screen.findByRole('link', { name: 'web-01' });
    expect(queriesTo(requests, listPath)[0]?.get('page')).toBe('3');

    const search = screen.getByRole('textbox', { name: 'Search instances' });
    fireEvent.change(search, { target: { value: 'd' } });
    fireEvent.change(search, { target: { value: 'db' } });

    await waitFor(() => expect(screen.queryByRole('link', { name: 'web-01' })).toBeNull(), { timeout: 2000 });
    expect(screen.getByRole('link', { name: 'db-01' })).toBeTruthy();
    const sent = queriesTo(requests, listPath).map((q) => q.get('name'));
    // Debounced: the intermediate "d" never reached the server.
    expect(sent).toEqual([null, 'db']);
    expect(queriesTo(requests, listPath).at(-1)?.get('page')).toBe('1');
    expect(router.state.location.search).toBe('?name=db');
  });

  it('reads the filters from the URL it was opened with', async () => {
    const { requests } = fakeFetch({ [`GET ${listPath}`]: { body: anInstanceList([]) } });
    renderList('/regions/cn-hangzhou/instances?status=Stopped&tagKey=env&tagValue=prod&status2=x');
    expect(await screen.findByText('No instances match')).toBeTruthy();
    const query = queriesTo(requests, listPath)[0];
    expect(Object.fromEntries(query ?? [])).toEqual({ page: '1', pageSize: '20', status: 'Stopped', tagKey: 'env', tagValue: 'prod' });
    expect((screen.getByRole('textbox', { name: 'Tag key' }) as HTMLInputElement).value).toBe('env');
  });

  it('shows the error with its request ids', async () => {
    fakeFetch({
      [`GET ${listPath}`]: {
        status: 503,
        body: { error: { code: 'CLOUD_UNAVAILABLE', message: 'connect ECONNREFUSED', statusCode: 503, requestId: 'req-42' } },
      },
    });
    renderList();
    expect(await screen.findByText('The cloud cannot be reached')).toBeTruthy();
    expect(screen.getByText('req-42')).toBeTruthy();
  });
});
