import { renderTemplate, type RenderInput, type SampleRequest } from '../../src/core';
import { hasError, jsonText, printDiagnostics, readJson, readText, UsageError, type Output } from '../io';

export const renderUsage = `integration-studio render --template FILE --request FILE [--phase request|response]
                          [--integration-response FILE] [--content-type TYPE] [--json]
integration-studio render --input JOB.json | -
  Renders a mapping template as API Gateway does. A job file holds
  {"template": "...", "request": {...}, "phase"?, "integrationResponse"?: {"statusCode", "headers"?, "body"}, "contentType"?}.
  stdout: the rendered text (with --json: {"output", "failure", "diagnostics"}); diagnostics on stderr;
  exit 1 when API Gateway would fail the request or a diagnostic is an error.`;

export interface RenderArgs {
  input?: string;
  template?: string;
  request?: string;
  phase?: string;
  integrationResponse?: string;
  contentType?: string;
  json: boolean;
}

interface Job {
  template: string;
  input: RenderInput;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function phaseOf(value: unknown): RenderInput['phase'] {
  if (value === undefined) return undefined;
  if (value === 'request' || value === 'response') return value;
  throw new UsageError(`phase must be "request" or "response", not ${JSON.stringify(value)}`);
}

function integrationResponseOf(value: unknown): RenderInput['integrationResponse'] {
  if (value === undefined) return undefined;
  if (!isObject(value) || typeof value.statusCode !== 'number' || typeof value.body !== 'string') {
    throw new UsageError(
      'the integration response must be {"statusCode": number, "headers"?: {...}, "body": string}',
    );
  }
  return value as RenderInput['integrationResponse'];
}

function requestOf(value: unknown): SampleRequest {
  if (!isObject(value)) throw new UsageError('the request must be a JSON object (a sample request)');
  return value as SampleRequest;
}

function readJob(args: RenderArgs): Job {
  if (args.input !== undefined) {
    const job = readJson(args.input, 'render job');
    if (!isObject(job) || typeof job.template !== 'string') {
      throw new UsageError('a render job is {"template": string, "request": {...}, ...}');
    }
    return {
      template: job.template,
      input: {
        phase: phaseOf(job.phase),
        request: requestOf(job.request ?? {}),
        integrationResponse: integrationResponseOf(job.integrationResponse),
        contentType: typeof job.contentType === 'string' ? job.contentType : undefined,
      },
    };
  }
  if (args.template === undefined) throw new UsageError('render needs --template FILE (or --input JOB.json)');
  return {
    template: readText(args.template, 'template'),
    input: {
      phase: phaseOf(args.phase),
      request: requestOf(args.request !== undefined ? readJson(args.request, 'request') : {}),
      integrationResponse: integrationResponseOf(
        args.integrationResponse !== undefined
          ? readJson(args.integrationResponse, 'integration response')
          : undefined,
      ),
      contentType: args.contentType,
    },
  };
}

export function renderCommand(args: RenderArgs, out: Output): number {
  const job = readJob(args);
  const result = renderTemplate(job.template, job.input);
  printDiagnostics(
    out,
    result.diagnostics,
    args.template && args.template !== '-' ? args.template : 'template',
  );
  if (result.failure) out.stderr(`error: API Gateway would fail the request: ${result.failure.message}\n`);
  if (args.json) {
    out.stdout(jsonText({ output: result.output, failure: result.failure, diagnostics: result.diagnostics }));
  } else {
    out.stdout(result.output);
  }
  return result.failure || hasError(result.diagnostics) ? 1 : 0;
}
