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

test('typing a template renders it against the sample at once, and a syntax error becomes a marker', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  const editor = templateEditor(page);
  await expect(editor).toBeVisible();
  const rendered = page.getByTestId('rendered-output');
  // The example's request template renders the sample's path parameter.
  await expect(rendered).toContainText('"petId": "7"');

  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('{"pet": "$input.params(\'petId\')", "stage": "$context.stage"}');
  await expect(rendered).toContainText('{"pet": "7", "stage": "prod"}');

  // An unclosed directive: the engine's diagnostic shows as a Monaco marker and in the list below.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n#if($input.params(\'petId\') == "7"');
  await expect(editor.locator('.squiggly-error')).toHaveCount(1);
  const problems = page.getByRole('list', { name: 'Template problems' });
  await expect(problems.getByRole('listitem').first()).toContainText('line 2');
  await page.screenshot({ path: testInfo.outputPath('template-editor-error.png') });

  // Clicking the problem puts the cursor on its line.
  await problems.getByRole('button').first().click();
  await expect(editor).toHaveClass(/focused/);
  await expect(editor.locator('.line-numbers.active-line-number')).toHaveText('2');

  // The Problems list goes to the same place: the VTL editor, on the problem's line.
  await page.getByRole('button', { name: 'Undo' }).focus();
  await expect(editor).not.toHaveClass(/focused/);
  await page
    .getByRole('region', { name: /^Problems/ })
    .getByRole('button', { name: /Encountered the end of the template/ })
    .click();
  await expect(editor).toHaveClass(/focused/);
  await expect(editor.locator('.line-numbers.active-line-number')).toHaveText('2');

  // Fixing it clears the marker.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(')yes#end');
  await expect(editor.locator('.squiggly-error')).toHaveCount(0);
  await expect(rendered).toContainText('yes');
});

test('hover explains $context members from the catalog', async ({ page }) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  const editor = templateEditor(page);
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('"$context.identity.sourceIp"');
  const span = editor.locator('.view-lines span[class^="mtk"]', { hasText: /sourceIp/ }).last();
  const box = (await span.boundingBox())!;
  await page.mouse.move(box.x + box.width - 6, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover').filter({ visible: true });
  await expect(hover).toContainText('$context.identity.sourceIp');
  await expect(hover).toContainText('IP address');
});

test('keyboard users can leave the VTL editor: Ctrl+M makes Tab move focus', async ({ page }) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  const editor = templateEditor(page);
  await editor.locator('.view-lines').click();
  await expect(editor).toHaveClass(/focused/);
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  await expect(editor).not.toHaveClass(/focused/);
  await page.keyboard.press('Shift+Tab');
  await expect(editor).toHaveClass(/focused/);
  await page.keyboard.press('Control+M');
});
