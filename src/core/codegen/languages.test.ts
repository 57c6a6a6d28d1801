import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../design/types';
import { validDesign } from '../../testing/arbitraries';
import { loadParsers, parseProgram, type CodeLanguage } from '../../testing/codeGrammars';
import { fixtureNames, loadFixture } from '../../testing/fixtures';
import { checkCdkNames } from '../../testing/nameCheck';
import { generateCSharp } from './csharp';
import { generateGo } from './go';
import { generateJava } from './java';
import { generatePython } from './python';
import { generateTypeScript } from './typescript';

// Every CDK language's program parses with that language's real grammar (tree-sitter, WebAssembly)
// and every CDK name it uses exists in aws-cdk-lib's jsii assembly under that language's name.
const GENERATORS: Record<CodeLanguage, (design: Design) => string> = {
  typescript: generateTypeScript,
  python: generatePython,
  java: generateJava,
  csharp: generateCSharp,
  go: generateGo,
};
const LANGUAGES = Object.keys(GENERATORS) as CodeLanguage[];
const RANDOM_DESIGNS = 100;

let parsers: Awaited<ReturnType<typeof loadParsers>>;
beforeAll(async () => {
  parsers = await loadParsers();
});

function checkProgram(language: CodeLanguage, code: string): { errors: string[]; uses: string[] } {
  const parsed = parseProgram(parsers, language, code);
  const names = checkCdkNames(language, parsed.root);
  return { errors: [...parsed.errors, ...names.errors], uses: names.uses };
}

describe.each(LANGUAGES)('%s programs', (language) => {
  it.each(fixtureNames())('fixture %s parses and uses only names in the jsii assembly', (name) => {
    const code = GENERATORS[language](loadFixture(name));
    const result = checkProgram(language, code);
    expect(result.errors, code).toEqual([]);
    expect(result.uses).toContain('new aws-cdk-lib.aws_apigateway.RestApi');
  });

  it(`${RANDOM_DESIGNS} random valid designs parse and pass the name check`, () => {
    const designs = fc.sample(validDesign(), { numRuns: RANDOM_DESIGNS, seed: 6060 });
    for (const design of designs) {
      const code = GENERATORS[language](design);
      expect(checkProgram(language, code).errors, code).toEqual([]);
    }
  });
});

describe('the checks can fail', () => {
  const pets = loadFixture('pets-basic');
  const broken: Record<CodeLanguage, Array<[from: string, to: string, error: RegExp]>> = {
    typescript: [
      ['resourceForPath', 'resource_for_path', /no member resource_for_path on .*RestApi|IResource/],
      ['NODEJS_22_X', 'NODEJS_99_X', /no static member NODEJS_99_X/],
      ['const api', 'const const api', /ERROR|MISSING/],
    ],
    python: [
      ['resource_for_path', 'resourceForPath', /no member resourceForPath/],
      ['handler="index.handler"', 'handlr="index.handler"', /no field handlr on .*FunctionProps/],
      ['api = apigateway', 'api = apigateway(', /ERROR|MISSING/],
    ],
    java: [
      ['getRoot()', 'root()', /no member root on .*RestApi/],
      ['.handler(', '.handlr(', /no field handlr on .*FunctionProps/],
      ['Builder.create(this', 'Builder.create(this,', /ERROR|MISSING/],
    ],
    csharp: [
      ['ResourceForPath', 'resourceForPath', /no member resourceForPath/],
      ['Handler =', 'Handlr =', /no field Handlr on .*FunctionProps/],
      ['var api', 'var var api', /ERROR|MISSING/],
    ],
    go: [
      ['Duration_Seconds', 'Duration_Second', /no static member Second on aws-cdk-lib.Duration/],
      ['jsii.String("Api"), nil)', 'jsii.String("Api"))', /takes 3 arguments, got 2/],
      ['Handler:', 'Handlr:', /no field Handlr on .*FunctionProps/],
    ],
  };

  it.each(LANGUAGES)('%s: a wrong name, a wrong argument count or broken syntax is reported', (language) => {
    const code = GENERATORS[language](pets);
    expect(checkProgram(language, code).errors).toEqual([]);
    for (const [from, to, error] of broken[language]) {
      expect(code, from).toContain(from);
      const errors = checkProgram(language, code.replace(from, to)).errors;
      expect(errors.join('\n'), `${from} → ${to}`).toMatch(error);
    }
  });

  it.each(LANGUAGES)('%s: the check sees every kind of name the program uses', (language) => {
    const { uses } = checkProgram(language, GENERATORS[language](loadFixture('integration-every-option')));
    expect(uses).toEqual(
      expect.arrayContaining([
        'new aws-cdk-lib.aws_lambda.Function',
        'new aws-cdk-lib.aws_apigateway.LambdaIntegration',
        'static aws-cdk-lib.aws_lambda.Code.fromInline()',
        'static aws-cdk-lib.Duration.millis()',
        'static aws-cdk-lib.aws_lambda.Runtime.NODEJS_22_X',
        'static aws-cdk-lib.aws_apigateway.Model.EMPTY_MODEL',
        'enum aws-cdk-lib.aws_apigateway.PassthroughBehavior.NEVER',
        'enum aws-cdk-lib.aws_apigateway.AuthorizationType.IAM',
        'property aws-cdk-lib.aws_apigateway.RestApi.root',
        'method aws-cdk-lib.aws_apigateway.IResource.resourceForPath()',
        'method aws-cdk-lib.aws_apigateway.Resource.addMethod()',
        'field aws-cdk-lib.aws_lambda.FunctionProps.memorySize',
        'field aws-cdk-lib.aws_apigateway.LambdaIntegrationOptions.requestTemplates',
        'field aws-cdk-lib.aws_apigateway.IntegrationResponse.selectionPattern',
        'field aws-cdk-lib.aws_apigateway.MethodOptions.methodResponses',
        'field aws-cdk-lib.aws_apigateway.MethodResponse.responseModels',
      ]),
    );
  });
});
