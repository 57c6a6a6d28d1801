import { useAppStore } from '../../state/store';
import { Dialog } from '../shell/Dialog';
import { markGallerySeen, useTeachStore } from './teachStore';
import { useTeachCore } from './teachCore';

/**
 * The scenario gallery: curated designs that each show one thing, opened with one click (undoable:
 * the previous design is one Undo away). Opens by itself on a first visit.
 */
export function GalleryDialog() {
  const core = useTeachCore();
  const setOpen = useTeachStore((s) => s.setGalleryOpen);
  const openedScenario = useTeachStore((s) => s.openedScenario);
  const close = () => {
    markGallerySeen();
    setOpen(false);
  };
  const open = (id: string) => {
    const scenario = core?.scenarioById(id);
    if (!scenario) return;
    const state = useAppStore.getState();
    state.replaceDesign(scenario.design);
    openedScenario(scenario.id, scenario.design);
    state.notify('info', `Opened the scenario “${scenario.title}”. Undo brings back your previous design.`);
    close();
    requestAnimationFrame(() => document.getElementById('scenario-card')?.focus());
  };
  return (
    <Dialog title="Scenario gallery" onClose={close} className="gallery-dialog">
      <p className="gallery-intro">
        Each scenario is a working API Gateway → Lambda design with sample requests and the answers they get.
        Open one, look at the lifecycle, the CDK code and the CloudFormation, then change it.
      </p>
      {core ? (
        <ul className="gallery-list" aria-label="Scenarios">
          {core.SCENARIOS.map((scenario) => (
            <li key={scenario.id} className="gallery-card">
              <h3 id={`scenario-${scenario.id}`}>{scenario.title}</h3>
              <p>{scenario.summary}</p>
              <details>
                <summary>Why it works</summary>
                <p>{scenario.explanation}</p>
              </details>
              <button
                type="button"
                className="primary"
                aria-label={`Open scenario: ${scenario.title}`}
                onClick={() => open(scenario.id)}
              >
                Open
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p role="status">Loading the scenarios…</p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          Keep the current design
        </button>
      </div>
    </Dialog>
  );
}
