import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The output tab strip's box, and each tab's box with its visible text and accessible name. */
async function tabLayout(page: Page) {
  const strip = page.getByRole('tablist', { name: 'Output' });
  const box = (await strip.boundingBox())!;
  const tabs = await strip.getByRole('tab').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        text: el.textContent ?? '',
        name: el.getAttribute('aria-label') ?? '',
        top: r.top,
        left: r.left,
        right: r.right,
      };
    }),
  );
  return { box, tabs };
}

test('the output tabs take one row at 1280×800, short visible labels inside full accessible names', async ({
  page,
}) => {
  await page.goto('/');
  const { box, tabs } = await tabLayout(page);
  expect(tabs).toHaveLength(13);
  // One row: every tab at the same height, and the strip no taller than a tab and its padding.
  expect(new Set(tabs.map((t) => Math.round(t.top))).size).toBe(1);
  expect(box.height).toBeLessThan(40);
  for (const t of tabs) expect(t.name.toLowerCase()).toContain(t.text.toLowerCase());
  await page.screenshot({ path: test.info().outputPath('output-tabs-1280.png') });
});

test('in a narrow output pane the strip scrolls: ‹ › buttons, and the chosen tab is kept in view', async ({
  page,
}) => {
  await page.goto('/');
  const splitter = page.getByRole('separator', { name: 'Resize the output pane' });
  await splitter.focus();
  await page.keyboard.press('Home'); // the narrowest output pane (320 px)
  const strip = page.getByRole('tablist', { name: 'Output' });
  const more = page.getByRole('button', { name: 'Show more output tabs' });
  await expect(more).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show earlier output tabs' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('output-tabs-narrow.png') });

  // The keyboard walks all tabs; each focused tab is fully inside the strip.
  await page.getByRole('tab', { name: 'CDK TypeScript' }).click();
  for (let i = 1; i < 13; i++) {
    await page.keyboard.press('ArrowRight');
    const focused = page.locator('[role="tab"]:focus');
    await expect(focused).toHaveAttribute('aria-selected', 'true');
    const stripBox = (await strip.boundingBox())!;
    await expect
      .poll(async () => {
        const b = (await focused.boundingBox())!;
        return b.x >= stripBox.x - 1 && b.x + b.width <= stripBox.x + stripBox.width + 1;
      })
      .toBe(true);
  }
  await expect(page.getByRole('tab', { name: 'Lambda event' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Show earlier output tabs' })).toBeVisible();
  await expect(more).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('output-tabs-narrow-end.png') });

  // Pointer: the ‹ button scrolls back until the first tab shows.
  const earlier = page.getByRole('button', { name: 'Show earlier output tabs' });
  for (let i = 0; i < 6 && (await earlier.count()) > 0; i++) {
    await earlier.click();
    await page.waitForTimeout(400); // smooth scrolling
  }
  await expect(earlier).toHaveCount(0);
  await expect(more).toBeVisible();
});
