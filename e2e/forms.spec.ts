import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { STORAGE_KEY, methodItem } from './helpers';

/** The design the app autosaved last (waits for a save that satisfies `ready`). */
async function savedDesign(page: Page, ready: (design: Record<string, unknown>) => boolean) {
  let design: Record<string, unknown> = {};
  await expect
    .poll(async () => {
      const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      design = raw ? (JSON.parse(raw) as { design: Record<string, unknown> }).design : {};
      return ready(design);
    })
    .toBe(true);
  return design as { methods: Array<Record<string, Record<string, unknown>>> };
}

test('a non-proxy integration built entirely through the forms reaches the CDK and CloudFormation output', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add method', exact: true }).click();
  const form = page.locator('form.method-form');
  await expect(form.getByLabel('Resource path (path)')).toHaveValue('/items');

  await form.getByLabel('Resource path (path)').fill('/orders/{orderId}');
  await form.getByLabel('HTTP method (httpMethod)').selectOption('POST');
  await form.getByLabel('Proxy integration (proxy)').selectOption('true');
  await form.getByLabel('Proxy integration (proxy)').selectOption('false');

  await form.getByRole('button', { name: 'Add request template (requestTemplates)' }).click();
  await form.getByLabel('Request templates: content type 1 (requestTemplates)').fill('application/json');
  await form
    .getByLabel('Request templates: template 1 (requestTemplates)')
    .fill(`{ "orderId": "$input.params('orderId')", "order": $input.json('$') }`);

  const addIntegrationResponse = form.getByRole('button', {
    name: 'Add integration response (integrationResponses)',
  });
  await addIntegrationResponse.click();
  await addIntegrationResponse.click();
  await expect(form.getByLabel('Integration response 2 status code (statusCode)')).toHaveValue('400');
  await form.getByLabel('Integration response 2 selection pattern (selectionPattern)').fill('Bad request.*');

  const addMethodResponse = form.getByRole('button', { name: 'Add method response (methodResponses)' });
  await addMethodResponse.click();
  await addMethodResponse.click();
  await expect(form.getByLabel('Method response 2 status code (statusCode)')).toHaveValue('400');

  await expect(page.getByRole('treeitem', { name: 'POST /orders/{orderId}', exact: true })).toBeVisible();
  await form.screenshot({ path: testInfo.outputPath('forms-non-proxy.png') });

  const saved = await savedDesign(page, (d) => JSON.stringify(d).includes('Bad request.*'));
  expect(saved.methods[1]).toMatchObject({
    path: '/orders/{orderId}',
    httpMethod: 'POST',
    integration: {
      proxy: false,
      requestTemplates: {
        'application/json': `{ "orderId": "$input.params('orderId')", "order": $input.json('$') }`,
      },
      integrationResponses: [{ statusCode: '200' }, { statusCode: '400', selectionPattern: 'Bad request.*' }],
    },
    options: { methodResponses: [{ statusCode: '200' }, { statusCode: '400' }] },
  });

  const output = page.getByRole('region', { name: 'Output' });
  await output.getByRole('tab', { name: 'CDK TypeScript' }).click();
  const code = output.getByTestId('output-code');
  await expect(code).toContainText(/resourceForPath\('\/orders\/\{orderId\}'\)\.addMethod\(\s*'POST'/);
  await expect(code).toContainText('proxy: false');
  await expect(code).toContainText("selectionPattern: 'Bad request.*'");
  await expect(code).toContainText("statusCode: '400'");

  await output.getByRole('tab', { name: 'CloudFormation JSON' }).click();
  await expect(code).toContainText('"SelectionPattern": "Bad request.*"');
  await expect(code).toContainText('"RequestTemplates": {');
  await expect(code).toContainText('"MethodResponses": [');
});

test('every control of the method form names its CDK property and carries its JSON pointer', async ({
  page,
}) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  const form = page.locator('form.method-form');
  await expect(form).toBeVisible();
  // The request validator's fields appear once it is added: audit them too.
  await form.getByRole('button', { name: 'Add request validator (requestValidatorOptions)' }).click();
  await expect(form.getByLabel('Validate request body (validateRequestBody)')).toBeVisible();
  const problems = await form.evaluate((root) => {
    const bad: string[] = [];
    for (const el of Array.from(root.querySelectorAll<HTMLElement>('input, select, textarea, button'))) {
      const labelledBy = el.getAttribute('aria-labelledby');
      const name =
        el.getAttribute('aria-label') ??
        (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
        (el.id ? root.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ??
        el.textContent ??
        '';
      if (!/\([a-zA-Z]+\)/.test(name)) bad.push(`no property name: ${el.outerHTML.slice(0, 120)}`);
      if (el.tagName !== 'BUTTON' && !el.getAttribute('data-path')) bad.push(`no data-path: ${name}`);
    }
    return bad;
  });
  expect(problems).toEqual([]);
  // Help tooltips describe their controls: every one of them, row inputs of the key–value editors and
  // the Duration's unit included (the description Chromium computes, from aria-describedby).
  const proxy = form.getByLabel('Proxy integration (proxy)');
  await expect(proxy).toHaveAccessibleDescription(/function gets the whole request.*Default: true\./);
  const controls = await form.locator('input, select, textarea').all();
  expect(controls.length).toBeGreaterThan(30);
  for (const control of controls) {
    const name = (await control.getAttribute('aria-label')) ?? (await control.getAttribute('data-path'));
    await expect(control, `${name} has the doc tooltip as its description`).toHaveAccessibleDescription(
      /\S.* Default: .+\./,
    );
  }
  await expect(form.getByLabel('Timeout unit (timeout)')).toHaveAccessibleDescription(/Default: /);
  await expect(
    form.getByLabel('Method request parameters: name 1 (requestParameters)'),
  ).toHaveAccessibleDescription(/Default: /);
});

test('the doc tooltip of a field shows while its control has keyboard focus, and Escape hides it', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  const form = page.locator('form.method-form');
  const proxy = form.getByLabel('Proxy integration (proxy)');
  const proxyDoc = form.locator('[data-field="/methods/0/integration/proxy"] [role="tooltip"]');
  await expect(proxyDoc).toBeHidden();
  // Reach the select with Tab (a click does not pop the tooltip up; the keyboard does).
  await proxy.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(proxy).toBeFocused();
  await expect(proxyDoc).toBeVisible();
  await expect(proxyDoc).toContainText('Default: true.');
  await expect(page.getByRole('tooltip')).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('tooltip-on-keyboard-focus.png') });
  await page.keyboard.press('Escape');
  await expect(proxyDoc).toBeHidden();
  await expect(proxy).toBeFocused();
  // The next control's tooltip follows the focus; a key–value row shows its property's doc.
  await page.keyboard.press('Tab');
  await expect(proxyDoc).toBeHidden();
  await expect(page.getByRole('tooltip')).toHaveCount(1);
  const nameInput = form.getByLabel('Method request parameters: name 1 (requestParameters)');
  await nameInput.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(nameInput).toBeFocused();
  const parametersDoc = page.locator(`[id="${await nameInput.getAttribute('aria-describedby')}"]`);
  await expect(parametersDoc).toBeVisible();
  await expect(parametersDoc).toContainText('Default:');
  // The "?" is not a tab stop, but a click focuses it and shows the tooltip.
  const help = form.getByRole('button', { name: 'Help (proxy)', exact: true });
  await expect(help).toHaveAttribute('tabindex', '-1');
  await help.click();
  await expect(proxyDoc).toBeVisible();
});

test('keyboard only: reach a method form, set options, add and reorder parameters, see a diagnostic beside its field', async ({
  page,
}) => {
  await page.goto('/');
  // Into the design tree, then to the method, with the keyboard alone.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'treeitem')) break;
  }
  for (let i = 0; i < 10; i++) {
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name.includes('GET') && name.includes('/pets/{petId}')) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');

  async function tabTo(predicate: string, max = 60) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const hit = await page.evaluate(
        (selector) => document.activeElement?.matches(selector) ?? false,
        predicate,
      );
      if (hit) return;
    }
    throw new Error(`Tab never reached ${predicate}`);
  }
  const focusRing = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    });

  await tabTo('[data-path="/methods/0/integration/allowTestInvoke"]');
  expect(await focusRing()).toBe(true);
  await page.keyboard.type('f'); // the option "false"
  await expect(page.getByLabel('Allow test invoke (allowTestInvoke)')).toHaveValue('false');

  await tabTo('input[data-path="/methods/0/integration/timeout"]');
  expect(await focusRing()).toBe(true);
  await page.keyboard.type('10');
  await page.keyboard.press('Tab'); // the unit select
  await page.keyboard.press('ArrowUp'); // "ms": 10 ms is below API Gateway's minimum
  const timeoutField = page.locator('[data-field="/methods/0/integration/timeout"]');
  await expect(timeoutField.locator('.field-message.severity-error')).toContainText('50');
  await expect(page.getByRole('textbox', { name: 'Timeout (timeout)' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.keyboard.press('ArrowDown'); // seconds
  await expect(timeoutField.locator('.field-message')).toHaveCount(0);

  await tabTo('button[aria-label="Add integration request parameter (requestParameters)"]');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Integration request parameters: name 1 (requestParameters)')).toBeFocused();
  await page.keyboard.type('integration.request.path.id');
  await page.keyboard.press('Tab');
  await page.keyboard.type('method.request.path.petId');
  await tabTo('button[aria-label="Add integration request parameter (requestParameters)"]');
  await page.keyboard.press('Enter');
  await page.keyboard.type('integration.request.header.x-trace');
  await page.keyboard.press('Tab');
  await page.keyboard.type("'abc'");
  // Alt+↑ moves the row up and keeps focus in it.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByLabel('Integration request parameters: name 1 (requestParameters)')).toHaveValue(
    'integration.request.header.x-trace',
  );
  await expect(page.getByLabel('Integration request parameters: source 1 (requestParameters)')).toBeFocused();

  // Wait for the save after the move: a save from before Alt+↑ holds the same rows in the old order.
  const moved = JSON.stringify([
    ['integration.request.header.x-trace', "'abc'"],
    ['integration.request.path.id', 'method.request.path.petId'],
  ]);
  const saved = await savedDesign(page, (d) => {
    const methods = (d as { methods?: Array<{ integration?: { requestParameters?: object } }> }).methods;
    return JSON.stringify(Object.entries(methods?.[0]?.integration?.requestParameters ?? {})) === moved;
  });
  const integration = saved.methods[0].integration;
  expect(integration.allowTestInvoke).toBe(false);
  expect(integration.timeout).toEqual({ seconds: 10 });
  expect(Object.entries(integration.requestParameters as Record<string, string>)).toEqual([
    ['integration.request.header.x-trace', "'abc'"],
    ['integration.request.path.id', 'method.request.path.petId'],
  ]);
});

test('edits to different fields of one list item all stick (memoized fields read the latest item)', async ({
  page,
}) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  const form = page.locator('form.method-form');
  await form.getByLabel('Integration response 2 status code (statusCode)', { exact: true }).fill('410');
  await form.getByLabel('Integration response 1 status code (statusCode)', { exact: true }).fill('201');
  await form.getByRole('button', { name: 'Add response parameter (responseParameters)' }).nth(1).click();
  await form
    .getByLabel('Integration response 2 response parameters: name 1 (responseParameters)', { exact: true })
    .fill('method.response.header.X-Gone');
  await form
    .getByLabel('Integration response 2 response parameters: source 1 (responseParameters)', { exact: true })
    .fill("'yes'");
  await form
    .getByLabel('Integration response 2 selection pattern (selectionPattern)', { exact: true })
    .fill('Gone.*');
  const saved = await savedDesign(page, (d) => JSON.stringify(d).includes('Gone.*'));
  expect(saved.methods[0].integration.integrationResponses).toEqual([
    { statusCode: '201' },
    {
      statusCode: '410',
      selectionPattern: 'Gone.*',
      responseTemplates: {
        'application/json': `{ "message": "$util.escapeJavaScript($input.path('$.errorMessage'))" }`,
      },
      responseParameters: { 'method.response.header.X-Gone': "'yes'" },
    },
  ]);
});

test('a request validator set in the form reaches the output, and the simulator answers 400 for a missing required parameter', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await methodItem(page, 'GET /pets/{petId}').click();
  const form = page.locator('form.method-form');
  const group = form.getByRole('group', { name: 'Request validator (requestValidatorOptions)' });
  await expect(group.getByText('not set')).toBeVisible();
  await group.getByRole('button', { name: 'Add request validator (requestValidatorOptions)' }).click();
  await expect(group.getByText('This request validator checks nothing')).toBeVisible();
  await group.getByLabel('Validator name (requestValidatorName)').fill('params-only');
  await group.getByLabel('Validate request parameters (validateRequestParameters)').selectOption('true');
  await expect(group.getByLabel('Validate request body (validateRequestBody)')).toHaveValue('');
  await expect(group.getByLabel('Validate request parameters (validateRequestParameters)')).toHaveAttribute(
    'data-path',
    '/methods/0/options/requestValidatorOptions/validateRequestParameters',
  );

  // A required query string parameter the current sample does not send.
  await form.getByRole('button', { name: 'Add method request parameter (requestParameters)' }).click();
  await form
    .getByLabel(/^Method request parameters: name \d+ \(requestParameters\)$/)
    .last()
    .fill('method.request.querystring.q');
  const saved = await savedDesign(page, (d) => JSON.stringify(d).includes('method.request.querystring.q'));
  expect(saved.methods[0].options.requestValidatorOptions).toEqual({
    requestValidatorName: 'params-only',
    validateRequestParameters: true,
  });

  const stages = page.getByRole('list', { name: 'Request lifecycle' });
  await expect(stages.locator('[data-stage="Method request"]')).toContainText('→ 400');
  await expect(stages.locator('[data-stage="Lambda"]')).toContainText('not reached');
  // The summary is cut short; the whole body is in the stage's data.
  await expect(stages.locator('[data-stage="Method response"]')).toContainText(
    '400 {"message": "Missing required request parameters:',
  );
  await group.screenshot({ path: testInfo.outputPath('forms-request-validator.png') });

  const output = page.getByRole('region', { name: 'Output' });
  await output.getByRole('tab', { name: 'CDK TypeScript' }).click();
  const code = output.getByTestId('output-code');
  await expect(code).toContainText(
    /requestValidatorOptions: \{\s*requestValidatorName: 'params-only',\s*validateRequestParameters: true,?\s*\}/,
  );
  await output.getByRole('tab', { name: 'CloudFormation JSON' }).click();
  await expect(code).toContainText('"Type": "AWS::ApiGateway::RequestValidator"');
  await expect(code).toContainText('"Name": "params-only"');
  await expect(code).toContainText('"RequestValidatorId": {');

  // Removing it brings the design back to no validator: the request reaches the function again.
  await group.getByRole('button', { name: 'Remove request validator (requestValidatorOptions)' }).click();
  await expect(group.getByText('not set')).toBeVisible();
  await expect(stages.locator('[data-stage="Method request"]')).not.toContainText('→ 400');
});
