/**
 * integration-studio: the command-line tool over the same pure core as the app.
 *   render    a mapping template against a sample request, as API Gateway renders it
 *   simulate  a request through a design's method, stage by stage
 *   generate  CDK code, CloudFormation, OpenAPI and SAM from a design
 *   validate  a design
 *   import    a design from CloudFormation or OpenAPI
 * JSON in (files, or "-" for standard input), JSON out; diagnostics on stderr. Exit codes:
 * 0 success, 1 the input has errors, 2 the tool was called wrongly or an input could not be read.
 */
import { parseArgs } from 'node:util';
import { generateCommand, generateUsage } from './commands/generate';
import { importCommand, importUsage } from './commands/import';
import { renderCommand, renderUsage } from './commands/render';
import { simulateCommand, simulateUsage } from './commands/simulate';
import { validateCommand, validateUsage } from './commands/validate';
import { UsageError, type Output } from './io';

declare const CLI_VERSION: string | undefined;

const USAGE = `Usage: integration-studio <command> [options]   (integration-studio <command> --help for details)

Commands:
  render     Render an API Gateway mapping template (VTL) against a sample request
  simulate   Simulate a request through a design's method, stage by stage
  generate   Generate CDK code, CloudFormation, OpenAPI 3.0 and SAM from a design
  validate   Validate a design
  import     Rebuild a design from a CloudFormation template or an OpenAPI document

Files are JSON (templates and imports may be YAML); "-" reads standard input.
Exit codes: 0 success, 1 the input has errors, 2 wrong usage or unreadable input.`;

const USAGES: Record<string, string> = {
  render: renderUsage,
  simulate: simulateUsage,
  generate: generateUsage,
  validate: validateUsage,
  import: importUsage,
};

/** Runs a parseArgs call, turning its errors (unknown option, missing value) into usage errors. */
function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** One positional input, "-" when standard input is piped and none is given. */
function single(positionals: string[], what: string, stdinIsTty: boolean): string {
  if (positionals.length > 1) throw new UsageError(`expected one ${what}, got ${positionals.length}`);
  if (positionals.length === 1) return positionals[0];
  if (!stdinIsTty) return '-';
  throw new UsageError(`missing ${what} (a file, or "-" for standard input)`);
}

export function run(argv: string[], out: Output, stdinIsTty: boolean): number {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out.stdout(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      out.stdout(`${typeof CLI_VERSION === 'string' ? CLI_VERSION : 'dev'}\n`);
      return 0;
    }
    const usage = USAGES[command];
    if (!usage) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      out.stdout(`${usage}\n`);
      return 0;
    }
    switch (command) {
      case 'validate': {
        const { positionals } = parsed(() =>
          parseArgs({ args: rest, allowPositionals: true, strict: true, options: {} }),
        );
        return validateCommand({ design: single(positionals, 'design', stdinIsTty) }, out);
      }
      case 'generate': {
        const { values, positionals } = parsed(() =>
          parseArgs({
            args: rest,
            allowPositionals: true,
            strict: true,
            options: {
              output: { type: 'string', short: 'o', multiple: true },
              'out-dir': { type: 'string' },
              project: { type: 'string' },
              'no-path-metadata': { type: 'boolean' },
            },
          }),
        );
        return generateCommand(
          {
            design: single(positionals, 'design', stdinIsTty),
            outputs: values.output?.flatMap((o) => o.split(',')).filter(Boolean) ?? [],
            outDir: values['out-dir'],
            project: values.project,
            pathMetadata: !values['no-path-metadata'],
          },
          out,
        );
      }
      case 'render': {
        const { values, positionals } = parsed(() =>
          parseArgs({
            args: rest,
            allowPositionals: true,
            strict: true,
            options: {
              input: { type: 'string' },
              template: { type: 'string', short: 't' },
              request: { type: 'string', short: 'r' },
              phase: { type: 'string' },
              'integration-response': { type: 'string' },
              'content-type': { type: 'string' },
              json: { type: 'boolean' },
            },
          }),
        );
        if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
        const input = values.input ?? (values.template === undefined && !stdinIsTty ? '-' : undefined);
        return renderCommand(
          {
            input,
            template: values.template,
            request: values.request,
            phase: values.phase,
            integrationResponse: values['integration-response'],
            contentType: values['content-type'],
            json: Boolean(values.json),
          },
          out,
        );
      }
      case 'simulate': {
        const { values, positionals } = parsed(() =>
          parseArgs({
            args: rest,
            allowPositionals: true,
            strict: true,
            options: {
              method: { type: 'string', short: 'm' },
              request: { type: 'string', short: 'r' },
              lambda: { type: 'string', short: 'l' },
              sample: { type: 'string', short: 's' },
              'test-invoke': { type: 'boolean' },
            },
          }),
        );
        return simulateCommand(
          {
            design: single(positionals, 'design', stdinIsTty),
            method: values.method,
            request: values.request,
            lambda: values.lambda,
            sample: values.sample,
            testInvoke: Boolean(values['test-invoke']),
          },
          out,
        );
      }
      case 'import': {
        const { values, positionals } = parsed(() =>
          parseArgs({
            args: rest,
            allowPositionals: true,
            strict: true,
            options: { json: { type: 'boolean' } },
          }),
        );
        return importCommand(
          { file: single(positionals, 'template or OpenAPI file', stdinIsTty), json: Boolean(values.json) },
          out,
        );
      }
    }
    return 2;
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`integration-studio: ${error.message}\n`);
      if (command && USAGES[command]) out.stderr(`\n${USAGES[command]}\n`);
      return 2;
    }
    out.stderr(
      `integration-studio: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 70;
  }
}

/** Writes to stdout and stderr synchronously enough for piping, then exits with the code. */
function main(): void {
  const chunks = { out: [] as string[], err: [] as string[] };
  const code = run(
    process.argv.slice(2),
    { stdout: (t) => chunks.out.push(t), stderr: (t) => chunks.err.push(t) },
    Boolean(process.stdin.isTTY),
  );
  if (chunks.err.length) process.stderr.write(chunks.err.join(''));
  process.stdout.write(chunks.out.join(''), () => process.exit(code));
}

main();
