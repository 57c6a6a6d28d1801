import { test, expect } from './fixtures';

test('the first page renders offline', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Integration Studio' })).toBeVisible();
});
