import { pointer } from '../../diagnostics';
import type { Design } from '../types';
import { isImportedFunction, isRunCodeOutcome } from '../types';
import { methodKey, parseSampleMethod } from '../defaults';
import type { Reporter } from './report';
import { quote } from './report';

/**
 * Samples that run the function's code (`lambda.runCode`, an extension of contract v1): only a
 * created function's inline Node.js code can run in the app. A warning: samples never affect the
 * template or the code (contract rule 14).
 */
export function checkRunCodeSamples(design: Design, report: Reporter): void {
  (design.samples ?? []).forEach((sample, index) => {
    if (!isRunCodeOutcome(sample.lambda)) return;
    const parsed = parseSampleMethod(sample.method);
    if (!parsed) return;
    const key = methodKey(parsed.httpMethod, parsed.path);
    const method = design.methods.find((m) => methodKey(m.httpMethod, m.path) === key);
    const fn = method && design.functions.find((f) => f.id === method.function);
    if (!fn) return; // a dangling method or function is reported by rules/references
    const at = pointer('samples', index, 'lambda', 'runCode');
    if (isImportedFunction(fn)) {
      report.warning(
        'design/run-code-unavailable',
        at,
        `Sample ${quote(sample.name)} runs the code of ${quote(fn.id)}, which is imported by its ARN: its code is not in the design, so the simulator cannot run it.`,
        'Give the sample a result or an error instead.',
      );
    } else if (!fn.runtime.startsWith('nodejs')) {
      report.warning(
        'design/run-code-unavailable',
        at,
        `Sample ${quote(sample.name)} runs the code of ${quote(fn.id)}, whose runtime is ${fn.runtime}: only Node.js inline code runs in the simulator.`,
        'Choose a nodejs runtime, or give the sample a result or an error.',
      );
    }
  });
}
