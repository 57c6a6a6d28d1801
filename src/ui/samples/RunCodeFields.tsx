import type { Diagnostic } from '../../core/diagnostics';
import { isImportedFunction } from '../../core/design/types';
import { durationMs } from '../../core/simulate/lambdaTarget';
import { notRunnable } from '../../state/lambdaRunner';
import { useAppStore } from '../../state/store';
import { diagnosticsAt } from '../forms/diagnostics';
import { Field } from '../forms/Field';
import { CodeRunStatus } from './CodeRunStatus';
import './runCode.css';

/** Lambda's default timeout when CDK's Function props leave it unset. */
const FUNCTION_DEFAULT_TIMEOUT_MS = 3000;

export const RUN_CODE_DOC = {
  title: "Function's code",
  doc:
    "The function's inline Node.js code (index.js), shared by every sample that runs it. The simulator " +
    'calls the handler in a Web Worker without network, stops it after the function’s timeout and shows ' +
    'its console lines in the Lambda stage.',
  default: 'the code from the function’s form',
};

/**
 * The third Lambda outcome of a sample, "Run the function's code": what runs and where, the
 * function's inline code (the same field as the function's form), and while it runs a status line
 * with Stop.
 */
export function RunCodeFields({
  functionId,
  diagnostics,
}: {
  functionId: string;
  diagnostics: readonly Diagnostic[];
}) {
  const design = useAppStore((s) => s.design);
  const setAt = useAppStore((s) => s.setAt);
  const index = design.functions.findIndex((f) => f.id === functionId);
  const fn = design.functions[index];
  if (!fn) return <p className="run-code-note">The method’s function {functionId} is not in the design.</p>;
  if (isImportedFunction(fn)) {
    return (
      <p className="run-code-note" role="note">
        {functionId} is imported by its ARN: its code is not in the design, so it cannot run here. Choose
        “Returns a result” or “Fails with an error” instead.
      </p>
    );
  }
  const path = `/functions/${index}/code/inline`;
  const unsupported = notRunnable({
    event: null,
    payload: '',
    functionId,
    runtime: fn.runtime,
    handler: fn.handler,
    code: fn.code?.inline ?? '',
    invocationType: 'RequestResponse',
    timeLimitMs: 0,
  });
  const timeoutS = (durationMs(fn.timeout) ?? FUNCTION_DEFAULT_TIMEOUT_MS) / 1000;
  return (
    <div className="run-code">
      <p className="run-code-note">
        Runs <code>{fn.handler}</code> of {functionId} ({fn.runtime}) in your browser: no network, no modules,
        stopped after the function’s timeout ({timeoutS} s).
      </p>
      {unsupported && 'error' in unsupported ? (
        <p className="run-code-note run-code-warning" role="note">
          {unsupported.error.errorMessage}
        </p>
      ) : null}
      <Field
        className="field-wide"
        title={RUN_CODE_DOC.title}
        property="code"
        doc={RUN_CODE_DOC}
        path={path}
        diagnostics={diagnosticsAt(diagnostics, path)}
      >
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            className="code-input"
            rows={10}
            spellCheck={false}
            data-path={path}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={fn.code?.inline ?? ''}
            onChange={(e) => setAt(path, e.target.value)}
          />
        )}
      </Field>
      <CodeRunStatus />
    </div>
  );
}
