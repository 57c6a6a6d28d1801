import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Three nested loops of 1000: 10⁹ turns, stopped by the VTL engine's 5,000,000-step budget (~1 s of CPU). */
const RUNAWAY = '#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])x#end#end#end';
const STEP_BUDGET = 'did not finish within 5,000,000 evaluation steps';

/** Records the page's long tasks (main-thread work over 50 ms) from now on. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

async function typeTemplate(page: Page, text: string): Promise<void> {
  const editor = page.locator('.template-editor .vtl-editor .monaco-editor');
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // Typed key by key (Monaco closes brackets, and overtypes the closers typed after them).
  await page.keyboard.type(text);
}

test('a runaway template renders off the main thread: clicks answer at once, the step budget is reported', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(page.locator('.template-editor .vtl-editor .monaco-editor')).toBeVisible();
  // The Simulation tab runs the same template again for the whole request flow.
  await page.getByRole('tab', { name: 'Simulation' }).click();
  const output = page.getByRole('region', { name: 'Output' }).getByRole('tabpanel');
  await expect(output).toContainText('HTTP 200');
  const longest = await watchLongTasks(page);
  await typeTemplate(page, RUNAWAY);
  // More keystrokes into the runaway template: on the main thread each would cost seconds.
  await page.keyboard.type(' more');
  await page.getByRole('tab', { name: 'Sample suite' }).click();
  await expect(page.getByRole('tab', { name: 'Sample suite' })).toHaveAttribute('aria-selected', 'true');

  const problems = page.getByRole('list', { name: 'Template problems' });
  await expect(problems).toContainText(STEP_BUDGET, { timeout: 30_000 });
  await expect(page.getByRole('region', { name: /^Problems/ })).toContainText(STEP_BUDGET);
  await expect(output).toContainText(STEP_BUDGET, { timeout: 30_000 });
  await page.screenshot({ path: testInfo.outputPath('runaway-simulation.png') });
  await page
    .locator('.template-editor')
    .screenshot({ path: testInfo.outputPath('runaway-template-editor.png') });
  await page.getByRole('tab', { name: 'Lifecycle' }).click();
  await expect(page.getByTestId('stage-summary').first()).toBeVisible();
  expect(await longest(), 'longest main-thread task (ms)').toBeLessThan(1000);

  // Back to a normal template: it renders at once again.
  await typeTemplate(page, '{"pet": "$input.params(\'petId\')"}');
  await expect(page.getByTestId('rendered-code')).toHaveText('{"pet": "7"}');
  await page
    .locator('.template-editor')
    .screenshot({ path: testInfo.outputPath('template-editor-rendered.png') });
  await expect(problems).toHaveCount(0);
  await expect(output).toContainText('HTTP 200');
});
