/**
 * "Verify on AWS": the `aws apigateway test-invoke-method` command that sends the current sample to
 * the deployed API's method, as the console's Test button does (AWS CLI reference: apigateway
 * test-invoke-method; --headers, --multi-value-headers and --stage-variables take JSON maps).
 */
import type { Design, SampleRequest } from '../design/types';
import { parseSampleMethod } from '../design/defaults';

export interface TestInvokeInput {
  design: Design;
  /** "GET /pets/{petId}" */
  method: string;
  request: SampleRequest;
  /** The deployed REST API's id; a placeholder when empty. */
  restApiId?: string;
  /** The resource's id; when empty, the command looks it up with get-resources. */
  resourceId?: string;
  /** Defaults to the design's stack region; left to the CLI's configuration when neither is set. */
  region?: string;
  profile?: string;
}

export interface TestInvokeCommand {
  /** The whole command for a POSIX shell (bash, zsh), lines continued with a backslash. */
  command: string;
  /** The command that prints the resource id, on its own. */
  lookupCommand: string;
  /** The request path with its parameters filled in and the query string, as sent. */
  pathWithQueryString: string;
  notes: string[];
}

export const REST_API_ID_PLACEHOLDER = '<rest-api-id>';

/**
 * POSIX single quotes: nothing inside is special, and a quote is written '\'' (closing, an escaped
 * quote, reopening). Words made only of safe characters stay bare. Written here rather than with a
 * shell-quoting package because those backslash-escape ?, = and &, which is valid but hard to read
 * in a command people copy and edit.
 */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The resource path with `{name}` and `{name+}` filled in from the sample (each segment URL-encoded). */
export function fillPath(path: string, pathParameters: Record<string, string> | undefined): string {
  return path.replace(/\{([^}+]+)(\+?)\}/g, (whole, name: string, greedy: string) => {
    const value = pathParameters?.[name];
    if (value === undefined) return whole;
    return greedy ? value.split('/').map(encodeURIComponent).join('/') : encodeURIComponent(value);
  });
}

/** "?a=1&b=2&b=3" from the sample's query maps (multi-value entries win for their name), or "". */
export function queryString(request: SampleRequest): string {
  const pairs: Array<[string, string]> = [];
  const multi = request.multiValueQueryStringParameters ?? {};
  for (const [name, value] of Object.entries(request.queryStringParameters ?? {})) {
    if (!(name in multi)) pairs.push([name, value]);
  }
  for (const [name, values] of Object.entries(multi)) for (const value of values) pairs.push([name, value]);
  if (pairs.length === 0) return '';
  return '?' + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

const nonEmpty = (map: Record<string, unknown> | undefined) =>
  map !== undefined && Object.keys(map).length > 0;

/** The command, ready to paste into a terminal with the AWS CLI v2 configured. */
export function testInvokeCommand(input: TestInvokeInput): TestInvokeCommand {
  const parsed = parseSampleMethod(input.method);
  const httpMethod = parsed?.httpMethod ?? input.request.method?.toUpperCase() ?? 'GET';
  const resourcePath = parsed?.path ?? input.request.path ?? '/';
  const restApiId = input.restApiId?.trim() || REST_API_ID_PLACEHOLDER;
  const region = input.region?.trim() || input.design.stack.env?.region;
  const common = [
    ...(region ? ['--region', shellQuote(region)] : []),
    ...(input.profile?.trim() ? ['--profile', shellQuote(input.profile.trim())] : []),
  ];
  const lookup = [
    'aws apigateway get-resources',
    '--rest-api-id',
    shellQuote(restApiId),
    ...common,
    '--query',
    shellQuote(`items[?path=='${resourcePath}'].id`),
    '--output text',
  ].join(' ');
  const resourceId = input.resourceId?.trim() ? shellQuote(input.resourceId.trim()) : `"$(${lookup})"`;
  const request = input.request;
  const pathWithQueryString = fillPath(resourcePath, request.pathParameters) + queryString(request);
  const lines: string[][] = [
    ['aws apigateway test-invoke-method'],
    ['--rest-api-id', shellQuote(restApiId)],
    ['--resource-id', resourceId],
    ['--http-method', httpMethod],
    ['--path-with-query-string', shellQuote(pathWithQueryString)],
  ];
  if (typeof request.body === 'string') lines.push(['--body', shellQuote(request.body)]);
  if (nonEmpty(request.headers)) lines.push(['--headers', shellQuote(JSON.stringify(request.headers))]);
  if (nonEmpty(request.multiValueHeaders)) {
    lines.push(['--multi-value-headers', shellQuote(JSON.stringify(request.multiValueHeaders))]);
  }
  if (nonEmpty(request.stageVariables)) {
    lines.push(['--stage-variables', shellQuote(JSON.stringify(request.stageVariables))]);
  }
  if (common.length > 0) lines.push(common);
  lines.push(['--output', 'json']);

  const notes: string[] = [];
  if (restApiId === REST_API_ID_PLACEHOLDER)
    notes.push('Enter the deployed API’s id (the part before .execute-api in its URL).');
  if (!input.resourceId?.trim()) {
    notes.push('The resource id is looked up by path with get-resources; paste it in to skip the lookup.');
  }
  if (nonEmpty(request.context)) {
    notes.push(
      '$context overrides of the sample cannot be sent: test-invoke-method sets its own (stage test-invoke-stage, source IP test-invoke-source-ip).',
    );
  }
  if (httpMethod === 'ANY')
    notes.push('The method is ANY: test-invoke-method calls it with --http-method ANY.');
  notes.push(
    'test-invoke-method calls the method as it is in API Gateway now, deployed or not, and skips authorization and API keys.',
  );
  return {
    command: lines.map((parts) => parts.join(' ')).join(' \\\n  '),
    lookupCommand: lookup,
    pathWithQueryString,
    notes,
  };
}
