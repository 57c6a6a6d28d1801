import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { fragmentOf, methodItem, smallDesign, waitForSaved } from './helpers';

/** Whether focus is inside `dialog` (the element itself or a descendant). */
function focusInside(dialog: Locator): Promise<boolean> {
  return dialog.evaluate((el) => el.contains(document.activeElement));
}

/**
 * Tab and Shift+Tab never leave an open modal dialog: more presses than it has controls, each one
 * checked, and Shift+Tab from the first control lands on the last.
 */
async function expectFocusTrapped(page: Page, dialog: Locator): Promise<void> {
  expect(await focusInside(dialog), 'focus starts inside the dialog').toBe(true);
  const controls = await dialog.evaluate(
    (el) =>
      [...el.querySelectorAll<HTMLElement>('button, input, select, textarea, summary, a[href]')].filter(
        (c) => c.tabIndex >= 0 && !(c as HTMLButtonElement).disabled && c.checkVisibility(),
      ).length,
  );
  for (let i = 0; i < controls + 2; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(dialog), `Tab ${i + 1} stays inside the dialog`).toBe(true);
  }
  for (let i = 0; i < controls + 2; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInside(dialog), `Shift+Tab ${i + 1} stays inside the dialog`).toBe(true);
  }
}

/** Opens a header button's dialog with the keyboard, walks it, closes it with Escape. */
async function roundTrip(page: Page, button: string, dialogName: string | RegExp): Promise<void> {
  const opener = page.getByRole('button', { name: button, exact: true });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  await expect.poll(() => focusInside(dialog)).toBe(true);
  await expectFocusTrapped(page, dialog);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener, `focus returns to ${button}`).toBeFocused();
  // Opened again with Space and closed with its own button, focus comes back as well.
  await page.keyboard.press(' ');
  await expect(dialog).toBeVisible();
  await dialog
    .getByRole('button', { name: /^(Close|Cancel|Keep the current design)$/ })
    .first()
    .click();
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
}

test('every header dialog opens and closes by keyboard, keeps focus inside, and gives focus back', async ({
  page,
}) => {
  await page.goto('/');
  await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
  await roundTrip(page, 'Share', 'Share this design');
  await roundTrip(page, 'Gallery', 'Scenario gallery');
  await roundTrip(page, 'Advisor', 'Advisor');
  await roundTrip(page, 'Import', 'Import a template or OpenAPI document');
});

test('the share dialog starts on Close; the import dialog on its text box', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Share this design' }).getByRole('button', { name: 'Close' }),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Import a template or OpenAPI document' })
      .getByRole('textbox', { name: /Template or OpenAPI document/ }),
  ).toBeFocused();
});

test('a dialog reached from the advisor hands focus to the field it shows', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Advisor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Advisor' });
  const show = dialog.getByRole('button', { name: 'Show in the design' }).first();
  await expect(show).toBeVisible();
  await show.click();
  await expect(dialog).toHaveCount(0);
  // Focus went where the advice points (a form field in the centre), not back to the header.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('.centre') !== null))
    .toBe(true);
});

test.describe('the first-visit gallery', () => {
  test.use({ galleryOnFirstVisit: true });
  test('closes on Escape before any other input, and stays closed after a reload', async ({ page }) => {
    await page.goto('/');
    const gallery = page.getByRole('dialog', { name: 'Scenario gallery' });
    await expect(gallery).toBeVisible();
    await expect.poll(() => focusInside(gallery)).toBe(true);
    // Escape as the very first input (no click before it).
    await page.keyboard.press('Escape');
    await expect(gallery).toHaveCount(0);
    await page.reload();
    await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test('the shared-design confirmation traps focus and Escape keeps the user’s design', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: /Resource path \(path\)/ }).fill('/mine');
  await expect(methodItem(page, 'GET /mine')).toBeVisible();
  await page.goto('/#' + fragmentOf(JSON.stringify(smallDesign())));
  const confirm = page.getByRole('dialog', { name: 'Open this shared design?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Open shared design' })).toBeFocused();
  await expectFocusTrapped(page, confirm);
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(methodItem(page, 'GET /mine')).toBeVisible();
});

test('the other-tab dialog gives focus back to the field the user was in', async ({ page, context }) => {
  await page.goto('/');
  const other = await context.newPage();
  await other.goto('/');
  const field = other.getByRole('textbox', { name: /\(operationName\)/ });
  await field.focus();
  await page.getByRole('textbox', { name: /Resource path \(path\)/ }).fill('/from-tab-one');
  await waitForSaved(page, '/from-tab-one');
  const dialog = other.getByRole('dialog', { name: 'The design was changed in another tab' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: "Load the other tab's design" })).toBeFocused();
  await expectFocusTrapped(other, dialog);
  await other.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(field).toBeFocused();
  await other.close();
});
