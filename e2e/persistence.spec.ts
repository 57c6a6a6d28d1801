import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { STORAGE_KEY, methodItem, smallDesign, waitForSaved, withSavedData } from './helpers';

test('a first visit shows the example design and saves it', async ({ page }) => {
  await page.goto('/');
  await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
  await waitForSaved(page, '"app":"integration-studio"');
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
  expect(saved).toMatchObject({ app: 'integration-studio', version: 1, design: { version: 1 } });
  expect(new Date(saved.savedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
});

test('reload keeps the design', async ({ page }) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  const path = page.getByRole('textbox', { name: /Resource path \(path\)/ });
  await path.fill('/cats/{catId}');
  await expect(methodItem(page, 'GET /cats/{catId}')).toBeVisible();
  await waitForSaved(page, '/cats/{catId}');
  await page.reload();
  await expect(methodItem(page, 'GET /cats/{catId}')).toBeVisible();
  await expect(methodItem(page, 'GET /pets/{petId}')).toHaveCount(0);
});

test('corrupt saved data shows a recovery message that offers the raw data, then starts fresh', async ({
  page,
}) => {
  const raw = '{"app":"integration-studio","version":1,"design":{"version":1,"stack":';
  await withSavedData(page, raw);
  await expect(page.getByRole('heading', { name: 'Your saved design could not be opened' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'not valid JSON' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('recovery.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the saved data' }).click();
  const download = await downloadPromise;
  expect(await readFile(await download.path(), 'utf8')).toBe(raw);
  // Nothing was overwritten while the message was shown.
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(raw);

  await page.getByRole('button', { name: 'Start fresh' }).click();
  await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('integration-studio:unreadable-backup'))).toBe(raw);
  await waitForSaved(page, '"savedAt"');
});

test('data of another app or a newer version is not taken for a design', async ({ page }) => {
  await withSavedData(page, JSON.stringify({ app: 'someone-else', version: 1, design: smallDesign() }));
  await expect(page.getByRole('alert').filter({ hasText: 'belongs to another application' })).toBeVisible();
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STORAGE_KEY,
    JSON.stringify({ app: 'integration-studio', version: 9, design: {} }),
  ] as const);
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'format version 9' })).toBeVisible();
});

test('a saved design with a script in its names renders as text', async ({ page }) => {
  const design = smallDesign({ restApiName: '<img src=x onerror="window.__pwned=1">', path: '/<b>bold</b>' });
  await withSavedData(page, JSON.stringify({ app: 'integration-studio', version: 1, savedAt: '', design }));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    '<img src=x onerror="window.__pwned=1">',
  );
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('header img, main img, nav b').count()).toBe(0);
});

test('Save downloads the design JSON and Open reads it back', async ({ page }) => {
  await page.goto('/');
  await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('PetsStack.design.json');
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(saved.methods[0]).toMatchObject({ path: '/pets/{petId}', httpMethod: 'GET' });

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (
    await chooser
  ).setFiles({
    name: 'orders.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(smallDesign())),
  });
  await expect(methodItem(page, 'POST /orders')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Opened orders.json' })).toBeVisible();

  const chooser2 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await (
    await chooser2
  ).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"nope"') });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.json could not be opened' })).toBeVisible();
  await expect(methodItem(page, 'POST /orders')).toBeVisible();
});

test('parts of a saved design this version does not know are reported and kept aside', async ({ page }) => {
  const design = { ...smallDesign(), api: { id: 'SharedApi', fromTheFuture: { x: 1 } } };
  const raw = JSON.stringify({ app: 'integration-studio', version: 1, savedAt: '', design });
  await withSavedData(page, raw);
  await expect(methodItem(page, 'POST /orders')).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Your saved design was read with 1 warning' }),
  ).toContainText('fromTheFuture');
  expect(await page.evaluate(() => localStorage.getItem('integration-studio:unreadable-backup'))).toBe(raw);
});

test('a design changed in another tab is offered instead of being overwritten silently', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const other = await context.newPage();
  await other.goto('/');
  await expect(methodItem(other, 'GET /pets/{petId}')).toBeVisible();

  await page.getByRole('textbox', { name: /Resource path \(path\)/ }).fill('/from-tab-one');
  await waitForSaved(page, '/from-tab-one');
  const dialog = other.getByRole('dialog', { name: 'The design was changed in another tab' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: "Load the other tab's design" }).click();
  await expect(methodItem(other, 'GET /from-tab-one')).toBeVisible();

  await other.getByRole('textbox', { name: /Resource path \(path\)/ }).fill('/from-tab-two');
  await waitForSaved(other, '/from-tab-two');
  const back = page.getByRole('dialog', { name: 'The design was changed in another tab' });
  await back.getByRole('button', { name: "Keep this tab's design" }).click();
  await waitForSaved(page, '/from-tab-one');
  await expect(methodItem(page, 'GET /from-tab-one')).toBeVisible();
  await other.close();
});
