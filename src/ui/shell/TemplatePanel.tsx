import { useMemo } from 'react';
import type { MethodDesign } from '../../core';
import { currentTemplatePath, samplesFor } from '../../state/derived';
import { getAt } from '../../state/pointer';
import { pointer } from '../../core/diagnostics';
import { useAppStore } from '../../state/store';

interface TemplateRef {
  path: string;
  label: string;
}

/** Every mapping template of a method, request templates first. */
export function templatesOf(method: MethodDesign, index: number): TemplateRef[] {
  const refs: TemplateRef[] = [];
  for (const type of Object.keys(method.integration?.requestTemplates ?? {})) {
    refs.push({
      path: pointer('methods', index, 'integration', 'requestTemplates', type),
      label: `Request · ${type}`,
    });
  }
  (method.integration?.integrationResponses ?? []).forEach((r, i) => {
    for (const type of Object.keys(r.responseTemplates ?? {})) {
      refs.push({
        path: pointer('methods', index, 'integration', 'integrationResponses', i, 'responseTemplates', type),
        label: `Response ${r.statusCode}${r.selectionPattern ? ` (${r.selectionPattern})` : ''} · ${type}`,
      });
    }
  });
  return refs;
}

/**
 * The template being edited and the sample request it is rendered against. The VTL editor and the
 * sample editor come from src/ui/editor and src/ui/samples; until they land this shows a plain text
 * box for the template and the sample chooser.
 */
export function TemplatePanel({ methodIndex }: { methodIndex: number }) {
  const design = useAppStore((s) => s.design);
  const path = useAppStore(currentTemplatePath);
  const setTemplatePath = useAppStore((s) => s.setTemplatePath);
  const setAt = useAppStore((s) => s.setAt);
  const chosen = useAppStore((s) => s.selectedSample);
  const selectSample = useAppStore((s) => s.selectSample);
  const method = design.methods[methodIndex];
  const templates = useMemo(() => (method ? templatesOf(method, methodIndex) : []), [method, methodIndex]);
  if (!method) return null;
  const { key, samples, selected } = samplesFor(design, method, chosen);
  const text = path ? getAt(design, path) : undefined;

  return (
    <section className="template-panel" id="template-panel" aria-labelledby="template-heading">
      <h3 id="template-heading">Mapping template</h3>
      {templates.length === 0 ? (
        <p className="muted">
          This method has no mapping templates. Add one under requestTemplates or an integration
          response&apos;s responseTemplates above.
        </p>
      ) : (
        <>
          <label className="inline-field">
            Template
            <select value={path ?? ''} onChange={(e) => setTemplatePath(e.target.value)}>
              {templates.map((t) => (
                <option key={t.path} value={t.path}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          {path && typeof text === 'string' ? (
            <label className="template-fallback">
              <span>Template text (VTL) — the full VTL editor is not available yet</span>
              <textarea
                className="code-input"
                rows={8}
                spellCheck={false}
                data-path={path}
                value={text}
                onChange={(e) => setAt(path, e.target.value)}
              />
            </label>
          ) : null}
        </>
      )}
      <h3>Sample request</h3>
      {samples.length > 0 ? (
        <label className="inline-field">
          Sample
          <select value={selected?.name ?? ''} onChange={(e) => selectSample(key, e.target.value)}>
            {samples.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="muted">
          No saved sample for {key}: the output uses a plain {key} request.
        </p>
      )}
      <p className="muted">The sample request editor is not available yet.</p>
    </section>
  );
}
