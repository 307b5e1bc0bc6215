import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeFetch, queriesTo } from '../../../testing/fake-fetch.ts';
import { aConsoleOutput } from '../../../testing/fixtures.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { ConsoleOutputView, type ConsoleOutputViewProps } from './console-output-view.tsx';

const consolePath = '/api/regions/cn-hangzhou/instances/i-1/console-output';

function renderView(props: Partial<ConsoleOutputViewProps> = {}) {
  return renderApp(<ConsoleOutputView region="cn-hangzhou" id="i-1" {...props} />);
}

const log = () => screen.getByRole('log', { name: 'Console output' });
const lineTexts = () => [...log().querySelectorAll('[data-line-text]')].map((line) => line.textContent);

afterEach(() => {
  vi.useRealTimers();
});

describe('ConsoleOutputView', () => {
  it('shows a skeleton while loading', () => {
    fakeFetch({ [`GET ${consolePath}`]: () => new Promise(() => undefined) });
    const { container } = renderView();
    expect(container.querySelector('.ant-skeleton')).not.toBeNull();
    expect(screen.queryByRole('log')).toBeNull();
  });

  it('renders the lines with their colours, markup as text, and the update time in the reader’s zone', async () => {
    fakeFetch({ [`GET ${consolePath}`]: { body: aConsoleOutput('\u001b[32m[  OK  ]\u001b[0m Started <b>sshd</b>\nlogin: ') } });
    renderView();
    await screen.findByRole('log', { name: 'Console output' });
    expect(lineTexts()).toEqual(['[  OK  ] Started <b>sshd</b>', 'login: ']);
    expect(log().querySelector('b')).toBeNull();
    expect((log().querySelector('span[style]') as HTMLElement).style.color).toBe('rgb(0, 187, 0)');
    const time = document.querySelector('time');
    expect(time?.getAttribute('dateTime')).toBe('2026-11-24T10:00:00Z');
    expect(time?.getAttribute('title')).toBe('2026-11-24 18:00:00 (as reported, UTC+8)');
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
            cloud: { code: 'NotSupported', message: 'The instance type ecs.t1.small is retired.', requestId: 'CLOUD-3' },
          },
        },
      },
    });
    renderView();
    expect(await screen.findByText('Console output is not available for this instance', { selector: '.ant-alert-title' })).toBeTruthy();
    expect(screen.getByText('NotSupported')).toBeTruthy();
    expect(screen.getByText(/ecs\.t1\.small is retired/)).toBeTruthy();
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
    await waitFor(() => expect(lineTexts()).toEqual(['boot 1']));
    fireEvent.click(screen.getByRole('button', { name: /Refresh/ }));
    await waitFor(() => expect(lineTexts()).toEqual(['boot 2']));
    fireEvent.click(screen.getByRole('switch', { name: 'Remove symbols' }));
    await waitFor(() => expect(lineTexts()).toEqual(['boot 3']));
    expect(queriesTo(requests, consolePath).map((q) => q.get('removeSymbols'))).toEqual(['false', 'false', 'true']);
  });

  it('follows a booting instance every 5 seconds and marks the lines that arrived', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const texts = ['Linux version 5.10\n', 'Linux version 5.10\nWelcome to Alibaba Cloud Linux\nlogin: '];
    let calls = 0;
    fakeFetch({ [`GET ${consolePath}`]: () => ({ body: aConsoleOutput(texts[Math.min(calls++, 1)] ?? '') }) });
    renderView({ booting: true });
    await waitFor(() => expect(lineTexts()).toHaveLength(1));
    expect(screen.getByRole('switch', { name: 'Follow' }).getAttribute('aria-checked')).toBe('true');
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    await waitFor(() => expect(lineTexts()).toHaveLength(3));
    const marked = [...log().querySelectorAll('[data-new]')].map((marker) => marker.closest('[data-index]')?.getAttribute('data-index'));
    expect(marked).toEqual(['1', '2']);
  });

  it('does not poll a running instance until Follow is switched on', async () => {
    const { requests } = fakeFetch({ [`GET ${consolePath}`]: { body: aConsoleOutput('login: ') } });
    renderView();
    await waitFor(() => expect(lineTexts()).toEqual(['login: ']));
    expect(screen.getByRole('switch', { name: 'Follow' }).getAttribute('aria-checked')).toBe('false');
    expect(queriesTo(requests, consolePath)).toHaveLength(1);
  });

  it('hands the symbols switch and the selected lines to the toolbar extra', async () => {
    fakeFetch({ [`GET ${consolePath}`]: { body: aConsoleOutput('one\ntwo\nthree\n') } });
    renderView({
      renderToolbarExtra: ({ removeSymbols, selectedRange }) => (
        <output aria-label="extra">{`${removeSymbols} ${selectedRange ? `${selectedRange.from}-${selectedRange.to}` : 'none'}`}</output>
      ),
    });
    await waitFor(() => expect(lineTexts()).toHaveLength(3));
    expect(screen.getByLabelText('extra').textContent).toBe('false none');
    fireEvent.click(screen.getByRole('button', { name: 'Line 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Line 3' }), { shiftKey: true });
    expect(screen.getByLabelText('extra').textContent).toBe('false 1-3');
  });
});
