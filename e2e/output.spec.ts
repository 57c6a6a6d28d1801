import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';

test('the output pane shows CDK and CloudFormation for the design, live on every keystroke', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Output' }).getByRole('tabpanel');
  const code = page.getByTestId('output-code');

  await page.getByRole('tab', { name: 'CDK TypeScript' }).click();
  await expect(code).toContainText('new apigateway.LambdaIntegration(getPetFunction, {');
  await expect(code).toContainText("selectionPattern: 'Not found.*'");
  await expect(code).toContainText('proxy: false');
  await page.screenshot({ path: test.info().outputPath('output-cdk-typescript.png') });

  await page.getByRole('tab', { name: 'CloudFormation YAML' }).click();
  await expect(code).toContainText('Type: AWS::ApiGateway::Method');
  await expect(code).toContainText('SelectionPattern: Not found.*');
  await expect(code).toContainText('aws:cdk:path: PetsStack/PetsApi/Default/pets/{petId}/GET/Resource');
  await page.screenshot({ path: test.info().outputPath('output-cloudformation-yaml.png') });

  // Path metadata off: no aws:cdk:path anywhere.
  await panel.getByRole('checkbox', { name: /Path metadata/ }).uncheck();
  await expect(code).not.toContainText('aws:cdk:path');
  await panel.getByRole('checkbox', { name: /Path metadata/ }).check();
  await expect(code).toContainText('aws:cdk:path');

  await page.getByRole('tab', { name: 'CloudFormation JSON' }).click();
  await expect(code).toContainText('"Type": "AWS::ApiGateway::Method"');

  // Live: an edit in a form field shows in the output without any "generate" step.
  await page.getByRole('textbox', { name: /\(operationName\)/ }).fill('GetPetById');
  await expect(code).toContainText('"OperationName": "GetPetById"');

  await panel.getByRole('button', { name: 'Copy CloudFormation JSON' }).click();
  await expect(panel.getByRole('status')).toContainText('Copied CloudFormation JSON');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(copied).Resources).toBeDefined();
  expect(copied).toContain('"OperationName": "GetPetById"');

  const downloadPromise = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download CloudFormation JSON' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('PetsStack.template.json');
  expect(await readFile(await download.path(), 'utf8')).toBe(copied);
});

test('a design with errors explains why there is no CloudFormation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'CloudFormation YAML' }).click();
  // A path without the leading "/" is an error: CDK would refuse it.
  await page.getByRole('textbox', { name: /Resource path \(path\)/ }).fill('pets');
  await expect(page.getByRole('region', { name: 'Output' }).getByRole('tabpanel')).toContainText(
    'No CloudFormation while the design has 1 error',
  );
});
