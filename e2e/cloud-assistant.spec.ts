import { expect, test, type Page } from '@playwright/test';
import { ADMIN_PASSWORD } from './e2e-env.ts';
import { signIn } from './session.ts';

// The Cloud Assistant workbench against localcloud, where scripts really run in each instance's
// sandbox: a saved command with a parameter on three instances, a script that fails on one of them
// re-run on that one only, and a rollout over eight instances that halts at its error threshold.

const region = 'cn-hangzhou';
const three = ['prod-web-01', 'prod-web-02', 'prod-api-01'];
const eight = [...three, 'prod-worker-01', 'prod-erp-01', 'prod-web-03', 'staging-search-01', 'prod-monitor-01'];

async function selectInstances(page: Page, names: readonly string[]): Promise<void> {
  await page.getByRole('radio', { name: 'Instances', exact: true }).check();
  for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await expect(page.getByText(`${names.length} instances selected`)).toBeVisible();
}

async function fillContent(page: Page, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Content' });
  await editor.click();
  await editor.fill(text);
}

function resultRow(page: Page, instanceName: string) {
  return page.getByRole('row').filter({ hasText: instanceName });
}

test('create a command with a parameter, run it on three instances, re-run the one that failed', async ({ page }) => {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await page.goto(`/regions/${region}/commands`);
  await expect(page.getByRole('heading', { name: 'Commands' })).toBeVisible();

  await page.getByRole('button', { name: 'New command' }).click();
  const dialog = page.getByRole('dialog', { name: 'New command' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('greet-e2e');
  await fillContent(page, 'echo "hello {{greeting}} from $(whoami) on {{ACS::InstanceName}}"');
  await expect(dialog.getByText('Parameters: greeting')).toBeVisible();
  await dialog.getByRole('switch', { name: 'Use parameters' }).check();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();

  await resultRow(page, 'greet-e2e').getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Run command' })).toBeVisible();
  await page.getByRole('textbox', { name: 'greeting', exact: true }).fill('Porthole');
  await selectInstances(page, three);
  await page.getByRole('button', { name: 'Review and run' }).click();
  await page.getByRole('dialog', { name: 'Run greet-e2e on 3 instances?' }).getByRole('button', { name: 'Run', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'Run of greet-e2e' })).toBeVisible();
  for (const name of three) {
    const row = resultRow(page, name);
    await expect(row.getByText('Success')).toBeVisible({ timeout: 30_000 });
    await expect(row.getByText(`hello Porthole from root on ${name}`)).toBeVisible();
    await expect(row.getByRole('cell', { name: '0', exact: true })).toBeVisible();
  }

  // A script that fails on one instance the first time only: its re-run there succeeds.
  await page.goto(`/regions/${region}/commands/run`);
  await page.getByRole('radio', { name: 'Script' }).check();
  await fillContent(
    page,
    [
      'if [ "{{ACS::InstanceName}}" = "prod-web-02" ] && [ ! -e "$HOME/.second-try" ]; then',
      '  touch "$HOME/.second-try"; echo "not ready yet" >&2; exit 4',
      'fi',
      'echo "ready on {{ACS::InstanceName}}"',
    ].join('\n'),
  );
  await selectInstances(page, three);
  await page.getByRole('button', { name: 'Review and run' }).click();
  await page.getByRole('dialog', { name: /on 3 instances\?$/ }).getByRole('button', { name: 'Run', exact: true }).click();

  await expect(page.getByRole('heading', { name: /^Run of / })).toBeVisible();
  await expect(resultRow(page, 'prod-web-02').getByRole('cell', { name: '4', exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(resultRow(page, 'prod-web-01').getByText('ready on prod-web-01')).toBeVisible();
  const firstRun = page.url();
  await page.getByRole('button', { name: 'Re-run on failed instances' }).click();
  await page.getByRole('dialog', { name: /Re-run on 1 failed instance/ }).getByRole('button', { name: 'Re-run' }).click();
  await expect(page).not.toHaveURL(firstRun);
  await expect(resultRow(page, 'prod-web-02').getByText('ready on prod-web-02')).toBeVisible({ timeout: 30_000 });
  await expect(resultRow(page, 'prod-web-01')).toHaveCount(0);
});

test('a rollout over eight instances with concurrency 2 halts when failures exceed the threshold', async ({ page }) => {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await page.goto(`/regions/${region}/commands/run`);
  await page.getByRole('radio', { name: 'Script' }).check();
  // Four of the eight fail, so at least two failures land before the last batch: it is never reached.
  await fillContent(page, 'case "{{ACS::InstanceName}}" in prod-web-0*|prod-api-01) echo "broken here"; exit 1;; esac\necho fine');
  await selectInstances(page, eight);
  await page.getByRole('switch', { name: 'Roll out in batches' }).check();
  await page.getByRole('spinbutton', { name: 'Max concurrency' }).fill('2');
  await page.getByRole('spinbutton', { name: 'Max failures' }).fill('1');
  await page.getByRole('button', { name: 'Review and run' }).click();
  await page.getByRole('dialog', { name: /to 8 instances\?$/ }).getByRole('button', { name: 'Start rollout' }).click();

  await expect(page.getByRole('heading', { name: /^Rollout of / })).toBeVisible();
  await expect(page.getByText('Halted', { exact: true }).first()).toBeVisible({ timeout: 60_000 });
  const lastBatch = page.getByRole('region', { name: 'Batch 4' });
  await expect(lastBatch.getByText('Skipped')).toBeVisible();
});
