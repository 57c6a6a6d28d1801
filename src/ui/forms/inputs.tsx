import { useState } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import type { Duration } from '../../core/design/types';
import { Field } from './Field';
import { memoField } from './memo';
import type { FieldDoc } from './docs';
import { DURATION_UNITS, durationParts, makeDuration, parseAmount, type DurationUnit } from './duration';

interface BaseProps {
  title: string;
  property: string;
  doc: FieldDoc;
  path: string;
  diagnostics: readonly Diagnostic[];
}

/** A boolean that may also be "not set": a select of default / true / false. */
function ThreeStateFieldImpl({
  value,
  onChange,
  ...base
}: BaseProps & { value: boolean | undefined; onChange(next: boolean | undefined): void }) {
  const current = value === undefined ? '' : String(value);
  return (
    <Field {...base} badge={<SetBadge set={value !== undefined} />}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          data-path={base.path}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={current}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'true')}
        >
          <option value="">default ({base.doc.default})</option>
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      )}
    </Field>
  );
}

/**
 * An enum (or a reference to an id in one of the design's lists) as a select whose first choice is
 * "default". A value that is not among the choices (a dangling reference) stays shown and selected.
 */
function EnumFieldImpl<T extends string>({
  value,
  onChange,
  choices,
  required,
  ...base
}: BaseProps & {
  value: T | undefined;
  onChange(next: T | undefined): void;
  choices: readonly T[];
  /** No "default" choice: the property must have a value. */
  required?: boolean;
}) {
  const unknown = value !== undefined && !choices.includes(value);
  return (
    <Field {...base} badge={required ? undefined : <SetBadge set={value !== undefined} />}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          data-path={base.path}
          aria-describedby={describedBy}
          aria-invalid={invalid || unknown || undefined}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : (e.target.value as T))}
        >
          {!required || value === undefined ? (
            <option value="">{required ? '(choose)' : `default (${base.doc.default})`}</option>
          ) : null}
          {choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          {unknown ? <option value={value}>{value} (not found)</option> : null}
        </select>
      )}
    </Field>
  );
}

/**
 * A text value. `empty` says what an empty box means: "unset" (the natural meaning for names and
 * namespaces), "empty-string" (the value "" is meaningful, e.g. selectionPattern; an Unset button
 * removes it), or "required" (the property always has a value; empty stays "").
 */
function TextFieldImpl({
  value,
  onChange,
  empty,
  placeholder,
  list,
  ...base
}: BaseProps & {
  value: string | undefined;
  onChange(next: string | undefined): void;
  empty: 'unset' | 'empty-string' | 'required';
  placeholder?: string;
  list?: string;
}) {
  const badge =
    empty === 'required' ? undefined : value === undefined ? (
      <SetBadge set={false} />
    ) : value === '' && empty === 'empty-string' ? (
      <span className="badge">empty string ""</span>
    ) : undefined;
  const after =
    empty === 'empty-string' && value !== undefined ? (
      <button
        type="button"
        className="link-button"
        aria-label={`Unset ${base.title.toLowerCase()} (${base.property})`}
        onClick={() => onChange(undefined)}
      >
        Unset
      </button>
    ) : undefined;
  return (
    <Field {...base} after={after} badge={badge}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          data-path={base.path}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={value ?? ''}
          placeholder={placeholder ?? (empty === 'required' ? '' : 'not set')}
          list={list}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => {
            const text = e.target.value;
            onChange(text === '' && empty === 'unset' ? undefined : text);
          }}
        />
      )}
    </Field>
  );
}

/** "set" / "not set" next to optional fields, so the difference stays visible. */
export function SetBadge({ set }: { set: boolean }) {
  return set ? null : <span className="badge badge-unset">not set</span>;
}

/**
 * A Duration: an amount and a unit (ms / s / min). The unit the user picks is kept (the code prints
 * Duration.seconds(10), not millis(10000)). An empty amount means "not set"; text that is not a
 * number yet (e.g. "2.") stays in the box without reaching the design.
 */
function DurationFieldImpl({
  value,
  onChange,
  ...base
}: BaseProps & { value: Duration | undefined; onChange(next: Duration | undefined): void }) {
  const parts = durationParts(value);
  const [draft, setDraft] = useState<{ text: string; for: Duration | undefined }>({
    text: parts ? String(parts.amount) : '',
    for: value,
  });
  const [unitWhenUnset, setUnitWhenUnset] = useState<DurationUnit>('seconds');
  // Follow outside changes (undo, import) unless the box holds an equivalent draft.
  let text = draft.text;
  if (draft.for !== value) {
    const parsed = parseAmount(draft.text);
    const same =
      (parsed.kind === 'unset' && !parts) ||
      (parsed.kind === 'number' && parts && parsed.value === parts.amount);
    text = same ? draft.text : parts ? String(parts.amount) : '';
    setDraft({ text, for: value });
  }
  const unit = parts?.unit ?? unitWhenUnset;
  const parsed = parseAmount(text);
  const localError =
    parsed.kind === 'invalid'
      ? [{ severity: 'error' as const, message: 'Enter a number, e.g. 10 or 2.5.' }]
      : [];
  return (
    <Field
      {...base}
      diagnostics={[...localError, ...base.diagnostics]}
      badge={<SetBadge set={value !== undefined} />}
    >
      {({ id, describedBy, invalid }) => (
        <span className="duration">
          <input
            id={id}
            type="text"
            inputMode="decimal"
            data-path={base.path}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            value={text}
            placeholder={`not set (${base.doc.default})`}
            autoComplete="off"
            onChange={(e) => {
              const next = parseAmount(e.target.value);
              const nextValue =
                next.kind === 'unset'
                  ? undefined
                  : next.kind === 'number'
                    ? makeDuration(unit, next.value)
                    : value;
              setDraft({ text: e.target.value, for: nextValue });
              if (nextValue !== value) onChange(nextValue);
            }}
          />
          <select
            aria-label={`${base.title} unit (${base.property})`}
            aria-describedby={describedBy}
            data-path={base.path}
            value={unit}
            onChange={(e) => {
              const nextUnit = e.target.value as DurationUnit;
              if (parts) {
                const nextValue = makeDuration(nextUnit, parts.amount);
                setDraft({ text, for: nextValue });
                onChange(nextValue);
              } else setUnitWhenUnset(nextUnit);
            }}
          >
            {DURATION_UNITS.map((u) => (
              <option key={u.unit} value={u.unit}>
                {u.label}
              </option>
            ))}
          </select>
        </span>
      )}
    </Field>
  );
}

export const ThreeStateField = memoField(ThreeStateFieldImpl);

export const EnumField = memoField(EnumFieldImpl);

export const TextField = memoField(TextFieldImpl);

export const DurationField = memoField(DurationFieldImpl);
