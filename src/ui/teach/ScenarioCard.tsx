import { samplesFor } from '../../state/derived';
import { useAppStore } from '../../state/store';
import { useTeachCore } from './teachCore';
import { useTeachStore } from './teachStore';

/**
 * While a gallery scenario is open: its explanation, what each sample of the selected method is
 * expected to answer and why, and for a break-it / fix-it scenario the fix (one undoable edit).
 */
export function ScenarioCard({ methodIndex }: { methodIndex: number }) {
  const core = useTeachCore();
  const scenarioId = useTeachStore((s) => s.scenarioId);
  const fixed = useTeachStore((s) => s.scenarioFixed);
  const setFixed = useTeachStore((s) => s.setScenarioFixed);
  const openedScenario = useTeachStore((s) => s.openedScenario);
  const design = useAppStore((s) => s.design);
  const chosen = useAppStore((s) => s.selectedSample);
  const scenario = scenarioId ? core?.SCENARIOS.find((s) => s.id === scenarioId) : undefined;
  // Undo past the opening (or opening another design) ends the scenario.
  if (!scenario || scenario.design.stack.id !== design.stack.id) return null;
  const method = design.methods[methodIndex];
  const samples = method ? samplesFor(design, method, chosen).samples : [];
  const applyFix = () => {
    if (!scenario.fix || !core) return;
    const state = useAppStore.getState();
    state.updateDesign((d) => core.applyDesignEdits(d, scenario.fix!.edits));
    setFixed(true);
    state.notify(
      'info',
      `${scenario.fix.label}: applied. Run the samples again to see the difference; Undo reverts it.`,
    );
  };
  return (
    <section id="scenario-card" className="scenario-card" tabIndex={-1} aria-labelledby="scenario-card-title">
      <div className="scenario-card-head">
        <h3 id="scenario-card-title">Scenario: {scenario.title}</h3>
        <button
          type="button"
          aria-label="Close the scenario explanation"
          onClick={() => openedScenario(undefined, design)}
        >
          Close
        </button>
      </div>
      <p>{scenario.explanation}</p>
      {samples.length > 0 ? (
        <ul className="scenario-outcomes" aria-label="Expected outcomes">
          {samples.map((sample) => (
            <li key={sample.name}>
              <strong>{sample.name}</strong>: {scenario.outcomes[sample.name] ?? 'your own sample'}
            </li>
          ))}
        </ul>
      ) : null}
      {scenario.fix ? (
        fixed ? (
          <p className="scenario-fix">
            <strong>Fixed:</strong> {scenario.fix.explanation}
          </p>
        ) : (
          <p className="scenario-fix">
            <button type="button" className="primary" onClick={applyFix}>
              Fix it: {scenario.fix.label}
            </button>
          </p>
        )
      ) : null}
    </section>
  );
}
