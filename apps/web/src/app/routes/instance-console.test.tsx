import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { fakeFetch } from '../../testing/fake-fetch.ts';
import { aConsoleOutput, anInstanceDetail, aSession } from '../../testing/fixtures.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { appRoutes } from '../router.tsx';

const base = '/api/regions/cn-hangzhou/instances/i-1';

function renderConsole(status: 'Running' | 'Starting') {
  fakeFetch({
    'GET /api/session': { body: aSession({ role: 'viewer' }) },
    'GET /api/meta': { body: { cloudMode: 'cloud', version: '0.0.0' } },
    'GET /api/regions': { body: { items: [] } },
    [`GET ${base}`]: { body: anInstanceDetail({ id: 'i-1', name: 'web-01', status }) },
    [`GET ${base}/console-output`]: { body: aConsoleOutput('Linux version 5.10\nWelcome to Linux\nlogin: ') },
  });
  return renderApp(null, { routes: appRoutes, url: '/regions/cn-hangzhou/instances/i-1/console' });
}

describe('the console output tab', () => {
  it('offers the lines selected in the viewer for sharing', async () => {
    renderConsole('Running');
    await screen.findByRole('log', { name: 'Console output' });
    fireEvent.click(screen.getByRole('button', { name: 'Line 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Line 2' }), { shiftKey: true });
    fireEvent.click(screen.getByRole('button', { name: /Share/ }));
    const dialog = await screen.findByRole('dialog');
    within(dialog).getByText('Share console output');
    expect(within(dialog).getByRole('radio', { name: 'Selected lines 1–2' })).toBeTruthy();
  });

  it('follows the output of a starting instance', async () => {
    renderConsole('Starting');
    await screen.findByRole('log', { name: 'Console output' });
    expect(screen.getByRole('switch', { name: 'Follow' }).getAttribute('aria-checked')).toBe('true');
  });
});
