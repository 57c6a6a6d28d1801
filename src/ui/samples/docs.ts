import type { FieldDoc } from '../forms/docs';

/** Help for the sample request editor, in our own words. */
export const SAMPLE_DOCS = {
  name: {
    title: 'Sample name',
    doc: 'A name to tell this sample from the method’s others.',
    default: 'required',
  },
  pathParameters: {
    title: 'Path parameters',
    doc: 'Values of the {name} parts of the resource path, as $input.params() and the proxy event see them.',
    default: 'none',
  },
  queryStringParameters: {
    title: 'Query string parameters',
    doc: 'Query string of the request, one value per name.',
    default: 'none',
  },
  multiValueQueryStringParameters: {
    title: 'Multi-value query string parameters',
    doc: 'Query parameters that repeat (?tag=a&tag=b), one value per line; the proxy event lists them all.',
    default: 'none',
  },
  multiValueHeaders: {
    title: 'Multi-value headers',
    doc: 'Headers sent more than once, one value per line.',
    default: 'none',
  },
  headers: {
    title: 'Headers',
    doc: 'Request headers. Content-Type chooses the request template.',
    default: 'none',
  },
  stageVariables: {
    title: 'Stage variables',
    doc: 'Stage variables of the stage the request arrives on ($stageVariables).',
    default: 'none',
  },
  body: {
    title: 'Body',
    doc: 'The request payload. Off means no body at all (null), which is not the same as an empty one.',
    default: 'no body',
  },
  context: {
    title: 'Context overrides',
    doc: 'A JSON object whose values replace the simulated $context values, e.g. {"stage": "dev", "identity": {"sourceIp": "198.51.100.1"}}.',
    default: 'realistic, deterministic values',
  },
  lambda: {
    title: 'Lambda outcome',
    doc: 'What the function does with this request: return a result, fail with an error (matched by selection patterns), or run the function’s own Node.js code.',
    default: 'returns {}',
  },
  result: { title: 'Result', doc: 'The JSON value the function returns.', default: '{}' },
  errorMessage: {
    title: 'Error message',
    doc: 'The errorMessage of the failed invocation; integration responses match their selectionPattern against it.',
    default: 'required',
  },
  errorType: {
    title: 'Error type',
    doc: 'The errorType, e.g. the exception class name.',
    default: 'not set',
  },
  durationMs: {
    title: 'Duration in ms',
    doc: 'How long the invocation takes. Longer than the integration timeout gives a 504.',
    default: 'instant',
  },
} satisfies Record<string, FieldDoc>;
