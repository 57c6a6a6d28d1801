/**
 * A runnable CDK project per language: the files `cdk init app --language <language>` would give
 * (aws-cdk CLI 2.1148.1 init templates), with the design's stack in them and a short README.
 * Versions are pinned to the ones the CloudFormation shown was checked against.
 */
import type { Design } from '../../design/types';
import { buildAppIr } from '../buildIr';
import { printCSharpProjectFiles } from '../csharp';
import { printGo } from '../go';
import type { AppIr } from '../ir';
import { JAVA_PACKAGE, printJavaProjectFiles } from '../java';
import { printPythonProjectFiles } from '../python';
import { printTypeScript } from '../typescript';
import { CDK_INIT_FEATURE_FLAGS } from './featureFlags';

/** The versions the generated projects pin (the oracle's: checked against node_modules in tests). */
export const CDK_VERSIONS = {
  awsCdkLib: '2.276.0',
  constructs: '10.8.1',
  awsCdkCli: '2.1148.1',
  /** jsii-runtime-go, as `cdk init app --language go` requires it. */
  jsiiRuntimeGo: '1.121.0',
} as const;

export type ProjectLanguage = 'typescript' | 'python' | 'java' | 'csharp' | 'go';

export const PROJECT_LANGUAGES: readonly ProjectLanguage[] = ['typescript', 'python', 'java', 'csharp', 'go'];

/** File path (with `/`) → text. */
export type ProjectFiles = Record<string, string>;

/** The project's name in words: the stack class without `Stack` (`PetsStack` → Pets). */
function projectWords(ir: AppIr): string[] {
  const base = ir.stack.className.replace(/Stack$/, '') || 'App';
  return base
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ')
    .map((word) => word.toLowerCase());
}

/** `pets-api`: the TypeScript/Go project and directory name. */
export function projectName(design: Design): string {
  return projectWords(buildAppIr(design)).join('-');
}

/** cdk.json: the init template's `app` and `watch`, plus the feature flags `cdk init` adds. */
function cdkJson(app: string, watchExclude: string[]): string {
  const config = {
    app,
    watch: { include: ['**'], exclude: ['README.md', 'cdk*.json', ...watchExclude] },
    context: CDK_INIT_FEATURE_FLAGS,
  };
  return jsonFile(config);
}

/** `.gitignore`: the language's entries, then what every `cdk init` template ignores. */
function gitignore(entries: string[]): string {
  return [...entries, '', '# CDK asset staging directory', '.cdk.staging', 'cdk.out', ''].join('\n');
}

/** A JSON file as `cdk init` writes them: two-space indentation, a final line break. */
function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function readme(title: string, setup: string[], notes: string[] = []): string {
  return [
    `# ${title}`,
    '',
    'A CDK app made by Integration Studio: an Amazon API Gateway REST API with AWS Lambda integrations.',
    '',
    '## Run it',
    '',
    ...setup.map((step) => `- ${step}`),
    '- `cdk synth` prints the CloudFormation template (as Integration Studio showed it).',
    '- `cdk deploy` deploys the stack to your default AWS account and region',
    '  (run `cdk bootstrap` once per account and region first).',
    '',
    ...notes,
  ].join('\n');
}

/** The TypeScript printer's one-file app, split into the `lib/` stack module and the `bin/` entry. */
function typeScriptProject(ir: AppIr, name: string): ProjectFiles {
  const code = printTypeScript(ir);
  const marker = '\nconst app = new cdk.App();\n';
  const at = code.lastIndexOf(marker);
  const stackModule = code.slice(0, at + 1);
  const main = code.slice(at + 1);
  const bin = [
    '#!/usr/bin/env node',
    "import * as cdk from 'aws-cdk-lib';",
    `import { ${ir.stack.className} } from '../lib/${name}-stack';`,
    '',
    main,
  ].join('\n');
  const packageJson = {
    name,
    version: '0.1.0',
    bin: { [name]: `bin/${name}.js` },
    scripts: { build: 'tsc', watch: 'tsc -w', cdk: 'cdk' },
    devDependencies: {
      '@types/node': '^22',
      'aws-cdk': CDK_VERSIONS.awsCdkCli,
      tsx: '^4.23.0',
      typescript: '~5.9.3',
    },
    dependencies: { 'aws-cdk-lib': CDK_VERSIONS.awsCdkLib, constructs: CDK_VERSIONS.constructs },
  };
  const tsconfig = {
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['es2022'],
      declaration: true,
      strict: true,
      noImplicitAny: true,
      strictNullChecks: true,
      noImplicitThis: true,
      alwaysStrict: true,
      noImplicitReturns: true,
      inlineSourceMap: true,
      inlineSources: true,
      experimentalDecorators: true,
      strictPropertyInitialization: false,
      skipLibCheck: true,
      noEmit: true,
      isolatedModules: true,
      types: ['node'],
    },
    exclude: ['node_modules', 'cdk.out'],
  };
  return {
    'package.json': jsonFile(packageJson),
    'tsconfig.json': jsonFile(tsconfig),
    'cdk.json': cdkJson(`npx tsc && npx tsx bin/${name}.ts`, [
      '**/*.d.ts',
      '**/*.js',
      'tsconfig.json',
      'package*.json',
      'node_modules',
    ]),
    [`bin/${name}.ts`]: bin,
    [`lib/${name}-stack.ts`]: stackModule,
    '.gitignore': gitignore(['*.js', '!jest.config.js', '*.d.ts', 'node_modules']),
    'README.md': readme(`${ir.stack.className} (CDK TypeScript)`, ['`npm install`']),
  };
}

function pythonProject(ir: AppIr, words: string[]): ProjectFiles {
  const module = words.join('_');
  const files = printPythonProjectFiles(ir, module);
  return {
    'app.py': files.app,
    [`${module}/__init__.py`]: '',
    [`${module}/${module}_stack.py`]: files.stack,
    'requirements.txt': `aws-cdk-lib==${CDK_VERSIONS.awsCdkLib}\nconstructs>=10.0.0,<11.0.0\n`,
    'cdk.json': cdkJson('python3 app.py', [
      'requirements*.txt',
      'source.bat',
      '**/__init__.py',
      '**/__pycache__',
    ]),
    '.gitignore': gitignore([
      '*.swp',
      'package-lock.json',
      '__pycache__',
      '.pytest_cache',
      '.venv',
      '*.egg-info',
    ]),
    'README.md': readme(`${ir.stack.className} (CDK Python)`, [
      '`python3 -m venv .venv && source .venv/bin/activate`',
      '`pip install -r requirements.txt`',
    ]),
  };
}

function javaProject(ir: AppIr, words: string[]): ProjectFiles {
  const files = printJavaProjectFiles(ir);
  const artifact = words.join('-');
  const dir = `src/main/java/${JAVA_PACKAGE.replace(/\./g, '/')}`;
  const pom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 http://maven.apache.org/xsd/maven-4.0.0.xsd">
    <modelVersion>4.0.0</modelVersion>

    <groupId>${JAVA_PACKAGE}</groupId>
    <artifactId>${artifact}</artifactId>
    <version>0.1</version>

    <properties>
        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        <cdk.version>${CDK_VERSIONS.awsCdkLib}</cdk.version>
        <constructs.version>[10.0.0,11.0.0)</constructs.version>
    </properties>

    <build>
        <plugins>
            <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.11.0</version>
                <configuration>
                    <release>17</release>
                </configuration>
            </plugin>

            <plugin>
                <groupId>org.codehaus.mojo</groupId>
                <artifactId>exec-maven-plugin</artifactId>
                <version>3.1.0</version>
                <configuration>
                    <mainClass>${JAVA_PACKAGE}.${files.appClassName}</mainClass>
                </configuration>
            </plugin>
        </plugins>
    </build>

    <dependencies>
        <dependency>
            <groupId>software.amazon.awscdk</groupId>
            <artifactId>aws-cdk-lib</artifactId>
            <version>\${cdk.version}</version>
        </dependency>

        <dependency>
            <groupId>software.constructs</groupId>
            <artifactId>constructs</artifactId>
            <version>\${constructs.version}</version>
        </dependency>
    </dependencies>
</project>
`;
  return {
    'pom.xml': pom,
    'cdk.json': cdkJson('mvn -e -q compile exec:java', ['target', 'pom.xml', 'src/test']),
    [`${dir}/${files.appClassName}.java`]: files.app,
    [`${dir}/${ir.stack.className}.java`]: files.stack,
    '.gitignore': gitignore([
      '.classpath.txt',
      'target',
      '.classpath',
      '.project',
      '.idea',
      '.settings',
      '.vscode',
      '*.iml',
    ]),
    'README.md': readme(`${ir.stack.className} (CDK Java)`, [
      'Java 17 or later and Maven (`mvn package` builds it)',
    ]),
  };
}

function csharpProject(ir: AppIr): ProjectFiles {
  const files = printCSharpProjectFiles(ir);
  const project = files.namespace;
  const csproj = `<Project Sdk="Microsoft.NET.Sdk">

  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <!-- Roll forward to future major versions of the netcoreapp as needed -->
    <RollForward>Major</RollForward>
  </PropertyGroup>

  <ItemGroup>
    <!-- CDK Construct Library dependencies -->
    <PackageReference Include="Amazon.CDK.Lib" Version="${CDK_VERSIONS.awsCdkLib}" />
    <PackageReference Include="Constructs" Version="[10.0.0,11.0.0)" />
  </ItemGroup>

</Project>
`;
  return {
    'cdk.json': cdkJson(`dotnet run --project src/${project}/${project}.csproj`, [
      'src/*/obj',
      'src/*/bin',
      'src/*.sln',
      'src/*/*.csproj',
    ]),
    [`src/${project}/${project}.csproj`]: csproj,
    [`src/${project}/Program.cs`]: files.program,
    [`src/${project}/${ir.stack.className}.cs`]: files.stack,
    '.gitignore': gitignore(['bin/', 'obj/', '*.user', '.vs/']),
    'README.md': readme(`${ir.stack.className} (CDK C#)`, [
      '.NET 8 SDK or later (`dotnet build src` builds it)',
    ]),
  };
}

/** The note in the Go README: the Deployment's logical ID may differ (see go.ts). */
export const GO_MAP_ORDER_NOTE =
  "Go's jsii runtime hands CDK every map sorted by key (it goes through a Go map and " +
  '`encoding/json`), so where the design lists map entries (request parameters, templates, ' +
  'response parameters or models) in another order, the Deployment gets a different logical ID ' +
  'than the TypeScript app; the API works the same.';

function goProject(ir: AppIr, name: string): ProjectFiles {
  const goMod = `module ${name}

go 1.23.0

require (
\tgithub.com/aws/aws-cdk-go/awscdk/v2 v${CDK_VERSIONS.awsCdkLib}
\tgithub.com/aws/constructs-go/constructs/v10 v${CDK_VERSIONS.constructs}
\tgithub.com/aws/jsii-runtime-go v${CDK_VERSIONS.jsiiRuntimeGo}
)
`;
  return {
    'go.mod': goMod,
    // cdk init names the file after the project; main.go is what Go users look for, and go run takes either.
    'main.go': printGo(ir),
    'cdk.json': cdkJson('go mod download && go run main.go', ['go.mod', 'go.sum', '**/*test.go']),
    '.gitignore': gitignore(['# go.sum should be committed', '!go.sum']),
    'README.md': readme(
      `${ir.stack.className} (CDK Go)`,
      ['Go 1.23 or later; `go mod tidy` once, to fetch the modules and write go.sum'],
      ['## Map order', '', GO_MAP_ORDER_NOTE, ''],
    ),
  };
}

/** The project's files for a language (paths relative to the project directory). */
export function projectFiles(design: Design, language: ProjectLanguage): ProjectFiles {
  const ir = buildAppIr(design);
  const words = projectWords(ir);
  const name = words.join('-');
  switch (language) {
    case 'typescript':
      return typeScriptProject(ir, name);
    case 'python':
      return pythonProject(ir, words);
    case 'java':
      return javaProject(ir, words);
    case 'csharp':
      return csharpProject(ir);
    case 'go':
      return goProject(ir, name);
  }
}
