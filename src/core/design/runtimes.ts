/**
 * The Lambda runtimes aws-cdk-lib 2.276.0's `lambda.Runtime` class knows (its static members; the
 * variable NODEJS_LATEST and FROM_IMAGE left out), with the member name the printers use and whether
 * CDK accepts inline code for it. `runtimes.test.ts` derives the list from the real class and fails
 * when the two drift apart.
 */
export interface LambdaRuntimeInfo {
  /** The `lambda.Runtime` static member, e.g. `NODEJS_22_X`. */
  member: string;
  /** `Runtime.supportsInlineCode`: CDK throws "Inline source not allowed for …" otherwise. */
  inlineCode: boolean;
}

export const LAMBDA_RUNTIMES: Readonly<Record<string, LambdaRuntimeInfo>> = Object.freeze({
  nodejs: { member: 'NODEJS', inlineCode: true },
  'nodejs4.3': { member: 'NODEJS_4_3', inlineCode: true },
  'nodejs6.10': { member: 'NODEJS_6_10', inlineCode: true },
  'nodejs8.10': { member: 'NODEJS_8_10', inlineCode: true },
  'nodejs10.x': { member: 'NODEJS_10_X', inlineCode: true },
  'nodejs12.x': { member: 'NODEJS_12_X', inlineCode: true },
  'nodejs14.x': { member: 'NODEJS_14_X', inlineCode: true },
  'nodejs16.x': { member: 'NODEJS_16_X', inlineCode: true },
  'nodejs18.x': { member: 'NODEJS_18_X', inlineCode: true },
  'nodejs20.x': { member: 'NODEJS_20_X', inlineCode: true },
  'nodejs22.x': { member: 'NODEJS_22_X', inlineCode: true },
  'nodejs24.x': { member: 'NODEJS_24_X', inlineCode: true },
  'python2.7': { member: 'PYTHON_2_7', inlineCode: true },
  'python3.6': { member: 'PYTHON_3_6', inlineCode: true },
  'python3.7': { member: 'PYTHON_3_7', inlineCode: true },
  'python3.8': { member: 'PYTHON_3_8', inlineCode: true },
  'python3.9': { member: 'PYTHON_3_9', inlineCode: true },
  'python3.10': { member: 'PYTHON_3_10', inlineCode: true },
  'python3.11': { member: 'PYTHON_3_11', inlineCode: true },
  'python3.12': { member: 'PYTHON_3_12', inlineCode: true },
  'python3.13': { member: 'PYTHON_3_13', inlineCode: true },
  'python3.14': { member: 'PYTHON_3_14', inlineCode: true },
  'python3.15': { member: 'PYTHON_3_15', inlineCode: true },
  java8: { member: 'JAVA_8', inlineCode: false },
  'java8.al2': { member: 'JAVA_8_CORRETTO', inlineCode: false },
  java11: { member: 'JAVA_11', inlineCode: false },
  java17: { member: 'JAVA_17', inlineCode: false },
  java21: { member: 'JAVA_21', inlineCode: false },
  java25: { member: 'JAVA_25', inlineCode: false },
  'java8.al2023': { member: 'JAVA_8_AL2023', inlineCode: false },
  'java11.al2023': { member: 'JAVA_11_AL2023', inlineCode: false },
  'java17.al2023': { member: 'JAVA_17_AL2023', inlineCode: false },
  dotnet6: { member: 'DOTNET_6', inlineCode: false },
  dotnet8: { member: 'DOTNET_8', inlineCode: false },
  dotnet9: { member: 'DOTNET_9', inlineCode: false },
  dotnet10: { member: 'DOTNET_10', inlineCode: false },
  'dotnetcore1.0': { member: 'DOTNET_CORE_1', inlineCode: false },
  'dotnetcore2.0': { member: 'DOTNET_CORE_2', inlineCode: false },
  'dotnetcore2.1': { member: 'DOTNET_CORE_2_1', inlineCode: false },
  'dotnetcore3.1': { member: 'DOTNET_CORE_3_1', inlineCode: false },
  'go1.x': { member: 'GO_1_X', inlineCode: false },
  'ruby2.5': { member: 'RUBY_2_5', inlineCode: false },
  'ruby2.7': { member: 'RUBY_2_7', inlineCode: false },
  'ruby3.2': { member: 'RUBY_3_2', inlineCode: false },
  'ruby3.3': { member: 'RUBY_3_3', inlineCode: false },
  'ruby3.4': { member: 'RUBY_3_4', inlineCode: false },
  'ruby4.0': { member: 'RUBY_4_0', inlineCode: false },
  provided: { member: 'PROVIDED', inlineCode: false },
  'provided.al2': { member: 'PROVIDED_AL2', inlineCode: false },
  'provided.al2023': { member: 'PROVIDED_AL2023', inlineCode: false },
});

/**
 * Deprecation dates of the inline-code runtimes, as aws-cdk-lib's template validation
 * (@aws/cloudformation-validate 1.14.0, rules E2531/E2533/W2531) knows them. In a project made by
 * `cdk init`, `@aws-cdk/core:validateAgainstDefaultRules` is on, so `cdk synth` fails once a
 * runtime's creation date has passed. Dates are UTC days (YYYY-MM-DD).
 */
export interface RuntimeDeprecation {
  deprecated: string;
  createDisabled: string;
  updateDisabled: string;
  successor: string;
}

export const RUNTIME_DEPRECATIONS: Readonly<Record<string, RuntimeDeprecation>> = Object.freeze({
  nodejs: {
    deprecated: '2016-08-30',
    createDisabled: '2016-09-30',
    updateDisabled: '2016-10-31',
    successor: 'nodejs24.x',
  },
  'nodejs4.3': {
    deprecated: '2020-03-05',
    createDisabled: '2020-02-03',
    updateDisabled: '2020-03-05',
    successor: 'nodejs24.x',
  },
  'nodejs6.10': {
    deprecated: '2019-08-12',
    createDisabled: '2019-07-12',
    updateDisabled: '2019-08-12',
    successor: 'nodejs24.x',
  },
  'nodejs8.10': {
    deprecated: '2020-03-06',
    createDisabled: '2020-02-04',
    updateDisabled: '2020-03-06',
    successor: 'nodejs24.x',
  },
  'nodejs10.x': {
    deprecated: '2021-07-30',
    createDisabled: '2021-07-30',
    updateDisabled: '2022-02-14',
    successor: 'nodejs24.x',
  },
  'nodejs12.x': {
    deprecated: '2023-03-31',
    createDisabled: '2023-03-31',
    updateDisabled: '2023-04-30',
    successor: 'nodejs24.x',
  },
  'nodejs14.x': {
    deprecated: '2023-12-04',
    createDisabled: '2024-01-09',
    updateDisabled: '2027-03-03',
    successor: 'nodejs24.x',
  },
  'nodejs16.x': {
    deprecated: '2024-06-12',
    createDisabled: '2027-02-01',
    updateDisabled: '2027-03-03',
    successor: 'nodejs24.x',
  },
  'nodejs18.x': {
    deprecated: '2025-09-01',
    createDisabled: '2027-02-01',
    updateDisabled: '2027-03-03',
    successor: 'nodejs24.x',
  },
  'nodejs20.x': {
    deprecated: '2026-04-30',
    createDisabled: '2027-02-01',
    updateDisabled: '2027-03-03',
    successor: 'nodejs24.x',
  },
  'python2.7': {
    deprecated: '2021-07-15',
    createDisabled: '2021-07-15',
    updateDisabled: '2022-05-30',
    successor: 'python3.14',
  },
  'python3.6': {
    deprecated: '2022-07-18',
    createDisabled: '2022-07-18',
    updateDisabled: '2022-08-29',
    successor: 'python3.14',
  },
  'python3.7': {
    deprecated: '2023-12-04',
    createDisabled: '2024-01-09',
    updateDisabled: '2027-03-03',
    successor: 'python3.14',
  },
  'python3.8': {
    deprecated: '2024-10-14',
    createDisabled: '2027-02-01',
    updateDisabled: '2027-03-03',
    successor: 'python3.14',
  },
  'python3.9': {
    deprecated: '2025-12-15',
    createDisabled: '2027-02-01',
    updateDisabled: '2027-03-03',
    successor: 'python3.14',
  },
});

/** A runtime id for printers: its `lambda.Runtime` member, or undefined when CDK does not know it. */
export function runtimeMember(runtime: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(LAMBDA_RUNTIMES, runtime)
    ? LAMBDA_RUNTIMES[runtime].member
    : undefined;
}
