/**
 * Parameter mapping expressions (API Gateway developer guide, "Parameter mapping source reference"
 * for REST APIs; API reference: Integration.requestParameters, IntegrationResponse.responseParameters,
 * Method.requestParameters, MethodResponse.responseParameters). API Gateway rejects a malformed or
 * undeclared one when the method is deployed: "Invalid mapping expression specified".
 */
import { pointer } from '../../diagnostics';
import type { MethodDesign } from '../types';
import type { Reporter } from './report';
import { entriesOf, hasOwn, quote } from './report';

const REQUEST_LOCATIONS = [
  'path',
  'querystring',
  'header',
  'multivaluequerystring',
  'multivalueheader',
] as const;
type RequestLocation = (typeof REQUEST_LOCATIONS)[number];

const LOCATION = `(${REQUEST_LOCATIONS.join('|')})`;
const INTEGRATION_REQUEST_DESTINATION = new RegExp(`^integration\\.request\\.${LOCATION}\\.(.+)$`);
const METHOD_REQUEST_PARAMETER = new RegExp(`^method\\.request\\.${LOCATION}\\.(.+)$`);
const METHOD_RESPONSE_HEADER = /^method\.response\.header\.(.+)$/;
const STATIC_VALUE = /^'[\s\S]*'$/;
const CONTEXT_VARIABLE = /^context\.[A-Za-z0-9_$]+(\.[A-Za-z0-9_$-]+)*$/;
const STAGE_VARIABLE = /^stageVariables\.[A-Za-z0-9_]+$/;
const REQUEST_BODY = /^method\.request\.body(\..+)?$/;
const RESPONSE_SOURCE = /^integration\.response\.(header\..+|multivalueheader\..+|body(\..+)?)$/;

/** API Gateway's message for a mapping that refers to an undeclared parameter. */
export function undeclaredParameterMessage(parameter: string): string {
  return `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: ${parameter}]`;
}

function isStaticValue(source: string): boolean {
  return source.length >= 2 && STATIC_VALUE.test(source);
}

/** A valid mapping source: the phase's own (`own`), a context or stage variable, or a static value. */
function isMappingSource(source: string, own: RegExp): boolean {
  return (
    own.test(source) || CONTEXT_VARIABLE.test(source) || STAGE_VARIABLE.test(source) || isStaticValue(source)
  );
}

/** The single- and multi-value spellings of a request parameter are declared by either key. */
function declaredKeys(location: RequestLocation, name: string): string[] {
  switch (location) {
    case 'querystring':
    case 'multivaluequerystring':
      return [`method.request.querystring.${name}`, `method.request.multivaluequerystring.${name}`];
    case 'header':
    case 'multivalueheader':
      return [`method.request.header.${name}`, `method.request.multivalueheader.${name}`];
    default:
      return [`method.request.path.${name}`];
  }
}

/** Whether a method request parameter is declared in the method's requestParameters. */
export function isDeclaredRequestParameter(method: MethodDesign, parameter: string): boolean {
  const match = METHOD_REQUEST_PARAMETER.exec(parameter);
  if (!match) return false;
  const declared = method.options?.requestParameters ?? {};
  return declaredKeys(match[1] as RequestLocation, match[2]).some((key) => hasOwn(declared, key));
}

/** The method's requestParameters keys, integration.requestParameters and cacheKeyParameters. */
export function checkRequestMappings(method: MethodDesign, index: number, report: Reporter): void {
  const names = new Map<string, string>();
  for (const [key] of entriesOf(method.options?.requestParameters)) {
    const at = () => pointer('methods', index, 'options', 'requestParameters', key);
    const match = METHOD_REQUEST_PARAMETER.exec(key);
    if (!match) {
      report.error(
        'aws/method-request-parameter',
        at(),
        `${quote(key)} is not a method request parameter; API Gateway expects method.request.{path|querystring|header}.NAME.`,
        'For example "method.request.querystring.limit".',
      );
      continue;
    }
    const other = names.get(match[2]);
    if (other !== undefined && other !== match[1]) {
      report.warning(
        'hint/request-parameter-name-reused',
        at(),
        `The name ${quote(match[2])} is declared as both a ${other} and a ${match[1]} parameter; API Gateway expects parameter names to be unique across querystring, header and path.`,
        'Rename one of them.',
      );
    }
    names.set(match[2], match[1]);
  }

  for (const [destination, source] of entriesOf(method.integration?.requestParameters)) {
    const at = () => pointer('methods', index, 'integration', 'requestParameters', destination);
    if (!INTEGRATION_REQUEST_DESTINATION.test(destination)) {
      report.error(
        'aws/mapping-destination',
        at(),
        `Invalid mapping expression specified: ${destination}`,
        'A request parameter mapping key is integration.request.{path|querystring|header|multivaluequerystring|multivalueheader}.NAME.',
      );
    }
    if (METHOD_REQUEST_PARAMETER.test(source)) {
      if (!isDeclaredRequestParameter(method, source)) {
        report.error(
          'aws/mapping-source-undeclared',
          at(),
          undeclaredParameterMessage(source),
          `Declare ${quote(source)}: true (required) or false (optional) in the method's requestParameters.`,
        );
      }
    } else if (!isMappingSource(source, REQUEST_BODY)) {
      report.error(
        'aws/mapping-source',
        at(),
        `Invalid mapping expression specified: ${source}`,
        "A source is method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.NAME, method.request.body[.JSONPath], context.NAME, stageVariables.NAME, or a static value in single quotes like 'text'.",
      );
    }
  }

  (method.integration?.cacheKeyParameters ?? []).forEach((parameter, position) => {
    const declared = method.options?.requestParameters ?? {};
    if (!hasOwn(declared, parameter)) {
      // API Gateway PutIntegration: "Invalid cache key parameter specified"; cacheKeyParameters must
      // also be method request parameters (API reference, Integration.cacheKeyParameters).
      report.error(
        'aws/cache-key-undeclared',
        pointer('methods', index, 'integration', 'cacheKeyParameters', position),
        `Invalid cache key parameter specified: ${parameter} is not among the method's requestParameters.`,
        `Declare ${quote(parameter)} in the method's requestParameters.`,
      );
    }
  });
}

/**
 * An integration response's responseParameters: each key a method.response.header.NAME that the
 * method response for the same status code declares; each value a valid response mapping source.
 */
export function checkResponseMappings(method: MethodDesign, index: number, report: Reporter): void {
  (method.integration?.integrationResponses ?? []).forEach((response, responseIndex) => {
    const methodResponse = (method.options?.methodResponses ?? []).find(
      (mr) => mr.statusCode === response.statusCode,
    );
    for (const [destination, source] of entriesOf(response.responseParameters)) {
      const at = () =>
        pointer(
          'methods',
          index,
          'integration',
          'integrationResponses',
          responseIndex,
          'responseParameters',
          destination,
        );
      if (!METHOD_RESPONSE_HEADER.test(destination)) {
        report.error(
          'aws/mapping-destination',
          at(),
          `Invalid mapping expression specified: ${destination}`,
          'A response parameter mapping key is method.response.header.NAME.',
        );
      } else if (!methodResponse) {
        report.error(
          'aws/response-parameter-undeclared',
          at(),
          'Invalid mapping expression specified: Validation Result: warnings : [], errors : [No method response exists for method.]',
          `Add a method response with statusCode ${quote(response.statusCode)} that declares ${quote(destination)}.`,
        );
      } else if (!hasOwn(methodResponse.responseParameters ?? {}, destination)) {
        report.error(
          'aws/response-parameter-undeclared',
          at(),
          undeclaredParameterMessage(destination),
          `Declare ${quote(destination)} in the method response with statusCode ${quote(response.statusCode)}.`,
        );
      }
      if (!isMappingSource(source, RESPONSE_SOURCE)) {
        report.error(
          'aws/mapping-source',
          at(),
          `Invalid mapping expression specified: ${source}`,
          "A source is integration.response.header.NAME, integration.response.multivalueheader.NAME, integration.response.body[.JSONPath], context.NAME, stageVariables.NAME, or a static value in single quotes like 'text'.",
        );
      }
    }
  });

  (method.options?.methodResponses ?? []).forEach((response, responseIndex) => {
    for (const [key] of entriesOf(response.responseParameters)) {
      if (!METHOD_RESPONSE_HEADER.test(key)) {
        report.error(
          'aws/method-response-parameter',
          pointer('methods', index, 'options', 'methodResponses', responseIndex, 'responseParameters', key),
          `${quote(key)} is not a method response header; API Gateway expects method.response.header.NAME.`,
          'For example "method.response.header.Location".',
        );
      }
    }
  });
}
