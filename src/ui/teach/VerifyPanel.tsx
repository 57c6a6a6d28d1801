import { useEffect, useMemo, useState } from 'react';
import type { SimulateResult } from '../../core';
import { isRunCodeOutcome, type LambdaOutcome } from '../../core/design/types';
import { samplesFor } from '../../state/derived';
import { workerRunner } from '../../state/lambdaRunner';
import { useAppStore } from '../../state/store';
import { copyText } from '../output/download';
import { useTeachCore } from './teachCore';
import { useTeachStore } from './teachStore';

/**
 * "Verify on AWS": the exact test-invoke-method command for the current sample, and a box for its
 * output whose execution log is compared line by line with the simulated one. A sample that runs
 * the function's code runs it in the Lambda runner's Web Worker (as the Simulation tab does) once
 * there is output to compare with.
 */
const DEFAULT_OUTCOME: LambdaOutcome = { result: {} };

export function VerifyPanel({ methodIndex }: { methodIndex: number }) {
  const core = useTeachCore();
  const design = useAppStore((s) => s.design);
  const chosen = useAppStore((s) => s.selectedSample);
  const inputs = useTeachStore((s) => s.verify);
  const setInputs = useTeachStore((s) => s.setVerify);
  const [copied, setCopied] = useState('');
  const method = design.methods[methodIndex];
  const selected = method ? samplesFor(design, method, chosen) : undefined;
  const sample = selected?.selected;
  const request = useMemo(
    () => sample?.request ?? (method ? { method: method.httpMethod, path: method.path } : {}),
    [sample, method],
  );

  const command = useMemo(
    () =>
      core && selected
        ? core.testInvokeCommand({
            design,
            method: selected.key,
            request,
            restApiId: inputs.restApiId,
            resourceId: inputs.resourceId,
            region: inputs.region,
          })
        : undefined,
    [core, design, selected, request, inputs.restApiId, inputs.resourceId, inputs.region],
  );
  const key = selected?.key;
  const lambda: LambdaOutcome = sample?.lambda ?? DEFAULT_OUTCOME;
  const wanted = core !== undefined && key !== undefined && inputs.pasted.trim() !== '';
  // The code's run, for these very inputs (a new object whenever one of them changes).
  const codeInputs = useMemo(
    () => (isRunCodeOutcome(lambda) && key !== undefined ? { design, key, request, lambda } : undefined),
    [design, key, request, lambda],
  );
  const [codeRun, setCodeRun] = useState<{ inputs: typeof codeInputs; result: SimulateResult }>();
  useEffect(() => {
    if (!core || !codeInputs || !wanted) return;
    let live = true;
    let stopCode: (() => void) | undefined;
    const runner = workerRunner({
      design: codeInputs.design,
      minDurationMs: codeInputs.lambda.durationMs,
      onProgress: (state) => (stopCode = state.running ? state.stop : undefined),
    });
    void core
      .simulateWithRunner(codeInputs.design, codeInputs.key, codeInputs.request, runner, { testInvoke: true })
      .then((result) => live && setCodeRun({ inputs: codeInputs, result }));
    return () => {
      live = false;
      stopCode?.();
    };
  }, [core, codeInputs, wanted]);
  const codeResult = codeInputs && codeRun?.inputs === codeInputs ? codeRun.result : undefined;

  const comparison = useMemo(() => {
    if (!core || !selected || inputs.pasted.trim() === '') return undefined;
    const parsed = core.parseTestInvokeOutput(inputs.pasted);
    if (!parsed.ok) return { error: parsed.error };
    const simulated = codeInputs
      ? codeResult
      : core.simulate(design, selected.key, request, lambda, { testInvoke: true });
    if (!simulated) return { running: true as const };
    const rows = core.compareLogs(parsed.output.log, simulated.log);
    const status =
      parsed.output.status !== undefined
        ? { real: parsed.output.status, simulated: simulated.status }
        : undefined;
    return { rows, summary: core.summarize(rows, status) };
  }, [core, selected, inputs.pasted, design, request, lambda, codeInputs, codeResult]);

  if (!method || !selected) return null;
  return (
    <div className="verify">
      <div className="verify-inputs">
        <label>
          REST API id
          <input
            value={inputs.restApiId}
            placeholder="a1b2c3d4e5"
            spellCheck={false}
            onChange={(e) => setInputs({ restApiId: e.target.value })}
          />
        </label>
        <label>
          Resource id (optional)
          <input
            value={inputs.resourceId}
            spellCheck={false}
            onChange={(e) => setInputs({ resourceId: e.target.value })}
          />
        </label>
        <label>
          Region (optional)
          <input
            value={inputs.region}
            placeholder={design.stack.env?.region ?? 'from your AWS CLI profile'}
            spellCheck={false}
            onChange={(e) => setInputs({ region: e.target.value })}
          />
        </label>
      </div>
      <p className="verify-sample">
        For sample <strong>{sample?.name ?? '(method and path only)'}</strong> of {selected.key}:
      </p>
      {command ? (
        <>
          <pre className="verify-command" aria-label="test-invoke-method command" tabIndex={0}>
            {command.command}
          </pre>
          <div className="verify-actions">
            <button
              type="button"
              onClick={async () =>
                setCopied(
                  (await copyText(command.command)) ? 'Command copied.' : 'Copy refused: select the text.',
                )
              }
            >
              Copy command
            </button>
            <span role="status">{copied}</span>
          </div>
          <ul className="verify-notes">
            {command.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
      <label className="verify-paste">
        Paste the command’s output (its JSON, or the log alone)
        <textarea
          rows={5}
          spellCheck={false}
          value={inputs.pasted}
          onChange={(e) => setInputs({ pasted: e.target.value })}
        />
      </label>
      {comparison && 'error' in comparison ? (
        <p className="verify-error" role="alert">
          {comparison.error}
        </p>
      ) : comparison && 'running' in comparison ? (
        <p role="status" className="verify-summary">
          Running the function’s code to simulate this sample…
        </p>
      ) : comparison ? (
        <>
          <p role="status" className="verify-summary">
            {comparison.summary.status
              ? `Status: ${comparison.summary.status.real} on AWS, ${comparison.summary.status.simulated} simulated. `
              : ''}
            {comparison.summary.same} lines agree, {comparison.summary.different} differ,{' '}
            {comparison.summary.onlyReal} only on AWS, {comparison.summary.onlySimulated} only simulated.
          </p>
          <table className="verify-table" aria-label="Execution log, AWS against the simulation">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">On AWS</th>
                <th scope="col">Simulated</th>
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((row, i) => (
                <tr key={i} className={`verify-${row.status}`}>
                  <th scope="row">
                    {row.kind}
                    <span className="verify-status"> ({row.status.replace('-', ' ')})</span>
                  </th>
                  <td>{row.real ?? '—'}</td>
                  <td>
                    {row.simulated ?? '—'}
                    {row.details ? (
                      <ul>
                        {row.details.map((d) => (
                          <li key={d}>{d}</li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
