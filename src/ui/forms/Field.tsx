import { useId, type ReactNode } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import { describeDiagnostic } from './diagnostics';
import { fieldLabel, type FieldDoc } from './docs';

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
  return (
    <div className={'field' + (className ? ' ' + className : '')} data-field={path}>
      <div className="field-label-row">
        <label htmlFor={id}>{fieldLabel(title, property)}</label>
        <Help docId={docId} doc={doc} />
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

/** The "?" with its tooltip. The tooltip text is always in the page (aria-describedby needs it). */
export function Help({ docId, doc }: { docId: string; doc: FieldDoc }) {
  return (
    <span className="help">
      <span className="help-icon" aria-hidden="true">
        ?
      </span>
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
