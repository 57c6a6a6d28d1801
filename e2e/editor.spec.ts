import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { methodItem } from './helpers';

/** The Monaco editor of the shown mapping template. */
function templateEditor(page: Page) {
  return page.locator('.template-editor .vtl-editor .monaco-editor');
}

test('the VTL editor highlights references inside JSON strings and offers completion from the local worker', async ({
  page,
}) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  const editor = templateEditor(page);
  await expect(editor).toBeVisible();
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('{"id": "$id", "stage": "$context.stage"}');
  await expect(editor.locator('.view-lines')).toHaveText('{"id": "$id", "stage": "$context.stage"}');
  // Without the VTL grammar the line would be one token span; with it "$id" is a token of its own.
  await expect(editor.locator('.view-lines span[class^="mtk"]', { hasText: /^\$id$/ })).toHaveCount(1);

  // Word-based completion runs in the editor worker: seeing it proves the bundled worker loads.
  await page.keyboard.press('End');
  await page.keyboard.insertText('\nstageword sta');
  await page.keyboard.press('Control+Space');
  const suggest = page.locator('.suggest-widget');
  await expect(suggest).toBeVisible();
  await expect(suggest.getByRole('listitem', { name: /stageword/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // $context. completion comes from the engine's catalog.
  await page.keyboard.type(' $context.ident');
  await page.keyboard.press('Control+Space');
  await expect(suggest.getByRole('listitem', { name: /identity/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type('.');
  await expect(suggest.getByRole('listitem', { name: /sourceIp/ })).toBeVisible();
  await page.keyboard.press('Escape');
});
