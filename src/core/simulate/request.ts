/** The method request as the simulator carries it between stages. */
import type { MultiMap } from './multimap';

export interface MethodRequest {
  /** The HTTP verb the client used (for an ANY method, the concrete one). */
  httpMethod: string;
  /** The matched resource, e.g. "/pets/{petId}". */
  resourcePath: string;
  /** The request path with parameters filled in, e.g. "/pets/7". */
  path: string;
  pathParameters: Record<string, string>;
  query: MultiMap;
  headers: MultiMap;
  body: string | null;
  stageVariables: Record<string, string>;
}
