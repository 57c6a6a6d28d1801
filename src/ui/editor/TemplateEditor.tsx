import { useState } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import type { Design, SampleRequest } from '../../core/design/types';
import { getAt, setAt } from '../../state/pointer';
import { describeDiagnostic } from '../forms/diagnostics';
import { CodeView } from '../output/CodeView';
import { VtlEditor, type RevealRequest } from './index';
import { looksLikeJson, methodTemplates, STARTER_REQUEST_TEMPLATE } from './templates';
import { sampleNames } from './vtl/completion';
import '../forms/forms.css';

export interface TemplateEditorProps {
  design: Design;
  methodIndex: number;
  /** JSON pointer of the template to show; the method's first template when absent or stale. */
  templatePath?: string;
  onSelectTemplate(path: string): void;
  /** Same contract as MethodForm: `next` is `setAt(design, edit.path, edit.value)`. */
  onChange(next: Design, edit: { path: string; value: unknown }): void;
  /** The engine's render of the shown template against the sample; undefined while the engine is missing. */
  rendered?: { output: string; diagnostics: Diagnostic[]; failure?: { message: string } | null };
  /** The template is too slow to render per keystroke: it renders in the background (state/offThread). */
  renderPending?: boolean;
  /** Design diagnostics; those at the template's path are shown too (markers when they have a line). */
  diagnostics: readonly Diagnostic[];
  /** The sample request the template renders against (names for completion). */
  sample?: SampleRequest;
  /** Put the cursor at a diagnostic's position (from the Problems list). */
  reveal?: RevealRequest & { path: string };
  /** Called when the editor gets focus, with the template's path. */
  onFocusTemplate?(path: string): void;
  editorHeight?: number | string;
}

/** Tall enough for the template and a few more lines, within limits (19 px per line at 13 px). */
function editorHeightFor(text: string): number {
  const lines = text.split('\n').length;
  return Math.min(420, Math.max(140, (lines + 3) * 19));
}

/**
 * The VTL editor for one mapping template of the selected method, beside what it renders to for the
 * current sample request, with the engine's problems listed (clicking one moves the cursor there).
 */
export function TemplateEditor(props: TemplateEditorProps) {
  const { design, methodIndex, onChange } = props;
  const method = design.methods[methodIndex];
  const templates = methodTemplates(method, methodIndex);
  const current =
    templates.find((t) => t.path === props.templatePath) ?? (templates.length > 0 ? templates[0] : undefined);
  const [localReveal, setLocalReveal] = useState<RevealRequest | undefined>(undefined);
  if (!method) return null;

  if (!current) {
    const path = `/methods/${methodIndex}/integration/requestTemplates/application~1json`;
    return (
      <section className="template-editor template-editor-empty" aria-label="Mapping template">
        <p>
          {method.integration?.proxy === false
            ? 'This method has no mapping templates yet.'
            : 'A proxy integration passes the request through; mapping templates apply when proxy is false.'}
        </p>
        <button
          type="button"
          onClick={() => {
            onChange(setAt(design, path, STARTER_REQUEST_TEMPLATE), {
              path,
              value: STARTER_REQUEST_TEMPLATE,
            });
            props.onSelectTemplate(path);
          }}
        >
          Add request template application/json (requestTemplates)
        </button>
      </section>
    );
  }

  const text = getAt(design, current.path);
  const value = typeof text === 'string' ? text : '';
  const designDiagnostics = props.diagnostics.filter((d) => d.path === current.path);
  const engineDiagnostics = props.rendered?.diagnostics ?? [];
  const positioned = [...engineDiagnostics, ...designDiagnostics.filter((d) => d.line !== undefined)];
  const listed = [...engineDiagnostics, ...designDiagnostics];
  const reveal = props.reveal && props.reveal.path === current.path ? props.reveal : localReveal;
  const output = props.rendered?.output;
  const selectId = `template-select-${methodIndex}`;

  return (
    <section className="template-editor" aria-label="Mapping template">
      <div className="template-toolbar">
        <label htmlFor={selectId}>Template</label>
        <select id={selectId} value={current.path} onChange={(e) => props.onSelectTemplate(e.target.value)}>
          {templates.map((t) => (
            <option key={t.path} value={t.path}>
              {t.title}
            </option>
          ))}
        </select>
        <span className="template-phase">
          {current.phase === 'request'
            ? '$input reads the sample request.'
            : '$input reads the Lambda result (integration response).'}{' '}
          Ctrl+Space completes; in the editor Tab indents, Ctrl+M makes Tab move focus.
        </span>
      </div>
      <div className="template-columns">
        <div className="template-source">
          <VtlEditor
            value={value}
            onChange={(next) =>
              onChange(setAt(design, current.path, next), { path: current.path, value: next })
            }
            diagnostics={positioned}
            sampleNames={sampleNames(props.sample)}
            ariaLabel={current.ariaLabel}
            modelPath={current.path}
            reveal={reveal}
            onFocus={() => props.onFocusTemplate?.(current.path)}
            height={props.editorHeight ?? editorHeightFor(value)}
          />
        </div>
        <section className="template-result" aria-label="Rendered output">
          <h4 className="template-result-title">Rendered output</h4>
          {props.renderPending ? (
            <p className="not-available" role="status">
              Rendering… This template takes long to evaluate (a loop with many turns?), so it renders in the
              background.
            </p>
          ) : props.rendered === undefined ? (
            <p className="not-available">Rendering templates is not available yet.</p>
          ) : (
            <div data-testid="rendered-output" className="rendered-output">
              {output === '' ? (
                <p className="not-available">
                  {engineDiagnostics.some((d) => d.severity === 'error')
                    ? 'No output: the template has an error (listed below).'
                    : 'The template renders to empty text.'}
                </p>
              ) : (
                <>
                  {props.rendered.failure ? (
                    // API Gateway fails the request (500) and sends none of it; the part is shown for debugging.
                    <p className="not-available">
                      The template failed (listed below), so API Gateway sends no output. What it rendered
                      before failing:
                    </p>
                  ) : null}
                  <CodeView
                    text={output ?? ''}
                    language={looksLikeJson(output ?? '') ? 'json' : 'plaintext'}
                    label="Rendered template"
                    testId="rendered-code"
                  />
                </>
              )}
            </div>
          )}
        </section>
      </div>
      {listed.length > 0 ? (
        <ul className="template-problems" aria-label="Template problems">
          {listed.map((d, i) => (
            <li key={i} className={`field-message severity-${d.severity}`}>
              {d.line !== undefined ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setLocalReveal({ line: d.line, column: d.column })}
                >
                  {describeDiagnostic(d)}
                </button>
              ) : (
                describeDiagnostic(d)
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
