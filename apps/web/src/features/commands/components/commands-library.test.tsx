import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch, queriesTo } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aCommand, aCommandList } from '../testing/command-fixtures.ts';
import { CommandsLibrary } from './commands-library.tsx';

const listPath = '/api/regions/cn-hangzhou/commands';
const greet = aCommand();
const common = aCommand({ id: 'c-common-tail', name: 'ACS-tail-log', provider: 'AlibabaCloud', parameterNames: ['path', 'lines'] });

function renderLibrary(canOperate = true) {
  return renderApp(<CommandsLibrary region="cn-hangzhou" canOperate={canOperate} />, {
    url: '/regions/cn-hangzhou/commands', path: '/regions/:region/commands',
  });
}

const rowOf = async (name: string) => {
  const row = (await screen.findByText(name)).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('CommandsLibrary', () => {
  it('lists the account\'s commands with their parameters, and the cloud\'s apart with only Run', async () => {
    const { requests } = fakeFetch({
      [`GET ${listPath}`]: (request) =>
        new URL(request.url).searchParams.get('source') === 'common' ? { body: aCommandList([common]) } : { body: aCommandList([greet]) },
    });
    renderLibrary();
    const row = await rowOf('greet');
    expect(within(row).getByText('Shell script')).toBeTruthy();
    expect(within(row).getByText('who')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Edit' })).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'Common commands' }));
    const commonRow = await rowOf('ACS-tail-log');
    expect(within(commonRow).getByText('path, lines')).toBeTruthy();
    expect(within(commonRow).getByRole('button', { name: 'Run' })).toBeTruthy();
    expect(within(commonRow).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(commonRow).queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(queriesTo(requests, listPath).map((q) => q.get('source'))).toEqual(['custom', 'common']);
  });

  it('searches by name after a pause in typing', async () => {
    const { requests } = fakeFetch({ [`GET ${listPath}`]: { body: aCommandList([greet]) } });
    renderLibrary();
    await rowOf('greet');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search commands' }), { target: { value: 'gre' } });
    await waitFor(() => expect(queriesTo(requests, listPath).map((q) => q.get('q'))).toEqual([null, 'gre']));
  });

  it('deletes after confirming and re-reads the list', async () => {
    let items = [greet];
    const { requests } = fakeFetch({
      [`GET ${listPath}`]: () => ({ body: aCommandList(items) }),
      [`DELETE ${listPath}/c-hz01greet`]: () => {
        items = [];
        return { status: 204 };
      },
    });
    renderLibrary();
    fireEvent.click(within(await rowOf('greet')).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Delete greet?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted greet')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('greet')).toBeNull());
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('shows a viewer every command with every control disabled', async () => {
    fakeFetch({ [`GET ${listPath}`]: { body: aCommandList([greet]) } });
    renderLibrary(false);
    const row = await rowOf('greet');
    for (const name of ['Run', 'Edit', 'Delete']) expect((within(row).getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'New command' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
