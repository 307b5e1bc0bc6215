import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { Role } from '@porthole/contract';
import { fakeFetch } from '../../testing/fake-fetch.ts';
import { aSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { aContainerGroup } from '../../features/container-exec/testing/container-group-fixtures.ts';
import { aRecording } from '../../features/recordings/testing/recording-fixtures.ts';
import { appRoutes } from '../router.tsx';

function renderAs(role: Role, url: string) {
  fakeFetch({
    'GET /api/session': { body: aSession({ name: 'alice', role }) },
    'GET /api/meta': { body: { cloudMode: 'cloud', version: '0.0.0' } },
    'GET /api/regions': { body: { items: [] } },
    'GET /api/regions/cn-hangzhou/container-groups': {
      body: { items: [aContainerGroup(), aContainerGroup({ id: 'eci-empty', name: 'empty-pods', containers: [] })], total: 2 },
    },
    'GET /api/recordings': { body: { items: [aRecording()] } },
  });
  return renderApp(null, { routes: appRoutes, url });
}

const rowOf = (text: string) => screen.getByText(text).closest('tr') as HTMLElement;

describe('container group rows', () => {
  it('offer a shell and a one-shot command to operators, for groups with containers', async () => {
    renderAs('operator', '/regions/cn-hangzhou/container-groups');
    await screen.findByText('web-pods');
    const withContainers = within(rowOf('web-pods'));
    expect(withContainers.getByRole('button', { name: 'Open shell' }).hasAttribute('disabled')).toBe(false);
    expect(withContainers.getByRole('button', { name: 'Run command' }).hasAttribute('disabled')).toBe(false);
    expect(within(rowOf('empty-pods')).getByRole('button', { name: 'Open shell' }).hasAttribute('disabled')).toBe(true);
  });

  it('are disabled for viewers', async () => {
    renderAs('viewer', '/regions/cn-hangzhou/container-groups');
    await screen.findByText('web-pods');
    expect(within(rowOf('web-pods')).getByRole('button', { name: 'Open shell' }).hasAttribute('disabled')).toBe(true);
  });
});

describe('the Recordings page', () => {
  it('is linked from the header for every signed-in user', async () => {
    const { router } = renderAs('viewer', '/regions/cn-hangzhou/container-groups');
    fireEvent.click(await screen.findByRole('link', { name: 'Recordings' }));
    expect(await screen.findByRole('heading', { name: 'Recordings' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/recordings');
    expect(await screen.findByText('web-01')).toBeTruthy();
    expect(screen.queryByRole('switch', { name: 'All users' })).toBeNull();
  });

  it('offers admins the switch to every user\'s recordings', async () => {
    renderAs('admin', '/recordings');
    expect(await screen.findByRole('switch', { name: 'All users' })).toBeTruthy();
  });
});
