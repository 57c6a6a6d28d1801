/**
 * The template editor and the sample request editor of the selected method, wired to the store: the
 * rendered output comes from the store's memoized render (state/derived), edits go through
 * editDesign; Problems-list clicks on template lines reach the editor through focusPath's
 * `studio:reveal` event.
 */
import { useEffect } from 'react';
import { currentTemplatePath, samplesFor, selectProblems, selectRendered } from '../../state/derived';
import { useAppStore } from '../../state/store';
import { SampleEditor } from '../samples/SampleEditor';
import { TemplateEditor } from './TemplateEditor';
import { methodTemplates } from './templates';

const NO_DIAGNOSTICS: never[] = [];

export function TemplateWorkbench({ methodIndex }: { methodIndex: number }) {
  const design = useAppStore((s) => s.design);
  const templatePath = useAppStore(currentTemplatePath);
  const setTemplatePath = useAppStore((s) => s.setTemplatePath);
  const editDesign = useAppStore((s) => s.editDesign);
  const chosen = useAppStore((s) => s.selectedSample);
  const selectSample = useAppStore((s) => s.selectSample);
  const problems = useAppStore(selectProblems) ?? NO_DIAGNOSTICS;
  const rendered = useAppStore(selectRendered);
  const method = design.methods[methodIndex];
  const selected = method ? samplesFor(design, method, chosen) : undefined;
  // A method with only response templates: show (and render) its first one.
  const fallback =
    method && templatePath === undefined ? methodTemplates(method, methodIndex)[0]?.path : undefined;
  useEffect(() => {
    if (fallback !== undefined) setTemplatePath(fallback);
  }, [fallback, setTemplatePath]);
  if (!method || !selected) return null;
  const onChange = (next: typeof design, edit: { path: string }) => editDesign(next, edit.path);

  return (
    <div className="template-workbench">
      <TemplateEditor
        design={design}
        methodIndex={methodIndex}
        templatePath={templatePath}
        onSelectTemplate={setTemplatePath}
        onChange={onChange}
        rendered={rendered?.path === templatePath ? rendered?.result : undefined}
        renderPending={rendered?.path === templatePath && rendered?.pending === true}
        diagnostics={problems}
        sample={selected.selected?.request}
        onFocusTemplate={(path) => {
          if (path !== templatePath) setTemplatePath(path);
        }}
      />
      <h3 className="workbench-heading">Sample request</h3>
      <SampleEditor
        design={design}
        methodIndex={methodIndex}
        selectedName={selected.selected?.name}
        onSelect={(name) => selectSample(selected.key, name)}
        onChange={onChange}
        diagnostics={problems}
      />
    </div>
  );
}
