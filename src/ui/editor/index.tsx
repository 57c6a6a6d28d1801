/**
 * The editors the rest of the UI uses. Each loads Monaco lazily (React.lazy): the first paint never
 * waits for it, and until it arrives a plain, readable stand-in shows the same text.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { REVEAL_EVENT, type RevealDetail } from '../focus';
import type { JsonEditorProps, RevealRequest, VtlEditorProps } from './types';
import './editor.css';

export type { JsonEditorProps, RevealRequest, VtlEditorProps } from './types';
export type { SampleNames } from './vtl/completion';
export { sampleNames } from './vtl/completion';

const MonacoVtlEditor = lazy(() => import('./MonacoVtlEditor'));
const MonacoJsonEditor = lazy(() => import('./MonacoJsonEditor'));

/** Starts loading Monaco ahead of need (e.g. when the browser is idle after the first paint). */
export function preloadMonaco(): void {
  void import('./MonacoVtlEditor');
}

function Loading({ height, text }: { height: number | string; text: string }) {
  return (
    <div className="editor-loading" style={{ height }} aria-busy="true">
      <pre>{text}</pre>
    </div>
  );
}

/**
 * Monaco editor for one VTL mapping template, with completion, hover and the engine's markers. Its
 * host carries the template's `data-path` and `data-reveal`: the Problems list's focusPath sends it a
 * `studio:reveal` event with the line and column, and the cursor goes there (also when the event
 * arrives before Monaco has loaded).
 */
export function VtlEditor(props: VtlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  // The newest request wins, whether it came as a prop or as an event.
  const [reveal, setReveal] = useState<RevealRequest | undefined>(props.reveal);
  const [propReveal, setPropReveal] = useState(props.reveal);
  if (propReveal !== props.reveal) {
    setPropReveal(props.reveal);
    setReveal(props.reveal);
  }
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const onReveal = (event: Event) => {
      const detail = (event as CustomEvent<RevealDetail>).detail ?? {};
      setReveal({ line: detail.line, column: detail.column });
    };
    el.addEventListener(REVEAL_EVENT, onReveal);
    return () => el.removeEventListener(REVEAL_EVENT, onReveal);
  }, []);
  return (
    <div ref={host} className="vtl-editor editor-frame" data-path={props.modelPath} data-reveal="">
      <Suspense fallback={<Loading height={props.height ?? 260} text={props.value} />}>
        <MonacoVtlEditor {...props} reveal={reveal} />
      </Suspense>
    </div>
  );
}

/** Monaco editor for JSON text (sample bodies, Lambda results), validated by Monaco's JSON service. */
export function JsonEditor(props: JsonEditorProps) {
  return (
    <div className="json-editor editor-frame" data-path={props.modelPath}>
      <Suspense fallback={<Loading height={props.height ?? 160} text={props.value} />}>
        <MonacoJsonEditor {...props} />
      </Suspense>
    </div>
  );
}
