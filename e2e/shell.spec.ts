import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { methodItem } from './helpers';

const TABS = [
  'CDK TypeScript',
  'CDK Python',
  'CDK Java',
  'CDK C#',
  'CDK Go',
  'CloudFormation JSON',
  'CloudFormation YAML',
  'OpenAPI JSON',
  'OpenAPI YAML',
  'SAM template',
  'Rendered template',
  'Simulation',
  'Lambda event',
];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the main view at 1280×800: tree, forms, output tabs and problems, in light and dark', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('tree', { name: 'Design' })).toBeVisible();
  await expect(methodItem(page, 'GET /pets/{petId}')).toHaveAttribute('aria-selected', 'true');
  const tabs = page.getByRole('tablist', { name: 'Output' }).getByRole('tab');
  await expect(tabs).toHaveCount(TABS.length);
  for (const [i, name] of TABS.entries()) await expect(tabs.nth(i)).toHaveAccessibleName(name);
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Problems/ })).toBeVisible();
  // Nothing sticks out sideways at the smallest supported size.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: test.info().outputPath('main-light.png') });
  expect(await seriousViolations(page)).toEqual([]);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('main-dark-system.png') });
  expect(await seriousViolations(page)).toEqual([]);
});

test('the theme button pins light or dark over the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.getByRole('button', { name: /^Theme: System/ }).click(); // → light
  await page.getByRole('button', { name: /^Theme: Light/ }).click(); // → dark
  await expect(page.getByRole('button', { name: /^Theme: Dark/ })).toBeVisible();
  expect(await bg()).not.toBe(light);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Theme: Dark/ })).toBeVisible();
  expect(await bg()).not.toBe(light);
});

test('every output tab is reachable by keyboard and has Copy and Download', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'CDK TypeScript' }).click();
  for (const name of TABS.slice(1)) {
    await page.keyboard.press('ArrowRight');
    const tab = page.getByRole('tab', { name, exact: true });
    await expect(tab).toBeFocused();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('tabpanel', { name, exact: true });
    await expect(panel.getByRole('button', { name: `Copy ${name}` })).toBeVisible();
    await expect(panel.getByRole('button', { name: `Download ${name}` })).toBeVisible();
    const toggle = panel.getByRole('checkbox', { name: /Path metadata/ });
    await expect(toggle).toHaveCount(name.startsWith('CloudFormation') ? 1 : 0);
  }
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'CDK TypeScript' })).toBeFocused();
});

test('the design tree follows the WAI-ARIA tree pattern', async ({ page }) => {
  await page.goto('/');
  const tree = page.getByRole('tree', { name: 'Design' });
  await methodItem(page, 'GET /pets/{petId}').click();
  await expect(methodItem(page, 'GET /pets/{petId}')).toBeFocused();
  // One tab stop in the tree.
  await expect(tree.locator('[role="treeitem"][tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowUp');
  const resource = page.getByRole('treeitem', { name: '/pets/{petId}', exact: true });
  await expect(resource).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // collapse
  await expect(resource).toHaveAttribute('aria-expanded', 'false');
  await expect(methodItem(page, 'GET /pets/{petId}')).toHaveCount(0);
  await page.keyboard.press('ArrowRight'); // expand
  await expect(resource).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight'); // to first child
  await expect(methodItem(page, 'GET /pets/{petId}')).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // to parent
  await expect(resource).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByRole('treeitem', { name: /^Stack / })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('treeitem', { name: 'VPC links' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('treeitem', { name: /^GetPetFunction/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Function GetPetFunction' })).toBeVisible();
});

test('add, rename and delete methods from the keyboard, with undo and redo', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add method', exact: true }).click();
  // A new method starts in rename mode.
  const rename = page.getByRole('textbox', { name: /^New name for/ });
  await expect(rename).toBeFocused();
  await rename.fill('post /pets');
  await page.keyboard.press('Enter');
  const added = methodItem(page, 'POST /pets');
  await expect(added).toBeFocused();
  await expect(added).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('F2');
  await page.getByRole('textbox', { name: 'New name for POST /pets' }).fill('FETCH /pets');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '"FETCH" is not an HTTP method' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(added).toBeFocused();

  await page.keyboard.press('Delete');
  await expect(added).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted POST /pets' })).toBeVisible();

  // Ctrl+Z outside text fields is the app's undo; Shift+Ctrl+Z and Ctrl+Y redo.
  await page.getByRole('tree', { name: 'Design' }).focus();
  await page.keyboard.press('Control+z');
  await expect(methodItem(page, 'POST /pets')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(methodItem(page, 'POST /pets')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(methodItem(page, 'POST /pets')).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(methodItem(page, 'POST /pets')).toHaveCount(0);
});

test('typing in a field is one undo step; the Undo and Redo buttons follow the history', async ({ page }) => {
  await page.goto('/');
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();
  const path = page.getByRole('textbox', { name: /Resource path \(path\)/ });
  await path.click();
  await path.press('End');
  await path.pressSequentially('/photos');
  await expect(methodItem(page, 'GET /pets/{petId}/photos')).toBeVisible();
  await undo.click();
  await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
  await expect(undo).toBeDisabled();
  await redo.click();
  await expect(methodItem(page, 'GET /pets/{petId}/photos')).toBeVisible();
});

test('panes resize with the keyboard and the pointer', async ({ page }) => {
  await page.goto('/');
  const splitter = page.getByRole('separator', { name: 'Resize the design tree' });
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 16));
  const box = (await splitter.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 16 - 60));
  const output = page.getByRole('separator', { name: 'Resize the output pane' });
  const outputBefore = Number(await output.getAttribute('aria-valuenow'));
  await output.focus();
  await page.keyboard.press('Shift+ArrowLeft'); // the output pane is on the right: left widens it
  await expect(output).toHaveAttribute('aria-valuenow', String(outputBefore + 64));
});

test('clicking a problem selects its method and focuses the field it points to', async ({ page }) => {
  await page.goto('/');
  const path = page.getByRole('textbox', { name: /Resource path \(path\)/ });
  await path.fill('pets');
  const problems = page.getByRole('region', { name: /^Problems/ });
  const problem = problems.getByRole('button').filter({ hasText: 'GET pets › path' }).first();
  await expect(problem).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('problems.png') });
  // Select something else, then go back through the problem.
  await page.getByRole('treeitem', { name: /^API / }).click();
  await expect(path).toHaveCount(0);
  await problem.click();
  await expect(page.getByRole('treeitem', { name: 'GET pets', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('textbox', { name: /Resource path \(path\)/ })).toBeFocused();
});

test('screenshots of the other main views, each free of serious accessibility problems', async ({ page }) => {
  await page.goto('/');
  for (const tab of ['Rendered template', 'Simulation', 'Lambda event']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel', { name: tab })).not.toContainText('not available yet');
    await page.screenshot({
      path: test.info().outputPath(`tab-${tab.toLowerCase().replace(/ /g, '-')}.png`),
    });
  }
  await expect(page.getByRole('tabpanel', { name: 'Lambda event' })).toContainText('"petId": "7"');
  await page.getByRole('tab', { name: 'Simulation' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Simulation' })).toContainText('HTTP 200');

  for (const [item, heading] of [
    [/^API /, 'REST API PetsApi'],
    [/^GetPetFunction/, 'Function GetPetFunction'],
    [/^Stack /, 'Stack PetsStack'],
  ] as const) {
    await page.getByRole('treeitem', { name: item }).click();
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await page.screenshot({
      path: test.info().outputPath(`node-${heading.split(' ')[0].toLowerCase()}.png`),
    });
    expect(await seriousViolations(page)).toEqual([]);
  }
});
