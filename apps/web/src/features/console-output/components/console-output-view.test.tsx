import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeFetch, queriesTo } from '../../../testing/fake-fetch.ts';
import { aConsoleOutput } from '../../../testing/fixtures.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { ConsoleOutputView } from './console-output-view.tsx';

const consolePath = '/api/regions/cn-hangzhou/instances/i-1/console-output';

function renderView() {
  return renderApp(<ConsoleOutputView region="cn-hangzhou" id="i-1" />);
}

const log = () => screen.getByRole('log', { name: 'Console output' });

describe('ConsoleOutputView', () => {
  it('shows a skeleton while loading', () => {
    fakeFetch({ [`GET ${consolePath}`]: () => new Promise(() => undefined) });
    const { container } = renderView();
    expect(container.querySelector('.ant-skeleton')).not.toBeNull();
    expect(screen.queryByRole('log')).toBeNull();
  });

  it('renders the text with its colours, and markup as text', async () => {
    fakeFetch({ [`GET ${consolePath}`]: { body: aConsoleOutput('\u001b[32m[  OK  ]\u001b[0m Started <b>sshd</b>\nlogin: ') } });
    renderView();
    await screen.findByRole('log', { name: 'Console output' });
    expect(log().textContent).toBe('[  OK  ] Started <b>sshd</b>\nlogin: ');
    expect(log().querySelector('b')).toBeNull();
    expect((log().querySelector('span[style]') as HTMLElement).style.color).toBe('rgb(0, 187, 0)');
    // As the API gives it, and in the viewer's zone (a <time> element carrying the exact instant).
    expect(screen.getByText(/2026-11-24 18:00:00/)).toBeTruthy();
    expect(document.querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-24T10:00:00Z');
  });

  it('says so when the instance has written nothing', async () => {
    fakeFetch({ [`GET ${consolePath}`]: { body: aConsoleOutput('') } });
    renderView();
    expect(await screen.findByText('The instance has written no console output yet')).toBeTruthy();
    expect(screen.queryByRole('log')).toBeNull();
  });

  it('explains a refusal with the cloud code and message', async () => {
    fakeFetch({
      [`GET ${consolePath}`]: {
        status: 400,
        body: {
          error: {
            code: 'CLOUD_NOT_SUPPORTED',
            message: 'Console output is not available for this instance',
            statusCode: 400,
            requestId: 'req-3',
            cloud: { code: 'InvalidOperation.WindowsNotSupported', message: 'Windows is not supported', requestId: 'CLOUD-3' },
          },
        },
      },
    });
    renderView();
    expect(await screen.findByText('Console output is not available for this instance', { selector: '.ant-alert-title' })).toBeTruthy();
    expect(screen.getByText('InvalidOperation.WindowsNotSupported')).toBeTruthy();
    expect(screen.getByText(/Windows is not supported/)).toBeTruthy();
    expect(screen.getByText('CLOUD-3')).toBeTruthy();
    expect(screen.getByText('req-3')).toBeTruthy();
  });

  it('asks again on Refresh, and with RemoveSymbols when switched', async () => {
    let calls = 0;
    const { requests } = fakeFetch({
      [`GET ${consolePath}`]: () => {
        calls += 1;
        return { body: aConsoleOutput(`boot ${calls}`) };
      },
    });
    renderView();
    await waitFor(() => expect(log().textContent).toBe('boot 1'));
    fireEvent.click(screen.getByRole('button', { name: /Refresh/ }));
    await waitFor(() => expect(log().textContent).toBe('boot 2'));
    fireEvent.click(screen.getByRole('switch', { name: 'Remove symbols' }));
    await waitFor(() => expect(log().textContent).toBe('boot 3'));
    expect(queriesTo(requests, consolePath).map((q) => q.get('removeSymbols'))).toEqual(['false', 'false', 'true']);
  });
});
