import { useEffect, useState } from 'react';
import { useAppStore } from '../../state/store';
import { OutputPane } from '../output/OutputPane';
import { ProblemsList } from '../problems/ProblemsList';
import { DesignTree } from '../tree/DesignTree';
import { CentrePane } from './CentrePane';
import { ConfirmShareDialog } from './ConfirmShareDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { ExternalChangeDialog } from './ExternalChangeDialog';
import { Header } from './Header';
import { Notices } from './Notices';
import { SlowRenders } from './SlowRenders';
import { Splitter } from './Splitter';
import { TeachLayer } from '../teach/TeachLayer';

const TREE_MIN = 180;
const TREE_MAX = 480;
const OUTPUT_MIN = 320;
/** The centre column never gets narrower than this. */
const CENTRE_MIN = 380;
const SPLITTERS = 12;

function useWindowWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

/** Header, then tree | centre | output with splitters, then the Problems list. */
export function Shell() {
  const sizes = useAppStore((s) => s.paneSizes);
  const setPaneSize = useAppStore((s) => s.setPaneSize);
  const width = useWindowWidth();
  const tree = Math.max(TREE_MIN, Math.min(TREE_MAX, sizes.tree));
  const outputMax = Math.max(OUTPUT_MIN, width - tree - CENTRE_MIN - SPLITTERS);
  const output = Math.max(OUTPUT_MIN, Math.min(outputMax, sizes.output));
  return (
    <div className="shell">
      <a className="skip-link" href="#centre-heading">
        Skip to the editor
      </a>
      <Header />
      <div
        className="columns"
        style={{ gridTemplateColumns: `${tree}px 6px minmax(0, 1fr) 6px ${output}px` }}
      >
        <aside className="tree-pane">
          <ErrorBoundary name="design tree">
            <DesignTree />
          </ErrorBoundary>
        </aside>
        <Splitter
          label="Resize the design tree"
          value={tree}
          min={TREE_MIN}
          max={TREE_MAX}
          direction={1}
          onChange={(px) => setPaneSize('tree', px)}
        />
        <main className="centre">
          <ErrorBoundary name="editor">
            <CentrePane />
          </ErrorBoundary>
        </main>
        <Splitter
          label="Resize the output pane"
          value={output}
          min={OUTPUT_MIN}
          max={outputMax}
          direction={-1}
          onChange={(px) => setPaneSize('output', px)}
        />
        <aside className="output-column">
          <ErrorBoundary name="output pane">
            <OutputPane />
          </ErrorBoundary>
        </aside>
      </div>
      <ErrorBoundary name="problems list">
        <ProblemsList />
      </ErrorBoundary>
      <Notices />
      <ConfirmShareDialog />
      <TeachLayer />
      <ExternalChangeDialog />
      <SlowRenders />
    </div>
  );
}
