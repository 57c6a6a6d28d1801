import { useMemo } from 'react';
import type { Advice, AdviceFix } from '../../core';
import { useAppStore } from '../../state/store';
import { Dialog } from '../shell/Dialog';
import { openPath } from './navigate';
import { useTeachCore } from './teachCore';
import { useTeachStore } from './teachStore';

function Meter({ label, value, limit, unit }: { label: string; value: number; limit: number; unit: string }) {
  const share = value / limit;
  const tone = share > 1 ? 'error' : share >= 0.8 ? 'warning' : 'ok';
  return (
    <div className={`advisor-meter tone-${tone}`}>
      <span className="advisor-meter-label">{label}</span>
      <meter
        min={0}
        max={limit}
        low={limit * 0.8}
        high={limit}
        optimum={0}
        value={Math.min(value, limit)}
        aria-label={label}
      />
      <span className="advisor-meter-value">
        {unit === 'KB'
          ? `${(value / 1024).toFixed(1)} of ${(limit / 1024).toFixed(0)} KB`
          : `${value} of ${limit}`}
      </span>
    </div>
  );
}

/**
 * The advisor: Lambda::Permission count and each function's policy size against 20 KB, stack
 * resources against 500, timeouts, CORS and the redeploy reminder, each with its fix. A fix is one
 * undoable edit.
 */
export function AdvisorDialog() {
  const core = useTeachCore();
  const design = useAppStore((s) => s.design);
  const baseline = useTeachStore((s) => s.baseline);
  const setOpen = useTeachStore((s) => s.setAdvisorOpen);
  const report = useMemo(() => {
    if (!core) return undefined;
    const previous = baseline ? core.generate(baseline, { outputs: [] }).template : undefined;
    return core.advise(design, { previousTemplate: previous as never });
  }, [core, design, baseline]);

  const apply = (fix: AdviceFix) => {
    if (!core) return;
    const state = useAppStore.getState();
    state.updateDesign((d) => core.applyDesignEdits(d, fix.edits));
    state.notify('info', `Applied: ${fix.label}. ${fix.effect}. Undo reverts it.`);
  };
  const show = (advice: Advice) => {
    if (!advice.path) return;
    setOpen(false);
    openPath(design, advice.path);
  };

  return (
    <Dialog title="Advisor" onClose={() => setOpen(false)} className="advisor-dialog">
      {!report ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          {report.synthesized ? (
            <section aria-label="Figures" className="advisor-figures">
              <Meter
                label="Stack resources"
                value={report.resourceCount}
                limit={core!.STACK_RESOURCE_LIMIT}
                unit=""
              />
              {report.policies.map((policy) => (
                <Meter
                  key={policy.functionId}
                  label={`${policy.functionId}: resource policy (${policy.permissions} Lambda::Permission)`}
                  value={policy.bytes}
                  limit={core!.POLICY_SIZE_LIMIT}
                  unit="KB"
                />
              ))}
              <p className="advisor-total">
                Lambda::Permission resources: <strong>{report.permissionCount}</strong>
                {report.deploymentLogicalId ? (
                  <>
                    {' '}
                    · Deployment: <code>{report.deploymentLogicalId}</code>
                  </>
                ) : null}
              </p>
            </section>
          ) : (
            <p className="advisor-note">
              The design has errors, so it cannot be measured; fix the Problems first.
            </p>
          )}
          <ul className="advisor-list" aria-label="Advice">
            {report.advice.map((advice, index) => (
              <li key={index} className={`advisor-item severity-${advice.severity}`}>
                <h3>
                  <span className="advisor-severity">{advice.severity}</span> {advice.title}
                </h3>
                <p>{advice.message}</p>
                <div className="advisor-actions">
                  {advice.path ? (
                    <button type="button" onClick={() => show(advice)}>
                      Show in the design
                    </button>
                  ) : null}
                  {(advice.fixes ?? []).map((fix) => (
                    <button
                      key={fix.label}
                      type="button"
                      className="primary"
                      onClick={() => apply(fix)}
                      title={fix.effect}
                    >
                      {fix.label}
                    </button>
                  ))}
                </div>
                {(advice.fixes ?? []).map((fix) => (
                  <p key={fix.label} className="advisor-effect">
                    {fix.label}: {fix.effect}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
