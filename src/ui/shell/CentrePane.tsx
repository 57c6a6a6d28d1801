import { MethodForm } from '../forms/MethodForm';
import { selectProblems } from '../../state/derived';
import { methodKey } from '../../state/designEdits';
import { useAppStore, type TreeNode } from '../../state/store';
import { EntityForm } from '../entities/EntityForm';
import { TemplatePanel } from './TemplatePanel';
import { LifecyclePanel } from '../teach/LifecyclePanel';
import { ScenarioCard } from '../teach/ScenarioCard';

const NO_DIAGNOSTICS: never[] = [];

function title(node: TreeNode, design: ReturnType<typeof useAppStore.getState>['design']): string {
  switch (node.kind) {
    case 'stack':
      return `Stack ${design.stack.id}`;
    case 'api':
      return `REST API ${design.api.id}`;
    case 'resource':
      return `Resource ${node.path}`;
    case 'method': {
      const m = design.methods[node.index];
      return m ? methodKey(m) : 'Method';
    }
    case 'function':
      return `Function ${design.functions[node.index]?.id ?? ''}`;
    case 'role':
      return `Role ${design.roles?.[node.index]?.id ?? ''}`;
    case 'vpcLink':
      return `VPC link ${design.vpcLinks?.[node.index]?.id ?? ''}`;
  }
}

/** The selected tree node's editor: a method's forms, template and samples; or the other parts' forms. */
export function CentrePane() {
  const design = useAppStore((s) => s.design);
  const selection = useAppStore((s) => s.selection);
  const problems = useAppStore(selectProblems) ?? NO_DIAGNOSTICS;
  const editDesign = useAppStore((s) => s.editDesign);
  const setTemplatePath = useAppStore((s) => s.setTemplatePath);
  const select = useAppStore((s) => s.select);

  return (
    <section className="centre-pane" aria-labelledby="centre-heading">
      <h2 id="centre-heading" tabIndex={-1}>
        {title(selection, design)}
      </h2>
      {selection.kind === 'method' ? (
        <>
          <ScenarioCard methodIndex={selection.index} />
          <LifecyclePanel methodIndex={selection.index} />
          <MethodForm
            design={design}
            methodIndex={selection.index}
            diagnostics={problems}
            onChange={(next, edit) => editDesign(next, edit.path)}
            onOpenTemplate={(pointer) => {
              setTemplatePath(pointer);
              requestAnimationFrame(() =>
                document.getElementById('template-panel')?.scrollIntoView({ block: 'start' }),
              );
            }}
          />
          <TemplatePanel methodIndex={selection.index} />
        </>
      ) : selection.kind === 'resource' ? (
        <div className="resource-summary">
          <p>
            Methods on <code>{selection.path}</code> and below. Rename or delete the resource from the design
            tree (F2, Delete); add a method here with “+ Method”.
          </p>
          <ul>
            {design.methods.map((m, index) =>
              m.path === selection.path || m.path.startsWith(selection.path + '/') ? (
                <li key={index}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => select({ kind: 'method', index })}
                  >
                    {methodKey(m)}
                  </button>
                </li>
              ) : null,
            )}
          </ul>
        </div>
      ) : (
        <EntityForm node={selection} design={design} diagnostics={problems} />
      )}
    </section>
  );
}
