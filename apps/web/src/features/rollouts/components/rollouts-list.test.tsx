import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeFetch } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aRolloutSummary } from '../testing/rollout-fixtures.ts';
import { RolloutsList } from './rollouts-list.tsx';

describe('RolloutsList', () => {
  it('shows each rollout with its state, progress and failures, linking to its page', async () => {
    fakeFetch({
      'GET /api/regions/cn-hangzhou/rollouts': {
        body: {
          items: [
            aRolloutSummary({ id: 'ro-1', commandName: 'patch-openssl', status: 'halted', instanceCount: 8, succeeded: 3, failed: 2, createdBy: 'bob' }),
            aRolloutSummary({ id: 'ro-2', commandName: 'restart-nginx', status: 'succeeded', instanceCount: 4, succeeded: 4 }),
          ],
        },
      },
    });
    renderApp(<RolloutsList region="cn-hangzhou" />);
    const link = await screen.findByRole('link', { name: 'patch-openssl' });
    expect(link.getAttribute('href')).toBe('/regions/cn-hangzhou/rollouts/ro-1');
    const row = link.closest('tr');
    if (!row) throw new Error('the link is not in a row');
    expect(within(row).getByText('Halted')).toBeTruthy();
    expect(within(row).getByText('5 of 8')).toBeTruthy();
    expect(within(row).getByText('2')).toBeTruthy();
    expect(within(row).getByText('bob')).toBeTruthy();
    expect(screen.getByText('4 of 4')).toBeTruthy();
  });
});
