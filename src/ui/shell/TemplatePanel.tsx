import { TemplateWorkbench } from '../editor/TemplateWorkbench';

/**
 * The template being edited, what it renders to, and the sample request it is rendered against
 * (src/ui/editor and src/ui/samples).
 */
export function TemplatePanel({ methodIndex }: { methodIndex: number }) {
  return (
    <section className="template-panel" id="template-panel" aria-labelledby="template-heading">
      <h3 id="template-heading">Mapping template</h3>
      <TemplateWorkbench methodIndex={methodIndex} />
    </section>
  );
}
