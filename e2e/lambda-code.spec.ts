/**
 * A sample that runs the function's own code (issue 4): the handler runs in a Web Worker without
 * network, its console lines show in the Lambda stage, a handler that never returns is stopped at
 * the function's timeout (1 s here, to keep the test short) while the page keeps answering, and a
 * handler calling fetch gets the no-network error.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { methodItem, withSavedData } from './helpers';

const FOUND = [
  'exports.handler = async (event, context) => {',
  '  console.log("looking up", event.pathParameters.petId);',
  '  console.warn("remaining", context.getRemainingTimeInMillis() > 0);',
  '  return { statusCode: 200, headers: { "Content-Type": "application/json" }, body: JSON.stringify({ pet: event.pathParameters.petId }) };',
  '};',
].join('\n');

const design = {
  version: 1,
  stack: { id: 'PetsStack', env: { account: '123456789012', region: 'eu-west-1' } },
  api: { id: 'PetsApi' },
  functions: [
    {
      id: 'Pets',
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      code: { inline: FOUND },
      timeout: { seconds: 1 },
    },
  ],
  methods: [{ path: '/pets/{petId}', httpMethod: 'GET', function: 'Pets' }],
  samples: [
    {
      name: 'pet 7',
      method: 'GET /pets/{petId}',
      request: { method: 'GET', path: '/pets/{petId}', pathParameters: { petId: '7' } },
      lambda: { result: { statusCode: 200, body: 'stated' } },
    },
  ],
};

async function setCode(page: Page, code: string) {
  await page
    .getByRole('region', { name: 'Sample request' })
    .getByLabel("Function's code (code)", { exact: true })
    .fill(code);
}

test('a sample runs the function code: result, console lines, time limit, no network', async ({ page }) => {
  await withSavedData(page, JSON.stringify({ app: 'integration-studio', version: 1, savedAt: '', design }));
  await methodItem(page, 'GET /pets/{petId}').click();
  const samples = page.getByRole('region', { name: 'Sample request' });
  await page.getByRole('tab', { name: 'Simulation' }).click();
  const simulation = page.getByRole('tabpanel', { name: 'Simulation' });
  await expect(simulation).toContainText('stated');

  await samples.getByRole('radio', { name: 'Run the function’s code (runCode)' }).check();
  await expect(samples.getByLabel("Function's code (code)", { exact: true })).toHaveValue(FOUND);
  await expect(simulation).toContainText('{"pet":"7"}');
  await expect(simulation).toContainText('HTTP 200');
  await expect(simulation).toContainText('Function log: INFO looking up 7');
  await expect(simulation).toContainText('Function log: WARN remaining true');
  const axe = await new AxeBuilder({ page }).include('.lambda-outcome').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // A handler that never returns: stopped at the 1 s timeout, and the page keeps answering meanwhile.
  await setCode(page, 'exports.handler = async () => { console.log("spinning"); while (true) {} };');
  const status = samples.getByRole('status').filter({ hasText: 'Running the function’s code' });
  await expect(status).toBeVisible();
  await expect(status).toContainText('of 1.0 s');
  await expect(status.getByRole('button', { name: 'Stop' })).toBeEnabled();
  await expect(
    simulation.getByRole('status').filter({ hasText: 'Running the function’s code' }),
  ).toBeVisible();
  await expect(simulation).toContainText('Task timed out after 1.00 seconds');
  await expect(simulation).toContainText('HTTP 502');
  await expect(simulation).toContainText('Function log: INFO spinning');
  await expect(status).toBeHidden();

  // Stop ends a run at once.
  await setCode(page, 'exports.handler = async () => { while (true) {} }; // stop me');
  await status.getByRole('button', { name: 'Stop' }).click();
  await expect(simulation).toContainText(
    "Stopped: the function's code was stopped before the handler finished.",
  );

  // No network: fetch throws the simulator's error, which becomes the function error.
  await setCode(
    page,
    'exports.handler = async () => { const r = await fetch("https://example.com/pets/7"); return { statusCode: 200, body: await r.text() }; };',
  );
  await expect(simulation).toContainText('No network in the simulated Lambda');
  await expect(simulation).toContainText('HTTP 502');

  // The choice is saved with the design.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('integration-studio:design') ?? ''))
    .toContain('"runCode":true');
});

test('Run all runs the samples that run code in the worker, with progress and Stop', async ({ page }) => {
  // "slow" never returns within its 30 s: the suite stops on Stop, not at the time limit.
  const code = [
    'exports.handler = async (event) => {',
    '  await new Promise((resolve) => setTimeout(resolve, 300));',
    '  if (event.pathParameters.petId === "slow") while (true) {}',
    '  return { statusCode: 200, body: JSON.stringify({ pet: event.pathParameters.petId }) };',
    '};',
  ].join('\n');
  const request = (petId: string) => ({ method: 'GET', path: '/pets/{petId}', pathParameters: { petId } });
  const suiteDesign = {
    ...design,
    functions: [{ ...design.functions[0], code: { inline: code }, timeout: { seconds: 30 } }],
    samples: [
      {
        name: 'pet 7',
        method: 'GET /pets/{petId}',
        request: request('7'),
        lambda: { runCode: true },
        expect: { status: 200, bodyJson: { pet: '7' } },
      },
      {
        name: 'stated',
        method: 'GET /pets/{petId}',
        request: request('8'),
        lambda: { result: { statusCode: 200, body: 'stated' } },
        expect: { status: 200, body: 'stated' },
      },
      {
        name: 'slow',
        method: 'GET /pets/{petId}',
        request: request('slow'),
        lambda: { runCode: true },
        expect: { status: 200 },
      },
    ],
  };
  await withSavedData(
    page,
    JSON.stringify({ app: 'integration-studio', version: 1, savedAt: '', design: suiteDesign }),
  );
  await methodItem(page, 'GET /pets/{petId}').click();
  await page.getByRole('tab', { name: 'Sample suite' }).click();
  const summary = page.locator('.suite-summary');
  const runAll = page.getByRole('button', { name: 'Run all' });
  await runAll.click();
  await expect(summary).toHaveText('Running 1 of 3…');
  await expect(runAll).toBeDisabled();
  await expect(summary).toHaveText('Running 3 of 3…');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(summary).toHaveText('Stopped after 2 of 3: 2 passed, 0 failed');
  const row = (name: string) => page.locator(`tr[data-sample="${name}"]`);
  await expect(row('pet 7').getByTestId('suite-verdict')).toHaveText('pass');
  await expect(row('pet 7').getByTestId('suite-actual')).toHaveText('200');
  await expect(row('stated').getByTestId('suite-verdict')).toHaveText('pass');
  await expect(row('slow').getByTestId('suite-verdict')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Stop' })).toHaveCount(0);

  // A wrong expectation of the code's answer fails with the code's real body.
  await page.getByLabel('Expected status of pet 7').fill('201');
  await runAll.click();
  await expect(summary).toHaveText('Running 3 of 3…');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(summary).toHaveText('Stopped after 2 of 3: 1 passed, 1 failed');
  await expect(row('pet 7').getByTestId('suite-verdict')).toHaveText('fail');
  await expect(row('pet 7')).toContainText('expected 201, got 200');

  // The exported Vitest file leaves the code samples out and says why.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Vitest' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  expect(text).toContain('//   - GET /pets/{petId}: "pet 7"');
  expect(text).toContain('//   - GET /pets/{petId}: "slow"');
  expect(text).toContain('test("stated"');
  expect(text).not.toContain('test("pet 7"');
  await expect(page.locator('.suite-export-note')).toHaveText(
    "2 samples run the function's code and are not in the file: the CLI cannot run code (the file lists them).",
  );
});

test('Verify on AWS simulates a sample that runs code by running it', async ({ page }) => {
  const verifyDesign = {
    ...design,
    samples: [{ ...design.samples[0], lambda: { runCode: true } }],
  };
  await withSavedData(
    page,
    JSON.stringify({ app: 'integration-studio', version: 1, savedAt: '', design: verifyDesign }),
  );
  await methodItem(page, 'GET /pets/{petId}').click();
  await page.getByRole('tab', { name: 'Verify on AWS' }).click();
  const log = [
    'Execution log for request 0f1e2d3c-0000-4000-8000-000000000000',
    'Mon Mar 03 09:14:27 UTC 2025 : Method response body after transformations: {"pet":"7"}',
  ].join('\n');
  await page
    .getByLabel('Paste the command’s output (its JSON, or the log alone)')
    .fill(JSON.stringify({ status: 200, body: '{"pet":"7"}', log }));
  // Without running the code the simulation would answer 502 (simulate/code-not-run).
  await expect(page.locator('.verify-summary')).toContainText('Status: 200 on AWS, 200 simulated.');
  // The simulated body line is the code's answer, the same as on AWS.
  await expect(
    page.locator('tr.verify-same').filter({ hasText: 'Method response body after transformations' }),
  ).toContainText('{"pet":"7"}');
});
