import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { generate } from '../src/core/generate';
import { projectFiles, type ProjectLanguage } from '../src/core/codegen/project/projectFiles';
import { exampleDesign } from '../src/state/example';
import { test, expect } from './fixtures';

const PREFS_KEY = 'integration-studio:prefs';

/** Each CDK tab, its file, and lines only that language's idiomatic CDK code has. */
const LANGUAGES = [
  {
    tab: 'CDK TypeScript',
    kind: 'cdk-typescript',
    idioms: [
      'new apigateway.LambdaIntegration(getPetFunction, {',
      "api.root.resourceForPath('/pets/{petId}')",
    ],
  },
  {
    tab: 'CDK Python',
    kind: 'cdk-python',
    idioms: [
      'api.root.resource_for_path("/pets/{petId}").add_method(',
      'apigateway.IntegrationResponse(status_code="200")',
    ],
  },
  {
    tab: 'CDK Java',
    kind: 'cdk-java',
    idioms: [
      'LambdaIntegration.Builder.create(getPetFunction)',
      'api.getRoot().resourceForPath("/pets/{petId}")',
    ],
  },
  {
    tab: 'CDK C#',
    kind: 'cdk-csharp',
    idioms: [
      'new LambdaIntegration(getPetFunction, new LambdaIntegrationOptions',
      'api.Root.ResourceForPath("/pets/{petId}")',
    ],
  },
  {
    tab: 'CDK Go',
    kind: 'cdk-go',
    idioms: [
      'awsapigateway.NewLambdaIntegration(getPetFunction, &awsapigateway.LambdaIntegrationOptions{',
      'api.Root().ResourceForPath(jsii.String("/pets/{petId}"))',
    ],
  },
] as const;

const outputPanel = (page: Page) => page.getByRole('region', { name: 'Output' }).getByRole('tabpanel');

test("each language tab shows that language's CDK program, exactly as the core prints it", async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const files = generate(exampleDesign()).files;
  const code = page.getByTestId('output-code');
  for (const language of LANGUAGES) {
    await page.getByRole('tab', { name: language.tab, exact: true }).click();
    for (const idiom of language.idioms) await expect(code).toContainText(idiom);
    // The other languages' idioms are not there: the pane switched, not appended.
    for (const other of LANGUAGES.filter((l) => l !== language))
      await expect(code).not.toContainText(other.idioms[0]);
    await outputPanel(page)
      .getByRole('button', { name: `Copy ${language.tab}` })
      .click();
    await expect(outputPanel(page).getByRole('status')).toContainText(`Copied ${language.tab}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(files[language.kind]);
  }
});

test('the Go tab says what Go cannot guarantee about map order; the others do not', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'CDK Go', exact: true }).click();
  const note = outputPanel(page).locator('.output-note');
  await expect(note).toContainText('Map order in Go');
  await expect(note).toContainText('different logical ID');
  await page.screenshot({ path: test.info().outputPath('output-cdk-go.png') });
  for (const tab of ['CDK TypeScript', 'CDK Python', 'CDK Java', 'CDK C#']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await expect(outputPanel(page).getByText('Map order in Go')).toHaveCount(0);
  }
});

test('the chosen language is remembered across a reload; an unknown saved choice is ignored', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'CDK Java', exact: true }).click();
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('"cdk-java"'), PREFS_KEY);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'CDK Java', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('output-code')).toContainText(
    'LambdaIntegration.Builder.create(getPetFunction)',
  );

  await page.getByRole('tab', { name: 'CDK C#', exact: true }).click();
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('"cdk-csharp"'), PREFS_KEY);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'CDK C#', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('output-code')).toContainText('new LambdaIntegration(getPetFunction');

  // A tab another version saved, or a hand-edited one: the default tab shows, nothing breaks.
  await page.evaluate(
    (key) => localStorage.setItem(key, JSON.stringify({ outputTab: 'cdk-cobol' })),
    PREFS_KEY,
  );
  await page.reload();
  await expect(page.getByRole('tab', { name: 'CDK TypeScript', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('output-code')).toContainText(
    'new apigateway.LambdaIntegration(getPetFunction',
  );
});

test('Download project gives a zip of the runnable project, for the design as it is now', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: /\(operationName\)/ }).fill('GetPetById');
  const design = exampleDesign();
  design.methods[0].options = { ...design.methods[0].options, operationName: 'GetPetById' };

  const cases: Array<{ tab: string; language: ProjectLanguage; stackFile: string; expect: string }> = [
    {
      tab: 'CDK TypeScript',
      language: 'typescript',
      stackFile: 'lib/pets-stack.ts',
      expect: "operationName: 'GetPetById'",
    },
    {
      tab: 'CDK Python',
      language: 'python',
      stackFile: 'pets/pets_stack.py',
      expect: 'operation_name="GetPetById"',
    },
  ];
  for (const { tab, language, stackFile, expect: line } of cases) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    const downloading = page.waitForEvent('download');
    await outputPanel(page)
      .getByRole('button', { name: /^Download project \(\.zip\)/ })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`pets-${language}.zip`);
    const unzipped = unzipSync(new Uint8Array(await readFile(await download.path())));
    const expected = projectFiles(design, language);
    expect(Object.keys(unzipped).sort()).toEqual(
      Object.keys(expected)
        .map((path) => `pets-${language}/${path}`)
        .sort(),
    );
    for (const [path, text] of Object.entries(expected))
      expect(strFromU8(unzipped[`pets-${language}/${path}`]), path).toBe(text);
    expect(strFromU8(unzipped[`pets-${language}/${stackFile}`])).toContain(line);
  }
});
