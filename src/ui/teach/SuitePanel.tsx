import { Fragment, useEffect, useRef, useState } from 'react';
import type { SampleRun, SuiteRun } from '../../core';
import { isRunCodeOutcome } from '../../core/design/types';
import { methodKey } from '../../state/designEdits';
import { workerRunner } from '../../state/lambdaRunner';
import { downloadText } from '../output/download';
import { selectProblems } from '../../state/derived';
import { useAppStore } from '../../state/store';
import { diagnosticsWithin } from '../forms/diagnostics';
import { ExpectedBody } from './ExpectedBody';
import { useTeachCore } from './teachCore';

function Diff({ run }: { run: SampleRun }) {
  return (
    <ul className="suite-failures">
      {run.failures.map((failure) => (
        <li key={failure.what}>
          <span className="suite-what">{failure.what}</span>: expected{' '}
          <code>{failure.expected.split('\n')[0]}</code>, got <code>{failure.actual.split('\n')[0]}</code>
          {failure.diff && failure.diff.some((l) => l.kind !== 'same') ? (
            <pre className="suite-diff" aria-label={`${failure.what} differences`}>
              {failure.diff.map((line, i) => (
                <span key={i} className={`diff-${line.kind}`}>
                  {line.kind === 'expected' ? '- ' : line.kind === 'actual' ? '+ ' : '  '}
                  {line.text}
                  {'\n'}
                </span>
              ))}
            </pre>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A run in progress: which sample of how many, and Stop (which also stops running code). */
interface Progress {
  done: number;
  total: number;
  stop(): void;
}

/**
 * The method's samples as a suite: each with its expected status and body (exact text or JSON-equal,
 * editable under its row), "Run all" for pass /
 * fail with differences, "Expect this answer" to record what a sample gets now, and export as a
 * Vitest file that runs the samples through the integration-studio CLI. Samples that run the
 * function's code run it in the Lambda runner's Web Worker (as the Simulation tab does), one at a
 * time, with progress and Stop.
 */
export function SuitePanel({ methodIndex }: { methodIndex: number }) {
  const core = useTeachCore();
  const design = useAppStore((s) => s.design);
  const setAt = useAppStore((s) => s.setAt);
  const problems = useAppStore(selectProblems);
  const [result, setResult] = useState<{ run: SuiteRun; design: typeof design } | undefined>();
  const [progress, setProgress] = useState<Progress | undefined>();
  const [exportNote, setExportNote] = useState('');
  const stopRef = useRef<(() => void) | undefined>(undefined);
  // Leaving the panel stops a run (and any code it is running).
  useEffect(() => () => stopRef.current?.(), []);
  const method = design.methods[methodIndex];
  if (!method) return null;
  const key = methodKey(method);
  const samples = (design.samples ?? [])
    .map((sample, index) => ({ sample, index }))
    .filter((s) => s.sample.method === key);
  const fresh = result && result.design === design ? result.run : undefined;
  const runOf = (index: number) => fresh?.runs.find((r) => r.index === index);
  /** A runner for this design's code, and Stop for the whole run (the code running now included). */
  const start = (total: number) => {
    let stopped = false;
    let stopCode: (() => void) | undefined;
    const stop = () => {
      stopped = true;
      stopCode?.();
    };
    const runner = workerRunner({
      design,
      onProgress: (state) => (stopCode = state.running ? state.stop : undefined),
    });
    stopRef.current = stop;
    setProgress({ done: 0, total, stop });
    const end = () => {
      stopRef.current = undefined;
      setProgress(undefined);
    };
    return { runner, stop, isStopped: () => stopped, end };
  };
  const runAll = async () => {
    if (!core || progress) return;
    const { runner, stop, isStopped, end } = start(samples.length);
    const run = await core.runSuiteWithRunner(design, runner, {
      method: key,
      isStopped,
      onProgress: ({ done, total }) => setProgress({ done, total, stop }),
    });
    end();
    setResult({ run, design });
  };
  const expectNow = async (index: number) => {
    if (!core || progress) return;
    const sample = design.samples![index];
    const { runner, isStopped, end } = start(1);
    const run = await core.runSampleWithRunner(design, sample, index, runner);
    end();
    if (!isStopped()) setAt(`/samples/${index}/expect`, core.expectationFrom(run.result));
  };
  const exportSuite = () => {
    if (!core) return;
    const text = core.exportSuiteAsVitest(design, { target: { kind: 'cli' }, method: key });
    downloadText(`${design.stack.id}.${method.httpMethod.toLowerCase()}.suite.test.ts`, text, 'text/plain');
    const leftOut = samples.filter((s) => s.sample.expect && isRunCodeOutcome(s.sample.lambda)).length;
    setExportNote(
      leftOut === 0
        ? ''
        : `${leftOut === 1 ? '1 sample runs' : `${leftOut} samples run`} the function's code and ${leftOut === 1 ? 'is' : 'are'} not in the file: the CLI cannot run code (the file lists ${leftOut === 1 ? 'it' : 'them'}).`,
    );
  };
  const summary = (run: SuiteRun) =>
    `${run.stopped ? `Stopped after ${run.runs.length} of ${samples.length}: ` : ''}${run.passed} passed, ${run.failed} failed${run.unchecked ? `, ${run.unchecked} without expectation` : ''}`;

  return (
    <div className="suite">
      <div className="suite-toolbar">
        <button
          type="button"
          className="primary"
          onClick={() => void runAll()}
          disabled={!core || samples.length === 0 || progress !== undefined}
        >
          Run all
        </button>
        {progress ? (
          <button type="button" onClick={progress.stop}>
            Stop
          </button>
        ) : null}
        <button
          type="button"
          onClick={exportSuite}
          disabled={!core}
          title="A Vitest file that runs these samples through the integration-studio CLI"
        >
          Export as Vitest
        </button>
        <span role="status" className="suite-summary">
          {progress
            ? `Running ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`
            : fresh
              ? summary(fresh)
              : result
                ? 'The design changed: run again.'
                : samples.length === 0
                  ? 'This method has no samples yet: add one under Sample request.'
                  : ''}
        </span>
      </div>
      {exportNote ? <p className="suite-export-note">{exportNote}</p> : null}
      {samples.length > 0 ? (
        <table className="suite-table">
          <thead>
            <tr>
              <th scope="col">Sample</th>
              <th scope="col">Expected status</th>
              <th scope="col">Got</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {samples.map(({ sample, index }) => {
              const run = runOf(index);
              return (
                <Fragment key={index}>
                  <tr
                    className={run ? (run.checked ? (run.pass ? 'pass' : 'fail') : 'unchecked') : ''}
                    data-sample={sample.name}
                  >
                    <th scope="row">{sample.name}</th>
                    <td>
                      <input
                        type="number"
                        min={100}
                        max={599}
                        className="suite-status-input"
                        aria-label={`Expected status of ${sample.name}`}
                        data-path={`/samples/${index}/expect/status`}
                        value={sample.expect?.status ?? ''}
                        onChange={(e) =>
                          setAt(
                            `/samples/${index}/expect/status`,
                            e.target.value === '' ? undefined : Number(e.target.value),
                          )
                        }
                      />
                    </td>
                    <td data-testid="suite-actual">{run ? run.result.status : '–'}</td>
                    <td>
                      {run ? (
                        <>
                          <span className="suite-verdict" data-testid="suite-verdict">
                            {run.checked ? (run.pass ? 'pass' : 'fail') : 'no expectation'}
                          </span>
                          {!run.pass ? <Diff run={run} /> : null}
                        </>
                      ) : null}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void expectNow(index)}
                        disabled={progress !== undefined}
                        aria-label={`Expect current answer for ${sample.name}`}
                      >
                        expect current answer
                      </button>
                    </td>
                  </tr>
                  <tr className="suite-body-row">
                    <td colSpan={4}>
                      <ExpectedBody
                        sampleName={sample.name}
                        path={`/samples/${index}/expect`}
                        expect={sample.expect}
                        diagnostics={diagnosticsWithin(problems ?? [], `/samples/${index}/expect`)}
                        onChange={(next) => setAt(`/samples/${index}/expect`, next)}
                      />
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
