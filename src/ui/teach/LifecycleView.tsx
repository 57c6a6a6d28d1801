import { useMemo, useState } from 'react';
import { useAppStore } from '../../state/store';
import { useSettled } from '../settled';
import { openPath } from './navigate';
import { stageViews, type StageView } from './stages';
import { useSimulation } from '../output/useSimulation';

/**
 * The request lifecycle as a diagram: Method request → Integration request → Lambda → Integration
 * response → Method response, each with what the simulator did for the current sample. A stage's
 * button opens the form or template behind it.
 */
export function LifecycleView({ methodIndex }: { methodIndex: number }) {
  // Settled: the whole simulation re-runs when typing pauses, not on every keystroke, and in a
  // worker (a runaway template costs the simulator about a second).
  const design = useSettled(useAppStore((s) => s.design));
  const [open, setOpen] = useState<string | undefined>();
  const method = design.methods[methodIndex];
  const simulation = useSimulation('lifecycle', design, methodIndex);
  const sample = simulation?.sample;
  const result = simulation?.result;
  const stages = useMemo(
    () => (result ? stageViews(design, methodIndex, result) : undefined),
    [design, methodIndex, result],
  );
  const view = method ? { sample } : undefined;
  if (!view) return null;
  if (!stages || !result) return <p role="status">Simulating…</p>;

  const go = (stage: StageView) => {
    if (stage.target.kind === 'function') {
      useAppStore.getState().select({ kind: 'function', index: stage.target.index });
      return;
    }
    const path = stage.target.path;
    if (path.includes('/requestTemplates/') || path.includes('/responseTemplates/')) {
      useAppStore.getState().setTemplatePath(path);
    }
    openPath(design, path);
  };
  const detail = stages.find((s) => s.stage === open);

  return (
    <div className="lifecycle">
      <p className="lifecycle-sample">
        Sample <strong>{view.sample?.name ?? '(none: the method and path only)'}</strong> →{' '}
        <strong>{result.status}</strong>
      </p>
      <ol className="lifecycle-stages" aria-label="Request lifecycle">
        {stages.map((stage) => (
          <li
            key={stage.stage}
            className={`lifecycle-stage${stage.reached ? '' : ' not-reached'}`}
            data-stage={stage.stage}
          >
            <button
              type="button"
              className="lifecycle-open"
              onClick={() => go(stage)}
              aria-label={`Open the settings behind ${stage.stage}`}
            >
              {stage.stage}
            </button>
            <span className="lifecycle-summary" data-testid="stage-summary">
              {stage.summary}
            </span>
            {stage.reached ? (
              <button
                type="button"
                className="link-button lifecycle-more"
                aria-expanded={open === stage.stage}
                aria-label={`${open === stage.stage ? 'Hide' : 'Show'} the data of ${stage.stage}`}
                onClick={() => setOpen(open === stage.stage ? undefined : stage.stage)}
              >
                data
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {detail ? (
        <section className="lifecycle-detail" aria-label={`${detail.stage}: simulator data`}>
          {detail.notes.length > 0 ? (
            <ul className="lifecycle-notes">
              {detail.notes.map((note, i) => (
                <li key={i}>{note}</li>
              ))}
            </ul>
          ) : null}
          {detail.log.length > 0 ? <pre className="lifecycle-log">{detail.log.join('\n')}</pre> : null}
          {detail.data !== undefined ? (
            <pre className="lifecycle-data">{JSON.stringify(detail.data, null, 2)}</pre>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
