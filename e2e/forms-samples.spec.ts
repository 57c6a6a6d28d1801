import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { STORAGE_KEY, methodItem } from './helpers';

interface SavedSample {
  name: string;
  method: string;
  request: Record<string, unknown>;
  lambda?: Record<string, unknown>;
}

async function savedSamples(page: Page, ready: (samples: SavedSample[]) => boolean): Promise<SavedSample[]> {
  let samples: SavedSample[] = [];
  await expect
    .poll(async () => {
      const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      samples = raw
        ? ((JSON.parse(raw) as { design: { samples?: SavedSample[] } }).design.samples ?? [])
        : [];
      return ready(samples);
    })
    .toBe(true);
  return samples;
}

async function seriousViolations(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('samples: add, rename, edit tables and body, switch the Lambda outcome to an error, delete', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  const samples = page.getByRole('region', { name: 'Sample request' });
  await expect(samples.getByRole('combobox', { name: 'Sample (samples)' })).toHaveValue('found');

  await samples.getByRole('button', { name: 'New sample (samples)' }).click();
  await expect(samples.getByRole('combobox', { name: 'Sample (samples)' })).toHaveValue('sample');
  const name = samples.getByLabel('Sample name (name)', { exact: true });
  await name.fill('found');
  await expect(samples.getByText('Another sample of this method is called “found”.')).toBeVisible();
  await name.fill('with headers');
  await expect(samples.getByRole('combobox', { name: 'Sample (samples)' })).toHaveValue('with headers');

  await expect(samples.getByLabel('Path parameters: name 1 (pathParameters)', { exact: true })).toHaveValue(
    'petId',
  );
  await samples.getByLabel('Path parameters: value 1 (pathParameters)', { exact: true }).fill('42');
  await samples.getByRole('button', { name: 'Add query string parameter (queryStringParameters)' }).click();
  await samples
    .getByLabel('Query string parameters: name 1 (queryStringParameters)', { exact: true })
    .fill('verbose');
  await samples
    .getByLabel('Query string parameters: value 1 (queryStringParameters)', { exact: true })
    .fill('true');
  await samples.getByRole('button', { name: 'Add stage variable (stageVariables)' }).click();
  await samples.getByLabel('Stage variables: name 1 (stageVariables)', { exact: true }).fill('env');
  await samples.getByLabel('Stage variables: value 1 (stageVariables)', { exact: true }).fill('dev');

  // A body: JSON editing with a marker for a syntax error.
  await samples.getByRole('checkbox', { name: 'Send a body (body)' }).check();
  const body = samples.locator('.sample-body .monaco-editor');
  await expect(body).toBeVisible();
  await body.locator('.view-lines').click();
  await page.keyboard.type('{"name": "Rex",}');
  await expect(body.locator('.squiggly-error')).toHaveCount(1);
  await expect(samples.getByText('not valid JSON')).toBeVisible();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('{"name": "Rex"}');
  await expect(body.locator('.squiggly-error')).toHaveCount(0);

  // The function fails: the error message is what selection patterns match.
  await samples.getByRole('radio', { name: 'Fails with an error (error)' }).check();
  await samples.getByLabel('Error message (errorMessage)', { exact: true }).fill('Not found: 42');
  await samples.getByLabel('Error type (errorType)', { exact: true }).fill('NotFound');
  await samples.getByLabel('Duration in ms (durationMs)', { exact: true }).fill('1200');

  const saved = await savedSamples(page, (s) =>
    s.some((x) => x.name === 'with headers' && x.lambda?.durationMs === 1200),
  );
  const sample = saved.find((s) => s.name === 'with headers')!;
  expect(sample).toMatchObject({
    method: 'GET /pets/{petId}',
    request: {
      pathParameters: { petId: '42' },
      queryStringParameters: { verbose: 'true' },
      stageVariables: { env: 'dev' },
      body: '{"name": "Rex"}',
    },
    lambda: { error: { errorMessage: 'Not found: 42', errorType: 'NotFound' }, durationMs: 1200 },
  });
  await samples.screenshot({ path: testInfo.outputPath('sample-editor.png') });
  expect(await seriousViolations(page, '.sample-editor')).toEqual([]);

  await samples.getByRole('button', { name: 'Delete sample with headers (samples)' }).click();
  await expect(samples.getByRole('combobox', { name: 'Sample (samples)' })).toHaveValue('found');
  await savedSamples(page, (s) => !s.some((x) => x.name === 'with headers'));
});

test('the method form with every section open has no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  const form = page.locator('form.method-form');
  await form.getByText('More integration options').click();
  await expect(form.getByLabel('Credentials role (credentialsRole)')).toBeVisible();
  await form.getByRole('button', { name: 'Add cache key parameter (cacheKeyParameters)' }).click();
  await expect(form.getByLabel('Cache key parameter 1 (cacheKeyParameters)', { exact: true })).toHaveValue(
    'method.request.path.petId',
  );
  await form.getByRole('button', { name: 'Add response parameter (responseParameters)' }).first().click();
  await form.getByRole('button', { name: 'Add response model (responseModels)' }).first().click();
  await form.getByRole('button', { name: 'Add request validator (requestValidatorOptions)' }).click();
  await expect(form.getByLabel('Validator name (requestValidatorName)')).toBeVisible();
  expect(await seriousViolations(page, 'form.method-form')).toEqual([]);
});

test('sample actions after typing a template keep the template (the sample editor skips unrelated renders)', async ({
  page,
}) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  const editor = page.locator('.template-editor .vtl-editor .monaco-editor');
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' ## kept');
  const samples = page.getByRole('region', { name: 'Sample request' });
  await samples.getByRole('button', { name: 'New sample (samples)' }).click();
  await samples.getByLabel('Path parameters: value 1 (pathParameters)', { exact: true }).fill('99');
  await expect(page.getByTestId('rendered-code')).toContainText('"99"');
  await expect(editor.locator('.view-lines')).toContainText('## kept');
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  await expect
    .poll(async () => (await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? raw)
    .toContain('## kept');
});
