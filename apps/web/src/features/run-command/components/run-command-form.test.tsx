import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RunCommandBody } from '@porthole/contract';
import { fakeFetch, type FakeRoutes } from '../../../testing/fake-fetch.ts';
import { anInstance, anInstanceList } from '../../../testing/fixtures.ts';
import { aRolloutDetail, aSavedCommand, aTarget, commandList } from '../testing/run-fixtures.ts';
import { renderRunForm } from '../testing/render-run-form.tsx';

const base = '/api/regions/cn-hangzhou';
const greet = aSavedCommand();
const targets = [aTarget('i-web01', 'web-01'), aTarget('i-web02', 'web-02'), aTarget('i-db01', 'db-01', { status: 'Stopped', agent: 'stopped' })];
const preset = { commandId: greet.id, instanceIds: targets.map((t) => t.instanceId) };
const cloudDown = { status: 502, body: { error: { code: 'CLOUD_UNAVAILABLE', message: 'The cloud did not answer', statusCode: 502, requestId: 'req-1' } } };

function fakeApi(extra: FakeRoutes = {}) {
  return fakeFetch({
    [`GET ${base}/commands`]: (request) => ({ body: commandList(new URL(request.url).searchParams.get('source') === 'custom' ? [greet] : []) }),
    [`GET ${base}/instances`]: { body: anInstanceList([anInstance({ id: 'i-web01', name: 'web-01' })]) },
    [`POST ${base}/command-targets`]: { body: { instances: targets, unknownInstanceIds: [] } },
    ...extra,
  });
}

const runs = (requests: Request[]) =>
  Promise.all(requests.filter((r) => r.method === 'POST' && r.url.endsWith('/invocations')).map((r) => r.clone().json() as Promise<RunCommandBody>));

async function openReview() {
  const review = await screen.findByRole('button', { name: 'Review and run' });
  await waitFor(() => expect((review as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(review);
  return screen.findByRole('dialog');
}

describe('RunCommandForm', () => {
  it('counts the selection, names the instances without a running agent and leaves them out', async () => {
    const { requests } = fakeApi({ [`POST ${base}/invocations`]: { status: 201, body: { invokeId: 't-1', commandId: greet.id, instanceCount: 2, dryRun: false } } });
    renderRunForm(preset);
    expect(await screen.findByText('3 instances selected')).toBeTruthy();
    expect(screen.getByText('1 instance has no running Cloud Assistant agent and will be skipped: db-01')).toBeTruthy();
    expect(((await screen.findByRole('textbox', { name: 'who' })) as HTMLInputElement).value).toBe('world');

    const dialog = await openReview();
    expect(within(dialog).getByText('Run greet on 2 instances?')).toBeTruthy();
    expect(dialog.textContent).toContain('On 2 instances: web-01, web-02');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Run' }));
    expect(await screen.findByText('Landed on /regions/cn-hangzhou/invocations/t-1')).toBeTruthy();

    const resolve = requests.find((r) => r.url.endsWith('/command-targets'));
    expect(await resolve?.json()).toEqual({ target: { kind: 'instances', instanceIds: preset.instanceIds } });
    const [body] = await runs(requests);
    expect(body).toEqual({
      command: { kind: 'saved', commandId: greet.id },
      parameters: { who: 'world' },
      terminationMode: 'Process',
      clientToken: expect.stringMatching(/^[0-9a-f]{32}$/),
      target: { kind: 'instances', instanceIds: ['i-web01', 'i-web02'] },
      schedule: { kind: 'now' },
    });
  });

  it('sends one request for a double click, and the same token when the run is retried', async () => {
    let attempt = 0;
    const { requests } = fakeApi({
      [`POST ${base}/invocations`]: () => (++attempt === 1 ? cloudDown : { status: 201, body: { invokeId: 't-2', commandId: greet.id, instanceCount: 2, dryRun: false } }),
    });
    renderRunForm(preset);
    const dialog = await openReview();
    const run = within(dialog).getByRole('button', { name: 'Run' });
    fireEvent.click(run);
    fireEvent.click(run);
    expect(await within(dialog).findByText('The cloud did not answer')).toBeTruthy();
    expect(await runs(requests)).toHaveLength(1);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Run' }));
    expect(await screen.findByText('Landed on /regions/cn-hangzhou/invocations/t-2')).toBeTruthy();
    const [first, retry] = await runs(requests);
    expect(retry?.clientToken).toBe(first?.clientToken);
  });

  it('makes a new token once the form changes', async () => {
    const { requests } = fakeApi({ [`POST ${base}/invocations`]: cloudDown });
    renderRunForm(preset);
    let dialog = await openReview();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Run' }));
    expect(await within(dialog).findByText('The cloud did not answer')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.change(screen.getByRole('textbox', { name: 'who' }), { target: { value: 'team' } });
    dialog = await openReview();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Run' }));
    await waitFor(async () => expect(await runs(requests)).toHaveLength(2));
    const [first, second] = await runs(requests);
    expect(second?.parameters).toEqual({ who: 'team' });
    expect(second?.clientToken).not.toBe(first?.clientToken);
  });

  it('runs a dry run in place and says how many instances could run it', async () => {
    const { requests } = fakeApi({ [`POST ${base}/invocations`]: { status: 201, body: { invokeId: null, commandId: greet.id, instanceCount: 2, dryRun: true } } });
    renderRunForm(preset);
    await screen.findByText('3 instances selected');
    fireEvent.click(screen.getByRole('switch', { name: 'Dry run' }));
    const dialog = await openReview();
    expect(within(dialog).getByText('Check greet on 2 instances?')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Dry run passed: 2 instances can run this command')).toBeTruthy();
    const [body] = await runs(requests);
    expect(body?.dryRun).toBe(true);
  });

  it('starts a rollout instead when batches are asked for', async () => {
    const { requests } = fakeApi({
      [`POST ${base}/rollouts`]: { status: 201, body: aRolloutDetail('ro-1', 2) },
    });
    renderRunForm(preset);
    await screen.findByText('3 instances selected');
    fireEvent.click(screen.getByRole('switch', { name: 'Roll out in batches' }));
    fireEvent.change(await screen.findByRole('spinbutton', { name: 'Max failures' }), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pause after the first batch' }));
    const dialog = await openReview();
    expect(within(dialog).getByText('Roll out greet to 2 instances?')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start rollout' }));
    expect(await screen.findByText('Landed on /regions/cn-hangzhou/rollouts/ro-1')).toBeTruthy();
    expect(await requests.find((r) => r.url.endsWith('/rollouts'))?.json()).toMatchObject({
      target: { kind: 'instances', instanceIds: ['i-web01', 'i-web02'] },
      maxConcurrency: 2,
      maxFailures: 1,
      pauseAfterFirstBatch: true,
    });
  });

  it('shows a viewer the form with every control disabled, and resolves nothing', async () => {
    const { requests } = fakeApi();
    renderRunForm(preset, false);
    expect(((await screen.findByRole('textbox', { name: 'who' })) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('radio', { name: 'Script' }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('radio', { name: 'Tag' }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('switch', { name: 'Dry run' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Review and run' }) as HTMLButtonElement).disabled).toBe(true);
    expect(requests.some((r) => r.url.endsWith('/command-targets'))).toBe(false);
  });
});
