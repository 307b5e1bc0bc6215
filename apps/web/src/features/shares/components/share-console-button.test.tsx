import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeFetch } from '../../../testing/fake-fetch.ts';
import { renderApp } from '../../../testing/render-app.tsx';
import { aCreatedShare } from '../testing/share-fixtures.ts';
import { ShareConsoleButton, type ShareConsoleButtonProps } from './share-console-button.tsx';

const instance = { regionId: 'cn-hangzhou', instanceId: 'i-bp1web01', instanceName: 'web-01' };

function renderButton(props: Partial<ShareConsoleButtonProps> = {}) {
  return renderApp(<ShareConsoleButton {...instance} removeSymbols={false} {...props} />);
}

async function openDialog() {
  fireEvent.click(await screen.findByRole('button', { name: 'Share' }));
  const dialog = await screen.findByRole('dialog');
  within(dialog).getByText('Share console output');
  return dialog;
}

async function choose(dialog: HTMLElement, combobox: string, option: string) {
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: combobox }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

const posts = (requests: Request[]) => requests.filter((r) => r.method === 'POST');

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('sharing console output', () => {
  it('shares the selected lines with a note, visibility and expiry, then shows the full link to copy', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { requests } = fakeFetch({ 'POST /api/shares': { status: 201, body: aCreatedShare() } });
    renderButton({ removeSymbols: true, selectedRange: { from: 100, to: 140 } });
    const dialog = await openDialog();

    expect((within(dialog).getByRole('radio', { name: 'Selected lines 100–140' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Note' }), { target: { value: '  cloud-init fails here  ' } });
    await choose(dialog, 'Visibility', 'Anyone with the link');
    await choose(dialog, 'Expires', '7 days');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create link' }));

    await waitFor(() => expect(posts(requests)).toHaveLength(1));
    expect(await posts(requests)[0]?.json()).toEqual({
      regionId: 'cn-hangzhou',
      instanceId: 'i-bp1web01',
      removeSymbols: true,
      range: { from: 100, to: 140 },
      note: 'cloud-init fails here',
      visibility: 'public',
      expiresIn: '7d',
    });
    const link = (await within(dialog).findByRole('textbox', { name: 'Link' })) as HTMLInputElement;
    expect(link.value).toBe(`${window.location.origin}/shared/tok_AAAAAAAAAAAAAAAAAAAAAA`);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(link.value);
  });

  it('shares the whole log with the defaults when nothing is selected, and sends no empty note', async () => {
    const { requests } = fakeFetch({ 'POST /api/shares': { status: 201, body: aCreatedShare({ range: null, redactions: 2 }) } });
    renderButton();
    const dialog = await openDialog();
    expect(within(dialog).queryByRole('radio', { name: /Selected lines/ })).toBeNull();
    expect((within(dialog).getByRole('radio', { name: 'Whole log' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Note' }), { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create link' }));

    await waitFor(() => expect(posts(requests)).toHaveLength(1));
    expect(await posts(requests)[0]?.json()).toEqual({
      regionId: 'cn-hangzhou',
      instanceId: 'i-bp1web01',
      removeSymbols: false,
      visibility: 'signed-in',
      expiresIn: '1d',
    });
    expect(await within(dialog).findByText('2 secrets were replaced by markers.')).toBeTruthy();
  });

  it('shows a refusal in the dialog and keeps the form', async () => {
    fakeFetch({
      'POST /api/shares': {
        status: 403,
        body: { error: { code: 'OUT_OF_SCOPE', message: 'not yours', statusCode: 403, requestId: 'req-5' } },
      },
    });
    renderButton();
    const dialog = await openDialog();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Note' }), { target: { value: 'look' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create link' }));

    expect(await within(dialog).findByText('OUT_OF_SCOPE')).toBeTruthy();
    expect(within(dialog).getByText('req-5')).toBeTruthy();
    expect((within(dialog).getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('look');
    expect(within(dialog).queryByRole('textbox', { name: 'Link' })).toBeNull();
  });
});
