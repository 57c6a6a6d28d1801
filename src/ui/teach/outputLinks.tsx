/**
 * Field ↔ output linking in the output pane: the lines the focused form field produces are
 * highlighted in the CDK TypeScript and CloudFormation tabs, and clicking a line focuses the field
 * behind it. The core answers both ways (src/core/linking); this only wires it to the panes.
 */
import { useMemo } from 'react';
import type { Design, LineRange } from '../../core';
import { useAppStore, type OutputTab } from '../../state/store';
import { useSettled } from '../settled';
import { openPath } from './navigate';
import { useTeachCore, type TeachCore } from './teachCore';
import { useTeachStore } from './teachStore';

type Linker = {
  linesFor(path: string): LineRange[];
  pathAt(line: number): string | undefined;
};

const LINKED_TABS = new Set<OutputTab>(['cdk-typescript', 'cloudformation-json', 'cloudformation-yaml']);

let codeCache: { design?: Design; value?: ReturnType<TeachCore['printTypeScriptWithLinks']> } = {};
let templateCache: {
  design?: Design;
  pathMetadata?: boolean;
  value?: { template: never; map: Record<string, string> };
} = {};
let indexCache: { text?: string; value?: Map<string, LineRange> } = {};

function codeLinks(core: TeachCore, design: Design) {
  if (codeCache.design !== design)
    codeCache = { design, value: core.printTypeScriptWithLinks(core.buildAppIr(design)) };
  return codeCache.value!;
}

function templateLinks(core: TeachCore, design: Design, pathMetadata: boolean) {
  if (templateCache.design !== design || templateCache.pathMetadata !== pathMetadata) {
    let value: { template: never; map: Record<string, string> } | undefined;
    try {
      const { template, sourceMap } = core.synthesizeWithSourceMap(design, { pathMetadata });
      value = { template: template as never, map: core.linkingSourceMap(template, sourceMap) };
    } catch {
      value = undefined;
    }
    templateCache = { design, pathMetadata, value };
  }
  return templateCache.value;
}

function lineIndex(core: TeachCore, text: string) {
  if (indexCache.text !== text) indexCache = { text, value: core.templateLineIndex(text) };
  return indexCache.value!;
}

const readable = (pointer: string) =>
  pointer
    .split('/')
    .slice(2)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join(' › ');

function linker(
  core: TeachCore,
  tab: OutputTab,
  text: string,
  design: Design,
  pathMetadata: boolean,
): Linker | undefined {
  if (tab === 'cdk-typescript') {
    const printed = codeLinks(core, design);
    if (printed.code !== text) return undefined; // another printer's text: no spans for it
    return {
      linesFor: (path) => core.codeLinesForPath(printed.links, design, path),
      pathAt: (line) => core.pathAtCodeLine(printed.links, line),
    };
  }
  const links = templateLinks(core, design, pathMetadata);
  if (!links) return undefined;
  const index = lineIndex(core, text);
  return {
    linesFor: (path) =>
      core.linesOfPointers(index, core.templatePointersForPath(links.template, links.map, path)),
    pathAt: (line) => {
      const pointer = core.pointerAtLine(index, line);
      return pointer ? core.pathForTemplatePointer(links.template, links.map, design, pointer) : undefined;
    },
  };
}

export interface OutputLinks {
  highlight?: LineRange[];
  onLineClick?: (line: number) => void;
}

/** Highlighted lines and line clicks for a code tab's text. */
export function useOutputLinks(tab: OutputTab, currentText: string | undefined): OutputLinks {
  const core = useTeachCore();
  // Settled: links need a second printer and a synthesis with source map; they follow the
  // output when typing pauses. Design and text settle together, so they always match.
  // Another tab or path metadata changes the text alone: that is taken at once.
  const live = useAppStore((s) => s.design);
  const settled = useSettled(useMemo(() => ({ design: live, text: currentText }), [live, currentText]));
  const { design, text } = settled.design === live ? { design: live, text: currentText } : settled;
  const pathMetadata = useAppStore((s) => s.pathMetadata);
  const linkedPath = useTeachStore((s) => s.linkedPath);
  return useMemo(() => {
    if (!core || text === undefined || !LINKED_TABS.has(tab)) return {};
    const onLineClick = (line: number) => {
      const found = linker(core, tab, text, design, pathMetadata)?.pathAt(line);
      if (found) {
        useTeachStore.getState().setLinkedPath(found);
        openPath(design, found);
      }
    };
    if (!linkedPath) return { onLineClick };
    let highlight: LineRange[];
    try {
      highlight = linker(core, tab, text, design, pathMetadata)?.linesFor(linkedPath) ?? [];
    } catch {
      highlight = [];
    }
    return { highlight, onLineClick };
  }, [core, tab, text, design, pathMetadata, linkedPath]);
}

/** Above the output: what the focused field produces, in the CDK code and in CloudFormation. */
export function OutputLinkBar() {
  const core = useTeachCore();
  const design = useSettled(useAppStore((s) => s.design));
  const pathMetadata = useAppStore((s) => s.pathMetadata);
  const setTab = useAppStore((s) => s.setOutputTab);
  const linkedPath = useTeachStore((s) => s.linkedPath);
  const facts = useMemo(() => {
    if (!core || !linkedPath || !linkedPath.startsWith('/')) return undefined;
    try {
      const code = core.codeLinesForPath(codeLinks(core, design).links, design, linkedPath);
      const links = templateLinks(core, design, pathMetadata);
      const pointers = links ? core.templatePointersForPath(links.template, links.map, linkedPath) : [];
      return { code, pointers: pointers.map(readable) };
    } catch {
      return undefined;
    }
  }, [core, design, pathMetadata, linkedPath]);
  if (!linkedPath || !facts) return null;
  const name = linkedPath.split('/').slice(-2).join('/').replace(/~1/g, '/').replace(/~0/g, '~');
  return (
    <div className="output-linkbar" aria-label="Where the focused field lands" role="note">
      <span className="linkbar-field">
        <code>{name}</code> →
      </span>
      {facts.code.length === 0 && facts.pointers.length === 0 ? (
        <span className="linkbar-none"> not set: CDK’s default, nothing in the output</span>
      ) : (
        <>
          {facts.code.length > 0 ? (
            <button type="button" className="link-button" onClick={() => setTab('cdk-typescript')}>
              CDK line{' '}
              {facts.code.map((r) => (r.start === r.end ? r.start : `${r.start}–${r.end}`)).join(', ')}
            </button>
          ) : null}
          {facts.pointers.slice(0, 3).map((p) => (
            <button
              key={p}
              type="button"
              className="link-button"
              onClick={() => setTab('cloudformation-yaml')}
              title={p}
            >
              CloudFormation {p}
            </button>
          ))}
          {facts.pointers.length > 3 ? <span> and {facts.pointers.length - 3} more</span> : null}
        </>
      )}
    </div>
  );
}
