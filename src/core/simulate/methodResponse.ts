/**
 * Stage 7, method response: the status, headers and body the client receives, logged as the console
 * logs them ("Method response body after transformations", "Method response headers",
 * "Successfully completed execution", "Method completed with status: 200").
 */
import type { GatewayError } from './gatewayResponses';
import { javaMap, truncate } from './log';
import { findEntry, joinedValues, lastValues, allValues, type MultiMap } from './multimap';
import { payloadForDisplay, type Payload } from './payload';
import type { SimulationStep } from './types';

export interface FinalResponse {
  status: number;
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  body: string;
  isBase64Encoded: boolean;
  step: SimulationStep;
}

/** A response the integration produced: API Gateway adds the trace header and a default Content-Type. */
export function methodResponse(
  status: number,
  headers: MultiMap,
  payload: Payload,
  contentType: string,
  traceId: string,
): FinalResponse {
  const final: MultiMap = [['X-Amzn-Trace-Id', [`Root=${traceId};Sampled=0`]], ...headers];
  if (!findEntry(final, 'Content-Type', true)) final.push(['Content-Type', [contentType]]);
  const shown = payloadForDisplay(payload);
  const log = [
    `Method response body after transformations: ${truncate(shown.body)}`,
    `Method response headers: ${javaMap(joinedValues(final))}`,
    'Successfully completed execution',
    `Method completed with status: ${status}`,
  ];
  return {
    status,
    headers: lastValues(final),
    multiValueHeaders: allValues(final),
    body: shown.body,
    isBase64Encoded: shown.isBase64Encoded,
    step: { stage: 'Method response', log, data: { status, headers: allValues(final), ...shown } },
  };
}

/** A response API Gateway produced itself (403, 415, 500, 502, 504, …). */
export function gatewayErrorResponse(error: GatewayError): FinalResponse {
  const multi: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(error.headers)) multi[name] = [value];
  return {
    status: error.status,
    headers: { ...error.headers },
    multiValueHeaders: multi,
    body: error.body,
    isBase64Encoded: false,
    step: {
      stage: 'Method response',
      log: [`Method completed with status: ${error.status}`],
      notes: [`API Gateway answers ${error.status} ${error.body} itself (${error.kind}).`],
      data: { status: error.status, headers: multi, body: error.body },
    },
  };
}
