import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RunCommandBody } from '@porthole/contract';
import { typeScript } from '../../../components/script-editor/script-editor-testing.ts';
import { fakeFetch } from '../../../testing/fake-fetch.ts';
import { anInstance, anInstanceList } from '../../../testing/fixtures.ts';
import { renderRunForm } from '../testing/render-run-form.tsx';
import { aTarget, commandList } from '../testing/run-fixtures.ts';

const base = '/api/regions/cn-hangzhou';
const tagged = [aTarget('i-web01', 'web-01'), aTarget('i-web02', 'web-02')];

function fakeApi() {
  return fakeFetch({
    [`GET ${base}/commands`]: { body: commandList([]) },
    [`GET ${base}/instances`]: { body: anInstanceList([anInstance({ id: 'i-web01', name: 'web-01' }), anInstance({ id: 'i-web02', name: 'web-02' })]) },
    [`POST ${base}/command-targets`]: async (request) => {
      const { target } = (await request.clone().json()) as { target: { kind: string; instanceIds?: string[] } };
      return { body: { instances: target.kind === 'instances' ? tagged.filter((t) => target.instanceIds?.includes(t.instanceId)) : tagged, unknownInstanceIds: [] } };
    },
    [`POST ${base}/invocations`]: { status: 201, body: { invokeId: 't-9', commandId: 'c-run-1', instanceCount: 2, dryRun: false } },
  });
}

/** Types into a searchable select and clicks the match (the role="option" nodes are for screen readers only). */
async function choose(combobox: string, search: string, option: string) {
  const input = screen.getByRole('combobox', { name: combobox });
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: search } });
  fireEvent.click(await screen.findByTitle(option));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('RunCommandForm choices', () => {
  it('asks for each {{parameter}} of a typed script by name and sends them', async () => {
    const { requests } = fakeApi();
    renderRunForm({ instanceIds: ['i-web01'] });
    await typeScript('Content', 'echo "{{greeting}}, {{name}}" on {{ACS::InstanceName}}');
    fireEvent.change(await screen.findByRole('textbox', { name: 'greeting' }), { target: { value: 'hi' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'name' }), { target: { value: 'ops' } });
    expect(screen.queryByRole('textbox', { name: 'ACS::InstanceName' })).toBeNull();
    const review = await screen.findByRole('button', { name: 'Review and run' });
    await waitFor(() => expect((review as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(review);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Run' }));
    await screen.findByText('Landed on /regions/cn-hangzhou/invocations/t-9');
    const body = (await requests.find((r) => r.url.endsWith('/invocations'))?.json()) as RunCommandBody;
    expect(body.command).toEqual({ kind: 'inline', type: 'RunShellScript', content: 'echo "{{greeting}}, {{name}}" on {{ACS::InstanceName}}', enableParameter: true });
    expect(body.parameters).toEqual({ greeting: 'hi', name: 'ops' });
  });

  it('selects instances by hand, or resolves a tag to the ids it sends', async () => {
    const { requests } = fakeApi();
    renderRunForm({ instanceIds: [] });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select web-02' }));
    expect(await screen.findByText('1 instance selected')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Tag' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Tag key' }), { target: { value: 'env' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Tag value' }), { target: { value: 'prod' } });
    expect(await screen.findByText('2 instances selected')).toBeTruthy();
    const resolves = await Promise.all(requests.filter((r) => r.url.endsWith('/command-targets')).map((r) => r.clone().json()));
    expect(resolves).toEqual([
      { target: { kind: 'instances', instanceIds: ['i-web02'] } },
      { target: { kind: 'tag', key: 'env', value: 'prod' } },
    ]);
  });

  it('lists the next five cron runs in the chosen zone and in the viewer\'s', async () => {
    vi.stubEnv('TZ', 'Asia/Shanghai');
    fakeApi();
    renderRunForm({ instanceIds: ['i-web01'] });
    fireEvent.click(await screen.findByRole('radio', { name: 'Cron' }));
    expect(((await screen.findByRole('combobox', { name: 'Time zone' })).closest('.ant-select') as HTMLElement).textContent).toBe('Asia/Shanghai');
    fireEvent.change(screen.getByRole('textbox', { name: 'Cron expression' }), { target: { value: '0 0 9 * * ?' } });
    await choose('Time zone', 'Los_Angeles', 'America/Los_Angeles');

    // 09:00 in Los Angeles is 01:00 the next day in Shanghai under PST, 00:00 under PDT.
    const run = /^\d{4}-\d\d-\d\d 09:00 America\/Los_Angeles · \d{4}-\d\d-\d\d 0[01]:00 Asia\/Shanghai \(your time\)$/;
    await waitFor(() => {
      const items = within(screen.getByRole('list', { name: 'Next runs' })).getAllByRole('listitem');
      expect(items.map((item) => item.textContent)).toEqual(Array.from({ length: 5 }, () => expect.stringMatching(run)));
    });
  });

  it('shows the parser\'s reason for a bad schedule and will not run it', async () => {
    fakeApi();
    renderRunForm({ instanceIds: ['i-web01'] });
    await typeScript('Content', 'uptime');
    fireEvent.click(await screen.findByRole('radio', { name: 'Cron' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Cron expression' }), { target: { value: '0 9 * * *' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/field/i);
    expect(screen.queryByRole('list', { name: 'Next runs' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Review and run' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
