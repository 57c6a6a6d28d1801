import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { fragmentOf, methodItem, smallDesign } from './helpers';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

test('share-link round trip into a browser that has never seen the app', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  await page.getByRole('textbox', { name: /Resource path \(path\)/ }).fill('/dogs/{dogId}');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this design' });
  await expect(dialog.getByRole('status')).toContainText('Link copied to the clipboard.');
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link.startsWith(`${new URL(page.url()).origin}/#d1=`)).toBe(true);
  expect(link).toMatch(/#d1=[A-Za-z0-9_-]+$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.screenshot({ path: test.info().outputPath('share-dialog.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(methodItem(other, 'GET /dogs/{dogId}')).toBeVisible();
    await expect(other.getByRole('dialog')).toHaveCount(0);
    // The fragment is consumed; the design is now this browser's own.
    await expect.poll(() => other.evaluate(() => location.hash)).toBe('');
    await other.reload();
    await expect(methodItem(other, 'GET /dogs/{dogId}')).toBeVisible();
  } finally {
    await fresh.close();
  }
});

test('a shared link asks before replacing the user’s own work', async ({ page }) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  await page.getByRole('textbox', { name: /Resource path \(path\)/ }).fill('/mine');
  await expect(methodItem(page, 'GET /mine')).toBeVisible();

  await page.goto('/#' + fragmentOf(JSON.stringify(smallDesign())));
  const confirm = page.getByRole('dialog', { name: 'Open this shared design?' });
  await expect(confirm).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('confirm-shared.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Keep my design' }).click();
  await expect(methodItem(page, 'GET /mine')).toBeVisible();

  await page.goto('/#' + fragmentOf(JSON.stringify(smallDesign())));
  await page
    .getByRole('dialog', { name: 'Open this shared design?' })
    .getByRole('button', { name: 'Open shared design' })
    .click();
  await expect(methodItem(page, 'POST /orders')).toBeVisible();
  // Undo brings the user's design back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(methodItem(page, 'GET /mine')).toBeVisible();
});

test.describe('hostile links give a clear message and run no script', () => {
  async function expectNoScript(page: Page) {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(
      await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted),
    ).toBeUndefined();
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  }

  test('script in names is shown as text', async ({ page }) => {
    const design = smallDesign({
      apiId: '<img src=x onerror="window.__pwned=1">',
      restApiName: '<script>window.__pwned=2</script>',
      path: '/<svg onload="window.__pwned=3">',
    });
    await page.goto('/#' + fragmentOf(JSON.stringify(design)));
    // Whether the core accepts these names or reports them, they appear only as text.
    await expect(page.getByText('<script>window.__pwned=2</script>').first()).toBeVisible();
    await expect(page.locator('img, svg[onload], script:not([type="module"])')).toHaveCount(0);
    await expectNoScript(page);
  });

  test('__proto__ keys do not pollute prototypes', async ({ page }) => {
    const text =
      '{"version":1,"__proto__":{"polluted":1},"stack":{"id":"S","__proto__":{"polluted":2}},' +
      '"api":{"id":"A","constructor":{"prototype":{"polluted":3}}},' +
      '"functions":[{"id":"Fn","runtime":"nodejs22.x","handler":"index.handler","code":{"inline":"x"}}],' +
      '"methods":[{"path":"/p","httpMethod":"GET","function":"Fn","integration":{"proxy":false,' +
      '"requestTemplates":{"__proto__":"$input.body"}}}]}';
    await page.goto('/#' + fragmentOf(text));
    await expect(page.getByRole('tree', { name: 'Design' })).toBeVisible();
    await expectNoScript(page);
    // Either the design opened (and the key stayed data) or a clear error says why not.
    const opened = await methodItem(page, 'GET /p').count();
    if (opened === 0) {
      await expect(
        page.getByRole('alert').filter({ hasText: 'The shared link could not be opened' }),
      ).toBeVisible();
    }
  });

  test('a link that unpacks to 5 MB is refused as too large', async ({ page }) => {
    const huge = JSON.stringify({
      ...smallDesign(),
      api: { id: 'A', description: 'x'.repeat(5 * 1024 * 1024) },
    });
    await page.goto('/#' + fragmentOf(huge));
    await expect(page.getByRole('alert').filter({ hasText: 'too large to open' })).toBeVisible();
    await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('hostile-too-large.png') });
  });

  test('a link with over a million characters is refused without decoding', async ({ page }) => {
    await page.goto('/#d1=' + 'A'.repeat(1_100_000));
    await expect(page.getByRole('alert').filter({ hasText: 'too large to open' })).toBeVisible();
    await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
  });

  test('a damaged link says it is damaged', async ({ page }) => {
    await page.goto('/#d1=%%%not-base64');
    await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toBeVisible();
  });
});
