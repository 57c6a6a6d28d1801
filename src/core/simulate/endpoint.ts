/**
 * The request API Gateway sends to Lambda's Invoke API: its URI and headers. The headers API Gateway
 * adds itself are shown as the console shows them (credentials redacted); values are illustrative.
 */
import { amzDate, javaMap, truncate } from './log';
import { joinedValues, setAll, type MultiMap } from './multimap';
import type { MethodRequest } from './request';
import type { LambdaTarget } from './lambdaTarget';

export interface RequestIds {
  requestId: string;
  apiId: string;
  stage: string;
  epochMillis: number;
  traceId: string;
}

function sourceArn(target: LambdaTarget, ids: RequestIds, request: MethodRequest): string {
  return `arn:aws:execute-api:${target.region}:${target.account}:${ids.apiId}/${ids.stage}/${request.httpMethod}${request.path}`;
}

/** Headers API Gateway sets on every Lambda invocation, in the order the console logs them. */
export function gatewayEndpointHeaders(
  target: LambdaTarget,
  ids: RequestIds,
  request: MethodRequest,
): MultiMap {
  return [
    ['x-amzn-lambda-integration-tag', [ids.requestId]],
    ['Authorization', ['*'.repeat(40) + ids.requestId.replace(/-/g, '').slice(-6)]],
    ['X-Amz-Date', [amzDate(ids.epochMillis)]],
    ['x-amzn-apigateway-api-id', [ids.apiId]],
    ['X-Amz-Source-Arn', [sourceArn(target, ids, request)]],
    ['Accept', ['application/json']],
    ['User-Agent', [`AmazonAPIGateway_${ids.apiId}`]],
    ['X-Amz-Security-Token', ['*'.repeat(20)]],
    ['Host', [`lambda.${target.region}.amazonaws.com`]],
    ['X-Amzn-Trace-Id', [`Root=${ids.traceId}`]],
    ['Content-Type', ['application/json']],
  ];
}

/** Mapped and overridden headers come first; API Gateway's own headers keep their values. */
export function endpointHeaders(gateway: MultiMap, mapped: MultiMap): MultiMap {
  let headers: MultiMap = [];
  for (const [name, values] of mapped) headers = setAll(headers, name, values, true);
  for (const [name, values] of gateway) {
    if (!headers.some(([n]) => n.toLowerCase() === name.toLowerCase())) headers.push([name, values]);
  }
  return headers;
}

function encode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}

export function uriWithQuery(uri: string, query: MultiMap): string {
  const pairs = query.flatMap(([name, values]) => values.map((v) => `${encode(name)}=${encode(v)}`));
  return pairs.length === 0 ? uri : `${uri}?${pairs.join('&')}`;
}

export function endpointRequestLog(uri: string, headers: MultiMap, body: string): string[] {
  return [
    `Endpoint request URI: ${uri}`,
    `Endpoint request headers: ${javaMap(joinedValues(headers))}`,
    `Endpoint request body after transformations: ${truncate(body)}`,
    `Sending request to ${uri}`,
  ];
}
