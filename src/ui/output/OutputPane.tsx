import { useState } from 'react';
import {
  selectGenerated,
  selectRendered,
  type SimulationView as SimulationViewData,
} from '../../state/derived';
import { OUTPUT_TABS, useAppStore, type OutputTab } from '../../state/store';
import { CodeView } from './CodeView';
import { copyText, downloadText } from './download';
import { INTEROP_TABS, InteropNotes } from './InteropNotes';
import { PROJECT_TABS, ProjectDownload } from './ProjectDownload';
import {
  CODE_TABS,
  loadingContent,
  codeTabContent,
  lambdaEventContent,
  renderedContent,
  simulationText,
  type OutputContent,
} from './outputContent';
import { OutputTabs } from './OutputTabs';
import { SimulationView } from './SimulationView';
import { useSimulation } from './useSimulation';
import { OutputLinkBar, useOutputLinks } from '../teach/outputLinks';

/** The simulation only while a tab shows it: it runs the whole request flow (in a worker). */
function useVisibleSimulation(tab: OutputTab): SimulationViewData | undefined {
  const design = useAppStore((s) => s.design);
  const index = useAppStore((s) => (s.selection.kind === 'method' ? s.selection.index : undefined));
  const shown = tab === 'simulation' || tab === 'lambda-event';
  const view = useSimulation('output', design, index, shown);
  return shown ? view : undefined;
}

function useTabContent(
  tab: OutputTab,
  simulation: SimulationViewData | undefined,
): OutputContent | 'simulation' {
  const stackId = useAppStore((s) => s.design.stack.id);
  const status = useAppStore((s) => s.coreStatus);
  const outputs = useAppStore((s) => s.coreOutputs);
  const generated = useAppStore(selectGenerated);
  const rendered = useAppStore(selectRendered);
  if (status !== 'ready') return loadingContent(status);
  if (tab === 'rendered') return renderedContent(rendered, outputs.renderTemplate !== undefined);
  if (tab === 'lambda-event') return lambdaEventContent(simulation, outputs.simulate !== undefined);
  if (tab === 'simulation') return 'simulation';
  return codeTabContent(tab, stackId, generated);
}

/**
 * The live output: CDK code in each language, the CloudFormation template, its OpenAPI and SAM
 * exports (with what they cannot carry), the rendered template,
 * the simulation and the Lambda event, each with Copy and Download. Tabs: ./OutputTabs.
 */
export function OutputPane() {
  const tab = useAppStore((s) => s.outputTab);
  const setTab = useAppStore((s) => s.setOutputTab);
  const pathMetadata = useAppStore((s) => s.pathMetadata);
  const setPathMetadata = useAppStore((s) => s.setPathMetadata);
  const simulation = useVisibleSimulation(tab);
  const simulateAvailable = useAppStore((s) => s.coreOutputs.simulate !== undefined);
  const [status, setStatus] = useState('');
  const content = useTabContent(tab, simulation);
  // Field ↔ output linking (src/ui/teach): lines of the focused field, and line clicks.
  const links = useOutputLinks(
    tab,
    content !== 'simulation' && content.kind === 'code' ? content.text : undefined,
  );
  const active = OUTPUT_TABS.find((t) => t.id === tab) ?? OUTPUT_TABS[0];

  const exportable: { text: string; fileName: string; type: string } | undefined =
    content === 'simulation'
      ? simulation?.result
        ? { text: simulationText(simulation), fileName: 'simulation.txt', type: 'text/plain' }
        : undefined
      : content.kind === 'code'
        ? {
            text: content.text,
            fileName: content.fileName,
            type: content.language === 'json' ? 'application/json' : 'text/plain',
          }
        : undefined;

  const copy = async () => {
    if (!exportable) return;
    const ok = await copyText(exportable.text);
    setStatus(
      ok
        ? `Copied ${active.label} to the clipboard.`
        : 'The browser refused to copy; select the text and copy it by hand.',
    );
  };

  return (
    <section className="output-pane" aria-label="Output">
      <OutputTabs
        active={active.id}
        onSelect={(id) => {
          setTab(id);
          setStatus('');
        }}
      />
      <div
        role="tabpanel"
        id="output-panel"
        aria-labelledby={`output-tab-${active.id}`}
        className="output-panel"
      >
        <div className="output-toolbar">
          <button type="button" onClick={copy} disabled={!exportable} aria-label={`Copy ${active.label}`}>
            Copy
          </button>
          <button
            type="button"
            disabled={!exportable}
            aria-label={`Download ${active.label}`}
            onClick={() => exportable && downloadText(exportable.fileName, exportable.text, exportable.type)}
          >
            Download
          </button>
          {PROJECT_TABS[active.id] ? <ProjectDownload language={PROJECT_TABS[active.id]} /> : null}
          {active.id in CODE_TABS && active.id.startsWith('cloudformation') ? (
            <label className="toggle">
              <input
                type="checkbox"
                checked={pathMetadata}
                onChange={(e) => setPathMetadata(e.target.checked)}
              />{' '}
              Path metadata (aws:cdk:path)
            </label>
          ) : null}
          <span className="output-status" role="status">
            {status}
          </span>
        </div>
        {content === 'simulation' ? (
          <SimulationView view={simulation} available={simulateAvailable} />
        ) : content.kind === 'code' ? (
          <>
            {content.note ? <p className="output-note">{content.note}</p> : null}
            {INTEROP_TABS[active.id] ? <InteropNotes format={INTEROP_TABS[active.id]} /> : null}
            <OutputLinkBar />
            <CodeView
              text={content.text}
              label={active.label}
              language={content.language}
              linkedLines={links.highlight}
              onLineClick={links.onLineClick}
            />
          </>
        ) : (
          <p className={`output-message${content.tone === 'error' ? ' tone-error' : ''}`}>{content.text}</p>
        )}
      </div>
    </section>
  );
}
