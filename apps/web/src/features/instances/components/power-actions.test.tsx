import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { InstanceStatus } from '@porthole/contract';
import { fakeFetch } from '../../../testing/fake-fetch.ts';
import { anInstance } from '../../../testing/fixtures.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { PowerActions } from './power-actions.tsx';

const actionPath = '/api/regions/cn-hangzhou/instances/i-1/actions';
const accepted = { status: 202, body: { accepted: true, cloudRequestId: 'CLOUD-1' } };

function renderActions(status: InstanceStatus = 'Running', canOperate = true) {
  return renderApp(
    <PowerActions region="cn-hangzhou" instance={anInstance({ id: 'i-1', name: 'web-01', status })} canOperate={canOperate} />,
  );
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('PowerActions', () => {
  it('enables only the actions that make sense in the current state', () => {
    fakeFetch({});
    renderActions('Running');
    expect([button('Start').disabled, button('Stop').disabled, button('Reboot').disabled]).toEqual([true, false, false]);
  });

  it('disables everything while the instance is changing state', () => {
    fakeFetch({});
    renderActions('Stopping');
    expect([button('Start').disabled, button('Stop').disabled, button('Reboot').disabled]).toEqual([true, true, true]);
  });

  it('disables every action for a user whose role does not allow them, and says why', async () => {
    fakeFetch({});
    renderActions('Stopped', false);
    expect([button('Start').disabled, button('Stop').disabled, button('Reboot').disabled]).toEqual([true, true, true]);
    // React drops mouse events on disabled buttons; the tooltip listens to pointer events too.
    fireEvent.pointerEnter(button('Start'));
    expect((await screen.findByRole('tooltip')).textContent).toBe('Operators and admins only');
  });

  it('asks before rebooting, naming the instance, and sends nothing on Cancel', async () => {
    const { requests } = fakeFetch({ [`POST ${actionPath}`]: accepted });
    renderActions();
    fireEvent.click(button('Reboot'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('web-01');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requests).toHaveLength(0);
  });

  it('reboots on confirmation, with force when ticked, and closes the dialog', async () => {
    const { requests } = fakeFetch({ [`POST ${actionPath}`]: accepted });
    renderActions();
    fireEvent.click(button('Reboot'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('checkbox'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reboot' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(await requests[0]?.json()).toEqual({ action: 'reboot', force: true });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Rebooting web-01')).toBeTruthy();
  });

  it('starts a stopped instance without a force option', async () => {
    const { requests } = fakeFetch({ [`POST ${actionPath}`]: accepted });
    renderActions('Stopped');
    fireEvent.click(button('Start'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(await requests[0]?.json()).toEqual({ action: 'start' });
  });

  it('keeps the dialog open and shows the cloud error when the action is refused', async () => {
    fakeFetch({
      [`POST ${actionPath}`]: {
        status: 409,
        body: {
          error: {
            code: 'CLOUD_INVALID_STATE',
            message: 'The instance cannot be stopped now',
            statusCode: 409,
            requestId: 'req-5',
            cloud: { code: 'IncorrectInstanceStatus', message: 'The current status does not support this', requestId: 'CLOUD-5' },
          },
        },
      },
    });
    renderActions();
    fireEvent.click(button('Stop'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stop' }));
    expect(await within(dialog).findByText('IncorrectInstanceStatus')).toBeTruthy();
    expect(within(dialog).getByText('CLOUD-5')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
