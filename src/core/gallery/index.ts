/**
 * The scenario gallery: curated designs, each teaching one thing about API Gateway → Lambda, with
 * samples whose expected outcomes the explanation promises (checked in gallery.test.ts against the
 * simulator and the real aws-cdk-lib).
 */
import { asyncInvocation } from './scenarios/asyncInvocation';
import { binaryImage } from './scenarios/binaryImage';
import { caching } from './scenarios/caching';
import { corsHeaders } from './scenarios/corsHeaders';
import { errorMapping } from './scenarios/errorMapping';
import { formUrlEncoded } from './scenarios/formUrlEncoded';
import { jsonReshaping } from './scenarios/jsonReshaping';
import { proxyHelloWorld } from './scenarios/proxyHelloWorld';
import { requiredParameters } from './scenarios/requiredParameters';
import { responseStreaming } from './scenarios/responseStreaming';
import { why415 } from './scenarios/why415';
import { why502 } from './scenarios/why502';
import type { Scenario } from './types';

export type { Scenario, ScenarioFix } from './types';

/** In the order the gallery shows them: first steps first. */
export const SCENARIOS: readonly Scenario[] = [
  proxyHelloWorld,
  jsonReshaping,
  formUrlEncoded,
  errorMapping,
  corsHeaders,
  binaryImage,
  asyncInvocation,
  caching,
  why415,
  why502,
  requiredParameters,
  responseStreaming,
];

/** A fresh copy of a scenario (callers may change the design), or undefined for an unknown id. */
export function scenarioById(id: string): Scenario | undefined {
  const found = SCENARIOS.find((s) => s.id === id);
  return found ? (JSON.parse(JSON.stringify(found)) as Scenario) : undefined;
}
