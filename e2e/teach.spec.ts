/**
 * Teach and advise (issue 8) in the browser: the gallery on a first visit, every gallery scenario
 * loaded and its samples run with the outcome its explanation promises, break-it / fix-it, field ↔
 * output linking both ways for each kind of field, the advisor and "verify on AWS".
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SCENARIOS } from '../src/core/gallery';
import { simulate } from '../src/core/simulate';
import { expect, test } from './fixtures';
import { STORAGE_KEY, methodItem } from './helpers';

async function openScenario(page: Page, title: string) {
  await page.getByRole('button', { name: 'Gallery', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenario gallery' });
  await dialog.getByRole('button', { name: `Open scenario: ${title}` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: `Scenario: ${title}` })).toBeVisible();
}

/** Runs the selected method's suite and reads status and verdict per sample. */
async function runSuite(page: Page, samples: string[]) {
  await page.getByRole('tab', { name: 'Sample suite' }).click();
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(page.locator('.suite-summary')).toContainText('passed');
  const out: Record<string, [string, string]> = {};
  for (const name of samples) {
    const row = page.locator(`tr[data-sample="${name}"]`);
    out[name] = [
      (await row.getByTestId('suite-actual').textContent()) ?? '',
      (await row.getByTestId('suite-verdict').textContent()) ?? '',
    ];
  }
  return out;
}

/** The outcomes the explanations promise, written out (the scenario data must not drift from them). */
const PROMISED: Record<string, Record<string, number>> = {
  'proxy-hello-world': { 'with a name': 200, 'without a name': 200 },
  'non-proxy-json-reshaping': { 'two lines': 201 },
  'form-urlencoded-to-json': { 'form post': 200 },
  'lambda-errors-to-status-codes': { found: 200, 'bad id': 400, 'not found': 404, crash: 500 },
  'cors-headers': { 'cross-origin GET': 200, preflight: 204 },
  'binary-image': { 'upload a GIF': 200, 'download as image': 200, 'download without Accept': 200 },
  'async-invocation': { 'queue a report': 202 },
  'caching-cache-key-parameters': { Oslo: 200, Lima: 200 },
  'why-415': { 'JSON note': 200, 'plain-text note': 415 },
  'why-502': { greet: 502 },
  'required-parameters-validator': { 'with q': 200, 'without q': 400, 'without q, no validator': 200 },
  'response-streaming': { 'stream words': 200 },
};

test.describe('first visit', () => {
  test.use({ galleryOnFirstVisit: true });

  test('the gallery opens by itself once; Gallery reopens it; opening a scenario is one undoable click', async ({
    page,
  }) => {
    await page.goto('/');
    const dialog = page.getByRole('dialog', { name: 'Scenario gallery' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('listitem')).toHaveCount(SCENARIOS.length);
    await dialog.getByRole('button', { name: 'Keep the current design' }).click();
    await expect(dialog).toBeHidden();
    await page.reload();
    await expect(page.getByRole('treeitem', { name: 'GET /pets/{petId}' })).toBeVisible();
    await expect(dialog).toBeHidden();

    await openScenario(page, 'Proxy hello world');
    await expect(methodItem(page, 'GET /hello')).toBeVisible();
    await expect(page.locator('.design-name')).toHaveText('hello');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(page.locator('.design-name')).toHaveText('pets');
    await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
  });
});

for (const scenario of SCENARIOS) {
  test(`scenario "${scenario.title}": its samples answer as explained`, async ({ page }) => {
    await page.goto('/');
    await openScenario(page, scenario.title);
    const samples = scenario.design.samples ?? [];
    const methods = [...new Set(samples.map((s) => s.method))];
    const seen: Record<string, number> = {};
    for (const method of methods) {
      await methodItem(page, method).click();
      const names = samples.filter((s) => s.method === method).map((s) => s.name);
      const results = await runSuite(page, names);
      for (const name of names) {
        expect(results[name], `${method}: ${name}`).toEqual([String(PROMISED[scenario.id][name]), 'pass']);
        seen[name] = Number(results[name][0]);
      }
    }
    expect(seen).toEqual(PROMISED[scenario.id]);

    if (scenario.fix) {
      await page.getByRole('button', { name: `Fix it: ${scenario.fix.label}` }).click();
      await expect(page.getByText('Fixed:')).toBeVisible();
      const method = methods[0];
      await methodItem(page, method).click();
      const names = samples.filter((s) => s.method === method).map((s) => s.name);
      const after = await runSuite(page, names);
      for (const name of names) expect(after[name], `fixed: ${name}`).toEqual(['200', 'pass']);
    }
  });
}

test('the lifecycle shows each stage of the current sample, and a stage opens what is behind it', async ({
  page,
}) => {
  await page.goto('/');
  await openScenario(page, 'Why do I get 415? (passthroughBehavior)');
  await page.getByLabel('Sample (samples)', { exact: true }).selectOption('plain-text note');
  const stages = page.getByRole('list', { name: 'Request lifecycle' });
  await expect(stages.getByRole('listitem')).toHaveCount(5);
  await expect(stages.locator('[data-stage="Method request"]')).toContainText('POST /notes');
  await expect(stages.locator('[data-stage="Integration request"]')).toContainText('→ 415');
  await expect(stages.locator('[data-stage="Lambda"]')).toContainText('not reached');
  await expect(stages.locator('[data-stage="Method response"]')).toContainText('415');
  await stages.getByRole('button', { name: 'Show the data of Integration request' }).click();
  await expect(page.getByRole('region', { name: 'Integration request: simulator data' })).toBeVisible();
  await stages.getByRole('button', { name: 'Open the settings behind Method response' }).click();
  await expect(page.locator(':focus')).toHaveAttribute(
    'data-path',
    /^\/methods\/0\/options\/methodResponses/,
  );
  await stages.getByRole('button', { name: 'Open the settings behind Lambda' }).click();
  await expect(page.getByRole('heading', { name: 'Function SaveNote' })).toBeVisible();
});

test.describe('field ↔ output linking', () => {
  const FIELDS = [
    {
      kind: 'boolean',
      path: '/methods/0/integration/proxy',
      cdk: 'proxy: false',
      yaml: 'Type: AWS',
    },
    {
      kind: 'enum',
      path: '/methods/0/integration/passthroughBehavior',
      cdk: 'passthroughBehavior: apigateway.PassthroughBehavior.NEVER',
      yaml: 'PassthroughBehavior: NEVER',
    },
    {
      kind: 'map',
      path: '/methods/0/integration/requestTemplates/application~1json',
      cdk: "'application/json': '{ \"city\"",
      yaml: 'application/json:',
    },
    {
      kind: 'list',
      path: '/methods/0/integration/cacheKeyParameters/0',
      cdk: "cacheKeyParameters: ['method.request.querystring.city']",
      yaml: '- method.request.querystring.city',
    },
    {
      kind: 'duration',
      path: '/methods/0/integration/timeout',
      cdk: 'timeout: cdk.Duration.seconds(10)',
      yaml: 'TimeoutInMillis: 10000',
    },
  ];

  test('focusing a field highlights its CDK line and CloudFormation property; clicking them focuses the field', async ({
    page,
  }) => {
    await page.goto('/');
    await openScenario(page, 'Caching with cacheKeyParameters');
    await page.getByLabel('Passthrough behavior (passthroughBehavior)').selectOption('NEVER');
    await page.getByLabel('Timeout (timeout)', { exact: true }).fill('10');
    // cacheKeyParameters sits in the collapsible "More integration options" section.
    const more = page.locator('details', {
      has: page.getByRole('heading', { name: 'More integration options' }),
    });
    if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
    const field = (path: string) => page.locator(`[data-path="${path}"]`).first();
    const linked = page.locator('.code-line.linked');

    for (const tab of ['CDK TypeScript', 'CloudFormation YAML'] as const) {
      await page.getByRole('tab', { name: tab }).click();
      for (const f of FIELDS) {
        const text = tab === 'CDK TypeScript' ? f.cdk : f.yaml;
        await field(f.path).focus();
        await expect(linked.filter({ hasText: text }), `${tab}: ${f.kind}`).not.toHaveCount(0);
        await expect(page.getByRole('note', { name: 'Where the focused field lands' })).toBeVisible();

        // Back: focus elsewhere, click the output line, the field takes focus.
        await page.getByRole('treeitem', { name: 'GET /forecast' }).focus();
        await linked.filter({ hasText: text }).first().click();
        await expect(page.locator(':focus'), `${tab}: ${f.kind} line → field`).toHaveAttribute(
          'data-path',
          f.path,
        );
      }
    }
  });
});

test('the advisor measures the design and names the deployment', async ({ page }) => {
  await page.goto('/');
  await openScenario(page, 'Lambda errors → 400 / 404 / 500');
  await page.getByRole('button', { name: 'Advisor', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Advisor' });
  await expect(dialog.getByText('GetPet: 2 permission(s), policy ≈')).toBeVisible();
  await expect(dialog.getByText(/Stack resources: \d+ of 500/)).toBeVisible();
  await expect(dialog.getByText('A changed integration needs a new deployment')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Passthrough behavior (passthroughBehavior)').selectOption('NEVER');
  await page.getByRole('button', { name: 'Advisor', exact: true }).click();
  await expect(dialog.getByText(/A new deployment: PetsApiDeployment\w+ → PetsApiDeployment/)).toBeVisible();
});

test('verify on AWS: the command for the sample, and a pasted output compared line by line', async ({
  page,
}) => {
  await page.goto('/');
  await openScenario(page, 'Lambda errors → 400 / 404 / 500');
  await page.getByRole('tab', { name: 'Verify on AWS' }).click();
  await page.getByLabel('REST API id').fill('x9y8z7w6v5');
  const command = page.getByLabel('test-invoke-method command');
  await expect(command).toContainText('aws apigateway test-invoke-method');
  await expect(command).toContainText('--rest-api-id x9y8z7w6v5');
  await expect(command).toContainText('--path-with-query-string /pets/7');

  // A test-invoke-method output as AWS prints it for this sample: other ids, times and names.
  const scenario = SCENARIOS.find((s) => s.id === 'lambda-errors-to-status-codes')!;
  const sample = scenario.design.samples![0];
  const simulated = simulate(scenario.design, sample.method, sample.request, sample.lambda!, {
    testInvoke: true,
  });
  const log = simulated.log
    .replace(/Thu Nov 26 12:00:00 UTC 2026/g, 'Mon Mar 03 09:14:27 UTC 2025')
    .replace(/Integration latency: \d+ ms/, 'Integration latency: 31 ms')
    .replace(/Content-Length=\d+/, 'Content-Length=999');
  const output = { status: 200, body: simulated.body, headers: simulated.headers, log, latency: 48 };
  await page
    .getByLabel('Paste the command’s output (its JSON, or the log alone)')
    .fill(JSON.stringify(output));
  await expect(page.locator('.verify-summary')).toContainText('Status: 200 on AWS, 200 simulated.');
  await expect(page.locator('.verify-summary')).toContainText('1 differ, 0 only on AWS, 0 only simulated');
  await expect(page.locator('tr.verify-different')).toContainText('Content-Length: 999 (real)');
});

async function seriousViolations(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the teaching views have no serious accessibility violations', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Gallery', exact: true }).click();
  expect(await seriousViolations(page, '.gallery-dialog')).toEqual([]);
  await page.getByRole('button', { name: 'Open scenario: Lambda errors → 400 / 404 / 500' }).click();
  await page.getByLabel('Sample (samples)', { exact: true }).selectOption('not found');
  await page.getByRole('button', { name: 'Show the data of Integration response' }).click();
  expect(await seriousViolations(page, '.scenario-card')).toEqual([]);
  expect(await seriousViolations(page, '.teach-panel')).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('lifecycle.png') });
  await page.getByRole('tab', { name: 'Sample suite' }).click();
  await page.getByLabel('Expected status of crash').fill('501');
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(page.locator('.suite-summary')).toHaveText('3 passed, 1 failed');
  expect(await seriousViolations(page, '.teach-panel')).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('suite.png') });
  await page.getByRole('tab', { name: 'Verify on AWS' }).click();
  expect(await seriousViolations(page, '.teach-panel')).toEqual([]);
  await page.getByLabel('Allow test invoke (allowTestInvoke)').focus();
  expect(await seriousViolations(page, '.output-pane')).toEqual([]);
  await page.getByRole('button', { name: 'Advisor', exact: true }).click();
  expect(await seriousViolations(page, '.advisor-dialog')).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('advisor.png') });
});

test('sample suite: an edited expected body fails with its diff, passes once fixed, and exports as a Vitest file', async ({
  page,
}) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  await page.getByRole('tab', { name: 'Sample suite' }).click();
  const row = page.locator('tr[data-sample="found"]');
  const verdict = row.getByTestId('suite-verdict');
  const runAll = page.getByRole('button', { name: 'Run all' });

  await page.getByRole('button', { name: 'Expect current answer for found' }).click();
  await expect(page.getByLabel('Expected status of found')).toHaveValue('200');
  const comparison = page.getByLabel('Compare body of found');
  const body = page.getByLabel('Expected body of found');
  await expect(comparison).toHaveValue('json');
  await expect(body).toHaveValue(JSON.stringify({ id: '7', name: 'Rex' }, null, 2));

  // A wrong expected body: run all reports the failure and its line diff.
  await body.fill('{ "id": "7", "name": "Max" }');
  await runAll.click();
  await expect(verdict).toHaveText('fail');
  const diff = row.getByLabel('bodyJson differences');
  await expect(diff).toContainText('-   "name": "Max"');
  await expect(diff).toContainText('+   "name": "Rex"');

  // Text that is not JSON stays in the box with a message beside it; the design keeps the last JSON.
  await body.fill('{ "id": ');
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await expect(body).toHaveAccessibleDescription(/Not JSON/);
  await runAll.click();
  await expect(verdict).toHaveText('fail');

  // Fixed (key order does not matter for JSON-equal): pass.
  await body.fill('{ "name": "Rex", "id": "7" }');
  await expect(body).not.toHaveAttribute('aria-invalid', 'true');
  await runAll.click();
  await expect(verdict).toHaveText('pass');
  await expect(page.locator('.suite-summary')).toContainText('1 passed');

  // Exact text compares character for character.
  await comparison.selectOption('text');
  await body.fill('{"id": "7", "name": "Rex"}');
  await runAll.click();
  await expect(verdict).toHaveText('fail');
  await expect(row.getByLabel('body differences')).toContainText('+ {"id":"7","name":"Rex"}');
  await body.fill('{"id":"7","name":"Rex"}');
  await runAll.click();
  await expect(verdict).toHaveText('pass');

  // The expectation is in the design (autosaved) …
  await expect
    .poll(async () => {
      const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      const design = raw
        ? (JSON.parse(raw) as { design: { samples: Array<{ name: string; expect?: unknown }> } }).design
        : undefined;
      return design?.samples.find((s) => s.name === 'found')?.expect;
    })
    .toEqual({ status: 200, body: '{"id":"7","name":"Rex"}' });

  // … and in the exported Vitest file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Vitest' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.get\.suite\.test\.ts$/);
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toContain('test("found", async () => {');
  expect(text).toContain('expect(response.status).toBe(200);');
  expect(text).toContain('expect(response.body).toBe("{\\"id\\":\\"7\\",\\"name\\":\\"Rex\\"}");');
});
