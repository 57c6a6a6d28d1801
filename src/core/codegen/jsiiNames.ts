/**
 * jsii's naming rules: how a jsii (TypeScript) name is spelled in each CDK language binding.
 * jsii-pacmak generates the Python, Java, C# and Go bindings of aws-cdk-lib with these rules; the
 * printers use them, and the name-check tests apply them to the `.jsii` assembly to prove every
 * name the generated code uses exists.
 */
import type { CdkModule } from './cdkNames';

/** Splits a camelCase or PascalCase name into words: `resourceForPath` → resource, For, Path. */
function camelWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ');
}

/** Python keywords, which jsii escapes with a trailing `_` (e.g. `lambda_`). */
const PYTHON_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally ' +
    'for from global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);

/** Python: methods, properties and keyword arguments are snake_case (`status_code`). */
export function pythonMemberName(jsiiName: string): string {
  const snake = camelWords(jsiiName)
    .map((word) => word.toLowerCase())
    .join('_');
  return PYTHON_KEYWORDS.has(snake) ? `${snake}_` : snake;
}

/**
 * Python: a static property keeps its name when it is a constant (`Runtime.NODEJS_22_X`); enum
 * members keep theirs (`AuthorizationType.IAM`).
 */
export function pythonConstantName(jsiiName: string): string {
  return /^[A-Z0-9_]+$/.test(jsiiName) ? jsiiName : pythonMemberName(jsiiName);
}

/** C# and Go: members are PascalCase (`ResourceForPath`, `StatusCode`). */
export function pascalMemberName(jsiiName: string): string {
  return jsiiName.charAt(0).toUpperCase() + jsiiName.slice(1);
}

/** Java: a property is read through a getter (`getRoot()`); constants stay fields. */
export function javaGetterName(jsiiName: string): string {
  return `get${pascalMemberName(jsiiName)}`;
}

/** The Python module, Java package, C# namespace and Go package of each jsii module. */
export interface ModuleNames {
  python: string;
  java: string;
  csharp: string;
  /** Go import path and package name. */
  goPath: string;
  goPackage: string;
}

/** From the assembly's `targets` (aws-cdk-lib 2.x, constructs 10.x). */
export const MODULE_NAMES: Readonly<Record<CdkModule, ModuleNames>> = {
  core: {
    python: 'aws_cdk',
    java: 'software.amazon.awscdk',
    csharp: 'Amazon.CDK',
    goPath: 'github.com/aws/aws-cdk-go/awscdk/v2',
    goPackage: 'awscdk',
  },
  aws_apigateway: {
    python: 'aws_cdk.aws_apigateway',
    java: 'software.amazon.awscdk.services.apigateway',
    csharp: 'Amazon.CDK.AWS.APIGateway',
    goPath: 'github.com/aws/aws-cdk-go/awscdk/v2/awsapigateway',
    goPackage: 'awsapigateway',
  },
  aws_iam: {
    python: 'aws_cdk.aws_iam',
    java: 'software.amazon.awscdk.services.iam',
    csharp: 'Amazon.CDK.AWS.IAM',
    goPath: 'github.com/aws/aws-cdk-go/awscdk/v2/awsiam',
    goPackage: 'awsiam',
  },
  aws_lambda: {
    python: 'aws_cdk.aws_lambda',
    java: 'software.amazon.awscdk.services.lambda',
    csharp: 'Amazon.CDK.AWS.Lambda',
    goPath: 'github.com/aws/aws-cdk-go/awscdk/v2/awslambda',
    goPackage: 'awslambda',
  },
  constructs: {
    python: 'constructs',
    java: 'software.constructs',
    csharp: 'Constructs',
    goPath: 'github.com/aws/constructs-go/constructs/v10',
    goPackage: 'constructs',
  },
};

/** Go: the package of a jsii submodule is its name without separators (`aws_apigateway` → `awsapigateway`). */
export function goPackageOfSubmodule(submodule: string): string {
  return submodule.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
}

/** snake_case of a camelCase variable name (`gatewayRole` → `gateway_role`), for Python locals. */
export function snakeCaseOf(name: string): string {
  return camelWords(name)
    .map((word) => word.toLowerCase())
    .join('_');
}
