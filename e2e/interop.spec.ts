import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { generate } from '../src/core/generate';
import { OPENAPI_NOT_CARRIED } from '../src/core/interop/openapi/exportOpenApi';
import { SAM_NOT_CARRIED } from '../src/core/interop/sam/exportSam';
import { loadFixture } from '../src/testing/fixtures';
import { exampleDesign } from '../src/state/example';
import { test, expect } from './fixtures';
import { STORAGE_KEY, methodItem, waitForSaved } from './helpers';

/**
 * A CloudFormation template written by hand in YAML with short-form tags (!Ref, !GetAtt, !Sub,
 * !Join): a non-proxy GET /orders/{orderId}, plus a parameter and a table the design cannot hold.
 */
const ORDERS_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Description: Orders API written by hand, with short-form tags
Parameters:
  Stage:
    Type: String
    Default: live
Resources:
  OrdersRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
  OrdersFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Role: !GetAtt OrdersRole.Arn
      Code:
        ZipFile: 'exports.handler = async (event) => ({ id: event.id });'
  OrdersApi:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: orders-api
  OrdersResource:
    Type: AWS::ApiGateway::Resource
    Properties:
      RestApiId: !Ref OrdersApi
      ParentId: !GetAtt OrdersApi.RootResourceId
      PathPart: orders
  OrderResource:
    Type: AWS::ApiGateway::Resource
    Properties:
      RestApiId: !Ref OrdersApi
      ParentId: !Ref OrdersResource
      PathPart: '{orderId}'
  GetOrder:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref OrdersApi
      ResourceId: !Ref OrderResource
      HttpMethod: GET
      AuthorizationType: NONE
      RequestParameters:
        method.request.path.orderId: true
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: !Join
          - ''
          - - 'arn:'
            - !Ref AWS::Partition
            - ':apigateway:'
            - !Ref AWS::Region
            - ':lambda:path/2015-03-31/functions/'
            - !GetAtt OrdersFunction.Arn
            - /invocations
        RequestTemplates:
          application/json: '{ "id": "$input.params(''orderId'')" }'
        IntegrationResponses:
          - StatusCode: '200'
          - StatusCode: '404'
            SelectionPattern: 'Not found.*'
      MethodResponses:
        - StatusCode: '200'
        - StatusCode: '404'
  GetOrderPermission:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !GetAtt OrdersFunction.Arn
      Principal: apigateway.amazonaws.com
      SourceArn: !Sub arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${OrdersApi}/*/GET/orders/*
  OrdersDeployment:
    Type: AWS::ApiGateway::Deployment
    DependsOn: GetOrder
    Properties:
      RestApiId: !Ref OrdersApi
  OrdersStage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref OrdersApi
      DeploymentId: !Ref OrdersDeployment
      StageName: !Ref Stage
  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - { AttributeName: id, AttributeType: S }
      KeySchema:
        - { AttributeName: id, KeyType: HASH }
`;

/** A YAML "billion laughs": nine levels of aliases, each ten times the one before. */
function aliasBomb(): string {
  const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) {
    const previous = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
  }
  return lines.join('\n');
}

async function seriousViolations(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function importDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Import a template or OpenAPI document' });
}

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Drops a file with `text` on the page (as a file dragged from the desktop would be). */
async function dropFile(page: Page, target: string, name: string, text: string | { repeat: number }) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      const body = typeof content === 'string' ? content : 'x'.repeat(content.repeat);
      transfer.items.add(new File([body], fileName, { type: 'text/yaml' }));
      return transfer;
    },
    [name, text] as const,
  );
  await page.dispatchEvent(target, 'drop', { dataTransfer });
}

test.describe('import', () => {
  test('a pasted CloudFormation YAML with short-form tags: kind, what is not imported, then one undoable replace', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
    const dialog = await openImport(page);
    const box = dialog.getByRole('textbox', { name: /Template or OpenAPI document/ });
    await expect(box).toBeFocused();
    await box.fill(ORDERS_YAML);

    const preview = dialog.getByRole('region', { name: 'Import preview' });
    await expect(preview.getByTestId('import-kind')).toHaveText('Detected: CloudFormation template (YAML).');
    await expect(preview).toContainText('Rebuilds Stack ImportedStack, API orders-api: 1 method, 1 function');
    await expect(preview.getByRole('list', { name: 'Imported methods' })).toHaveText(
      /GET \/orders\/\{orderId\}\s*→ OrdersFunction \(non-proxy\)/,
    );
    await expect(preview.getByRole('heading', { name: 'Not imported (2)' })).toBeVisible();
    await expect(preview.getByRole('list', { name: 'Not imported (2)' }).getByRole('listitem')).toHaveText([
      'Parameter Stage: the design has no template parameters.',
      'Resource OrdersTable (AWS::DynamoDB::Table): not part of an API Gateway → Lambda design.',
    ]);
    await expect(preview).toContainText('Note: Not imported: OrdersTable (AWS::DynamoDB::Table). (line');
    await page.screenshot({ path: test.info().outputPath('import-cloudformation-yaml.png') });
    expect(await seriousViolations(page, '.import-dialog')).toEqual([]);

    // Nothing changed before the confirmation.
    await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
    await dialog.getByRole('button', { name: 'Replace the design with the import' }).click();
    await expect(dialog).toBeHidden();

    await expect(methodItem(page, 'GET /orders/{orderId}')).toBeVisible();
    await expect(methodItem(page, 'GET /pets/{petId}')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('orders-api');
    await expect(
      page
        .getByRole('status')
        .or(page.getByRole('alert'))
        .filter({ hasText: 'Imported the pasted CloudFormation template' }),
    ).toBeVisible();
    await page.getByRole('tab', { name: 'CDK TypeScript' }).click();
    await expect(page.getByTestId('output-code')).toContainText("selectionPattern: 'Not found.*'");
    await waitForSaved(page, 'OrdersFunction');

    // One step: Undo brings the previous design back whole.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
    await expect(methodItem(page, 'GET /orders/{orderId}')).toHaveCount(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(methodItem(page, 'GET /orders/{orderId}')).toBeVisible();
  });

  test('a file chosen in the dialog (OpenAPI from the core) or dropped on the page (cdk synth YAML)', async ({
    page,
  }) => {
    const design = loadFixture('multi-function-roles');
    const files = generate(design).files;
    await page.goto('/');

    const dialog = await openImport(page);
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a file…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'openapi.json',
      mimeType: 'application/json',
      buffer: Buffer.from(files['openapi-json']!),
    });
    const preview = dialog.getByRole('region', { name: 'Import preview' });
    await expect(preview.getByTestId('import-kind')).toHaveText('Detected: OpenAPI 3 document (JSON).');
    await expect(
      dialog.getByRole('textbox', { name: 'Template or OpenAPI document (from openapi.json)' }),
    ).toHaveValue(files['openapi-json']!);
    const methods = preview.getByRole('list', { name: 'Imported methods' }).getByRole('listitem');
    await expect(methods).toHaveCount(design.methods.length);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    // Dropped anywhere on the page: the dialog opens with the file read.
    await dropFile(page, 'main', 'PetsStack.template.yaml', files['cloudformation-yaml']!);
    await expect(importDialog(page)).toBeVisible();
    await expect(preview.getByTestId('import-kind')).toHaveText(
      'Detected: CloudFormation template from cdk synth (YAML).',
    );
    await expect(preview.getByRole('heading', { name: 'Not imported (0)' })).toBeVisible();
    await expect(preview).toContainText('Everything in the input was carried into the design.');
    await importDialog(page).getByRole('button', { name: 'Replace the design with the import' }).click();
    for (const m of design.methods) await expect(methodItem(page, `${m.httpMethod} ${m.path}`)).toBeVisible();
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(saved).not.toBeNull();
    await waitForSaved(page, design.functions[1].id);
  });

  test("hostile or huge input gets the core's clear message and changes nothing", async ({ page }) => {
    await page.goto('/');
    const dialog = await openImport(page);
    const box = dialog.getByRole('textbox', { name: /Template or OpenAPI document/ });
    const preview = dialog.getByRole('region', { name: 'Import preview' });
    const replace = dialog.getByRole('button', { name: 'Replace the design with the import' });

    await box.fill(aliasBomb());
    await expect(preview.getByRole('alert')).toHaveText(
      'Nothing can be imported from this input: The input expands to more than 500,000 values (YAML aliases that multiply, or simply too much data).',
    );
    await expect(replace).toBeDisabled();

    // 6 MB pasted: the core refuses it by its size, at once.
    await box.fill('x'.repeat(6_000_000));
    await expect(preview.getByRole('alert')).toHaveText(
      'Nothing can be imported from this input: The input is too large: 6,000,000 characters, at most 5,000,000 are accepted.',
    );
    await expect(replace).toBeDisabled();

    // A 6 MB file is refused before it is read.
    await dropFile(page, '.import-text', 'huge.yaml', { repeat: 6 * 1024 * 1024 });
    await expect(preview.getByRole('alert')).toHaveText(
      'huge.yaml is too large to import (6.0 MB; at most 5.0 MB). Templates and OpenAPI documents are far smaller.',
    );
    await expect(box).toHaveValue('');

    // Script in a template goes nowhere: it is text in the preview, never markup.
    await box.fill(
      ORDERS_YAML.replace('Name: orders-api', 'Name: "<img src=x onerror=alert(1)>"').replace(
        'Resources:\n',
        'Resources:\n  "<script>alert(2)</script>":\n    Type: AWS::SNS::Topic\n',
      ),
    );
    await expect(preview).toContainText('API <img src=x onerror=alert(1)>: 1 method');
    await expect(preview).toContainText('Resource <script>alert(2)</script> (AWS::SNS::Topic)');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(methodItem(page, 'GET /pets/{petId}')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('is reachable by keyboard and reads a design file of ours too', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open', exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = importDialog(page);
    const box = dialog.getByRole('textbox', { name: /Template or OpenAPI document/ });
    await expect(box).toBeFocused();
    const design = loadFixture('pets-basic');
    await box.fill(JSON.stringify(design));
    await expect(dialog.getByTestId('import-kind')).toHaveText(
      'Detected: Integration Studio design file (JSON).',
    );
    await page.keyboard.press('Tab'); // Choose a file…
    await page.keyboard.press('Tab'); // Cancel
    await page.keyboard.press('Tab'); // Replace
    await expect(dialog.getByRole('button', { name: 'Replace the design with the import' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(methodItem(page, `${design.methods[0].httpMethod} ${design.methods[0].path}`)).toBeVisible();
  });
});

test.describe('OpenAPI and SAM output tabs', () => {
  const tabs = [
    { name: 'OpenAPI JSON', kind: 'openapi-json', file: 'openapi.json', notCarried: OPENAPI_NOT_CARRIED },
    { name: 'OpenAPI YAML', kind: 'openapi-yaml', file: 'openapi.yaml', notCarried: OPENAPI_NOT_CARRIED },
    { name: 'SAM template', kind: 'sam-yaml', file: 'template.yaml', notCarried: SAM_NOT_CARRIED },
  ] as const;

  test("show the core's export with Copy, Download and what the format cannot carry", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    const files = generate(exampleDesign()).files;
    for (const tab of tabs) {
      await page.getByRole('tab', { name: tab.name, exact: true }).click();
      const panel = page.getByRole('tabpanel', { name: tab.name, exact: true });
      await expect(page.getByTestId('output-code')).toContainText(
        tab.kind === 'openapi-json'
          ? '"x-amazon-apigateway-integration"'
          : 'x-amazon-apigateway-integration:',
      );
      await panel.getByRole('button', { name: `Copy ${tab.name}` }).click();
      await expect(panel.getByRole('status')).toContainText(`Copied ${tab.name}`);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(files[tab.kind]);

      const download = page.waitForEvent('download');
      await panel.getByRole('button', { name: `Download ${tab.name}` }).click();
      expect((await download).suggestedFilename()).toBe(tab.file);
      expect(await readFile(await (await download).path(), 'utf8')).toBe(files[tab.kind]);

      const notes = panel.locator('details.interop-notes');
      // One disclosure for both OpenAPI tabs: it stays open from the JSON tab to the YAML tab.
      if (!(await notes.evaluate((details) => (details as HTMLDetailsElement).open)))
        await notes.getByText(/^What (OpenAPI|SAM) cannot carry of the design/).click();
      await expect(notes.getByRole('listitem')).toHaveText([...tab.notCarried]);
      await page.screenshot({ path: test.info().outputPath(`output-${tab.kind}.png`) });
    }
    expect(await seriousViolations(page, '.output-pane')).toEqual([]);
  });

  test('explain why there is no export while the design has errors', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('tab', { name: 'SAM template' }).click();
    await page.getByRole('textbox', { name: /Resource path \(path\)/ }).fill('pets');
    await expect(page.getByRole('region', { name: 'Output' }).getByRole('tabpanel')).toContainText(
      'No SAM template while the design has 1 error',
    );
  });
});
