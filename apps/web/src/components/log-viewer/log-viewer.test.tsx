import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../testing/render-app.tsx';
import { LogViewer, type LogViewerProps } from './log-viewer.tsx';

const esc = '\u001b';
const log = () => screen.getByRole('log', { name: 'Console output' });
const line = (number: number) => log().querySelector(`[data-line-text="${number}"]`);
const row = (number: number) => line(number)?.closest<HTMLElement>('[data-index]');

// jsdom has no layout: the log box gets a height, a scroll range as tall as its rows, and a
// scrollTo that moves scrollTop and reports it, as a browser would.
function fakeLayout() {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return Number.parseFloat((this.firstElementChild as HTMLElement | null)?.style.height ?? '') || 0;
  });
  Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
    this.scrollTop = typeof options === 'object' ? (options.top ?? 0) : 0;
    this.dispatchEvent(new Event('scroll'));
  } as Element['scrollTo'];
}

function renderViewer(props: Partial<LogViewerProps> = {}) {
  return renderApp(<LogViewer text="" fileName="i-1-console" {...props} />);
}

const numbered = (count: number, needles: number[] = []) =>
  Array.from({ length: count }, (_, i) => (needles.includes(i + 1) ? `line ${i + 1} has a Needle` : `line ${i + 1}`)).join('\n');

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(Element.prototype, 'scrollTo');
});

describe('LogViewer', () => {
  it('renders 20,000 lines as a window of rows, with numbers', async () => {
    renderViewer({ text: numbered(20_000) });
    expect(line(1)?.textContent).toBe('line 1');
    expect(screen.getByRole('button', { name: 'Line 1' })).toBeTruthy();
    expect(log().querySelectorAll('[data-index]').length).toBeLessThan(200);
    expect(line(20_000)).toBeNull();
  });

  it('never turns hostile text into elements', () => {
    const text = `<img src=x onerror=alert(1)> ${esc}]8;;javascript:alert(2)${esc}\\docs${esc}]8;;${esc}\\ <a href="javascript:x">a</a>`;
    renderViewer({ text });
    expect(log().querySelectorAll('img, a, script')).toHaveLength(0);
    expect(line(1)?.textContent).toBe('<img src=x onerror=alert(1)> docs <a href="javascript:x">a</a>');
  });

  it('searches case-insensitively, counts matches and moves between them', async () => {
    fakeLayout();
    renderViewer({ text: numbered(1000, [3, 500, 900]) });
    fireEvent.change(screen.getByRole('textbox', { name: 'Search log' }), { target: { value: 'NEEDLE' } });
    expect(await screen.findByText('1 of 3')).toBeTruthy();
    expect(line(3)?.querySelector('mark[data-current]')?.textContent).toBe('Needle');

    fireEvent.click(screen.getByRole('button', { name: 'Next match' }));
    expect(await screen.findByText('2 of 3')).toBeTruthy();
    await waitFor(() => expect(line(500)?.querySelector('mark[data-current]')?.textContent).toBe('Needle'));

    fireEvent.click(screen.getByRole('button', { name: 'Previous match' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous match' }));
    expect(await screen.findByText('3 of 3')).toBeTruthy();
    await waitFor(() => expect(line(900)?.querySelector('mark[data-current]')).not.toBeNull());
  });

  it('says 0 of 0 and disables the arrows when nothing matches', async () => {
    renderViewer({ text: numbered(5) });
    fireEvent.change(screen.getByRole('textbox', { name: 'Search log' }), { target: { value: 'absent' } });
    expect(await screen.findByText('0 of 0')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next match' }).hasAttribute('disabled')).toBe(true);
  });

  it('selects a line range with a click and a Shift-click, and clears it', () => {
    const onSelectRange = vi.fn();
    renderViewer({ text: numbered(10), onSelectRange });
    fireEvent.click(screen.getByRole('button', { name: 'Line 4' }));
    fireEvent.click(screen.getByRole('button', { name: 'Line 2' }), { shiftKey: true });
    expect(onSelectRange).toHaveBeenLastCalledWith({ from: 2, to: 4 });
    expect([1, 2, 3, 4, 5].map((n) => row(n)?.hasAttribute('data-selected'))).toEqual([false, true, true, true, false]);
    expect(screen.getByText('Lines 2–4 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(onSelectRange).toHaveBeenLastCalledWith(null);
    expect(row(3)?.hasAttribute('data-selected')).toBe(false);
  });

  it('shows a highlighted range selected and scrolled into view', async () => {
    fakeLayout();
    renderViewer({ text: numbered(2000), highlightRange: { from: 1500, to: 1502 } });
    expect(screen.getByText('Lines 1500–1502 selected')).toBeTruthy();
    await waitFor(() => expect(row(1501)?.hasAttribute('data-selected')).toBe(true));
    expect(row(1503)?.hasAttribute('data-selected')).toBe(false);
  });

  it('wraps long lines on request, measuring rows instead of fixing their height', () => {
    const long = 'x'.repeat(50_000);
    renderViewer({ text: `short\n${long}` });
    expect(line(2)?.textContent).toHaveLength(50_000);
    expect(row(2)?.style.height).toBe('20px');
    fireEvent.click(screen.getByRole('switch', { name: 'Wrap lines' }));
    expect(row(2)?.style.height).toBe('');
    expect(line(2)?.textContent).toHaveLength(50_000);
  });

  it('marks boot phases and lists problems to jump to', async () => {
    const text = ['SeaBIOS (version 1.16)', 'Linux version 5.10', ...numbered(800).split('\n'), '[FAILED] Failed to start sshd.service'].join('\n');
    fakeLayout();
    renderViewer({ text });
    expect(line(2)?.previousElementSibling?.querySelector('[title="Linux kernel"]')).not.toBeNull();
    fireEvent.click(screen.getByText('Problems (1)'));
    fireEvent.click(await screen.findByRole('button', { name: 'Line 803' }));
    await waitFor(() => expect(row(803)?.hasAttribute('data-trouble')).toBe(true));
  });

  it('copies and downloads the plain text, without colour codes', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:log';
    };
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderViewer({ text: `${esc}[31mred${esc}[0m\nplain\n` });

    fireEvent.click(screen.getByRole('button', { name: /Copy/ }));
    expect(writeText).toHaveBeenCalledWith('red\nplain');
    expect(await screen.findByText('Copied the whole log')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Download/ }));
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('i-1-console.log');
    expect(await blobs[0]?.text()).toBe('red\nplain');
  });
});
