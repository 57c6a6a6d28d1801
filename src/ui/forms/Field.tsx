import { useEffect, useId, type ReactNode } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import { describeDiagnostic } from './diagnostics';
import { fieldLabel, type FieldDoc } from './docs';
import { installTooltipKeyboard } from './tooltips';

/** Ids a control needs to be labelled and described by its field. */
export interface ControlIds {
  id: string;
  describedBy: string;
  invalid: boolean;
}

export interface FieldProps {
  title: string;
  property: string;
  doc: FieldDoc;
  /** JSON pointer of the value, also put on the control as data-path. */
  path: string;
  diagnostics: readonly Diagnostic[];
  /** Renders the control with the ids that label and describe it. */
  children: (ids: ControlIds) => ReactNode;
  /** Extra content after the control (buttons). */
  after?: ReactNode;
  /** A status badge beside the label ("not set"). */
  badge?: ReactNode;
  className?: string;
}

/**
 * One labelled form field: label with the CDK property name, a help tooltip (described-by, so screen
 * readers read it too), the control, and the diagnostics that point at this field's path.
 */
export function Field({
  title,
  property,
  doc,
  path,
  diagnostics,
  children,
  after,
  badge,
  className,
}: FieldProps) {
  const id = useId();
  const docId = `${id}-doc`;
  const messagesId = `${id}-messages`;
  const describedBy = diagnostics.length > 0 ? `${messagesId} ${docId}` : docId;
  const label = fieldLabel(title, property);
  return (
    <div className={'field' + (className ? ' ' + className : '')} data-field={path}>
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        <Help docId={docId} doc={doc} property={property} />
        {badge}
      </div>
      <div className="field-control-row">
        {children({ id, describedBy, invalid: diagnostics.some((d) => d.severity === 'error') })}
        {after}
      </div>
      <FieldMessages id={messagesId} diagnostics={diagnostics} />
    </div>
  );
}

/**
 * The "?" with its tooltip. The tooltip text is always in the page (the field's controls name it in
 * aria-describedby). It shows on hover, when the "?" is clicked (focused), and while a control it
 * describes has keyboard focus (./tooltips.ts); Escape hides it. The "?" is focusable but not a tab
 * stop: its text already reaches keyboard users with each control, so Tab visits controls only. Its
 * name is "Help (property)", not the field's label, so the label still names only the control.
 */
export function Help({ docId, doc, property }: { docId: string; doc: FieldDoc; property: string }) {
  useEffect(installTooltipKeyboard, []);
  return (
    <span className="help">
      <button
        type="button"
        className="help-icon"
        tabIndex={-1}
        aria-label={`Help (${property})`}
        aria-describedby={docId}
      >
        ?
      </button>
      <span className="help-tooltip" id={docId} role="tooltip">
        {doc.doc} Default: {doc.default}.
      </span>
    </span>
  );
}

export function FieldMessages({ id, diagnostics }: { id?: string; diagnostics: readonly Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  return (
    <ul className="field-messages" id={id}>
      {diagnostics.map((d, i) => (
        <li key={i} className={`field-message severity-${d.severity}`} data-severity={d.severity}>
          <span className="severity-label">{d.severity}:</span> {describeDiagnostic(d)}
        </li>
      ))}
    </ul>
  );
}
