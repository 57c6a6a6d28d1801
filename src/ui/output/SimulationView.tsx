import type { SimulationView as View } from '../../state/derived';
import { describeDiagnostic } from '../forms/diagnostics';
import { CodeRunStatus } from '../samples/CodeRunStatus';

/** The request → integration → Lambda → response flow, stage by stage, then the final response. */
export function SimulationView({ view, available }: { view: View | undefined; available: boolean }) {
  if (!view) return <p className="output-message">Select a method to simulate a request against it.</p>;
  if (available && !view.result && view.pending) {
    return (
      <p className="output-message" role="status">
        Simulating…
      </p>
    );
  }
  if (!available || !view.result) {
    return (
      <p className="output-message">
        The simulation is not available yet: the simulator has not landed in this build.
      </p>
    );
  }
  const r = view.result;
  return (
    <div className="simulation" tabIndex={0} aria-label="Simulation steps">
      <p className="simulation-title">
        {view.method}
        {view.sample ? <> — sample “{view.sample.name}”</> : <> — default request (no saved sample)</>} →{' '}
        <span className={r.status >= 400 ? 'status-error' : 'status-ok'}>HTTP {r.status}</span>
      </p>
      <CodeRunStatus />
      <ol className="simulation-steps">
        {r.steps.map((step, i) => (
          <li key={i}>
            <h3>{step.stage}</h3>
            {step.notes && step.notes.length > 0 ? (
              <ul className="simulation-notes">
                {step.notes.map((note, j) => (
                  <li key={j}>{note}</li>
                ))}
              </ul>
            ) : null}
            {step.log.length > 0 ? <pre>{step.log.join('\n')}</pre> : null}
          </li>
        ))}
      </ol>
      <h3>Response</h3>
      <pre className="simulation-response">
        {`HTTP ${r.status}\n${Object.entries(r.headers)
          .map(([k, v]) => `${k}: ${v}`)
          .join('\n')}\n\n${r.body}`}
      </pre>
      {r.diagnostics.length > 0 ? (
        <ul className="simulation-diagnostics">
          {r.diagnostics.map((d, i) => (
            <li key={i} className={`severity-${d.severity}`}>
              {describeDiagnostic(d)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
