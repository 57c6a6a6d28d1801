import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import { diagnosticsAt } from './diagnostics';
import { FieldMessages, Help } from './Field';
import { fieldLabel, type FieldDoc } from './docs';
import { memoField } from './memo';
import {
  mapFromRows,
  moveItem,
  newRowId,
  reconcileRows,
  rowsFromMap,
  sameOrderedMap,
  type MapRow,
} from './orderedMap';
import { joinPointer } from './paths';
import { GroupActions, RowButtons } from './itemActions';

/** How one row's value is edited. */
export interface ValueEditorProps<V> {
  id: string;
  label: string;
  value: V;
  onChange(next: V): void;
  dataPath: string;
  describedBy?: string;
}

export interface OrderedMapFieldProps<V> {
  /** Label words before the property name, e.g. "Integration request parameters". */
  title: string;
  property: string;
  doc: FieldDoc;
  path: string;
  value: Record<string, V> | undefined;
  onChange(next: Record<string, V> | undefined): void;
  diagnostics: readonly Diagnostic[];
  /** What one row is, for the add button: "request parameter", "template". */
  itemNoun: string;
  keyTitle: string;
  valueTitle: string;
  keySuggestions?: readonly string[];
  valueSuggestions?: readonly string[];
  newValue(): V;
  /** The value control; a one-line text box when absent (V must then be string). */
  renderValue?: (props: ValueEditorProps<V>) => ReactNode;
  /** Extra per-row content (e.g. "Edit in VTL editor"), given the committed key's pointer. */
  rowExtra?: (key: string, rowPath: string) => ReactNode;
  placeholderKey?: string;
  /** Values are long (templates): each value gets the row's full width under its key. */
  multiline?: boolean;
  /** Values are short (a boolean or model select): the name gets most of the width. */
  shortValue?: boolean;
}

/**
 * An ordered key–value editor: rows can be added, removed and moved (buttons, or Alt+↑ / Alt+↓ from
 * any control in the row). "Not set" and an empty map are different states and both stay visible.
 */
function OrderedMapFieldImpl<V>(props: OrderedMapFieldProps<V>) {
  const { title, property, doc, path, value, onChange, diagnostics } = props;
  const baseId = useId();
  const [state, setState] = useState<{ rows: MapRow<V>[]; source: Record<string, V> | undefined }>(() => ({
    rows: rowsFromMap(value),
    source: value,
  }));
  let rows = state.rows;
  if (state.source !== value) {
    // An outside change (undo, another editor): keep our rows if they still say the same thing.
    rows =
      sameOrderedMap(mapFromRows(state.rows).map, value ?? {}) && value !== undefined
        ? state.rows
        : reconcileRows(state.rows, value);
    setState({ rows, source: value });
  }
  const { drafts } = mapFromRows(rows);
  const focusAfterMove = useRef<HTMLElement | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useLayoutEffect(() => {
    const el = focusAfterMove.current;
    if (el && document.activeElement !== el) el.focus();
    focusAfterMove.current = null;
  });

  const commit = (nextRows: MapRow<V>[]) => {
    const next = mapFromRows(nextRows).map;
    setState({ rows: nextRows, source: next });
    onChange(next);
  };
  const updateRow = (id: number, patch: Partial<MapRow<V>>) =>
    commit(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const move = (index: number, to: number) => {
    if (to < 0 || to >= rows.length) return;
    focusAfterMove.current = document.activeElement as HTMLElement | null;
    commit(moveItem(rows, index, to));
    setAnnouncement(`Moved ${rows[index].key || 'row'} to position ${to + 1} of ${rows.length}.`);
  };
  const add = () => {
    const row: MapRow<V> = { id: newRowId(), key: '', value: props.newValue() };
    commit([...rows, row]);
    requestAnimationFrame(() => document.getElementById(`${baseId}-key-${row.id}`)?.focus());
  };
  const remove = (index: number) => {
    const nextRows = rows.filter((_, i) => i !== index);
    commit(nextRows);
    setAnnouncement(`Removed row ${index + 1}.`);
  };
  const onRowKeyDown = (index: number) => (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(index, e.key === 'ArrowUp' ? index - 1 : index + 1);
  };

  const label = fieldLabel(title, property);
  const groupDiagnostics = diagnosticsAt(diagnostics, path);
  const keyListId = props.keySuggestions?.length ? `${baseId}-keys` : undefined;
  const valueListId = props.valueSuggestions?.length ? `${baseId}-values` : undefined;
  const docId = `${baseId}-doc`;
  return (
    <div
      role="group"
      aria-labelledby={`${baseId}-label`}
      aria-describedby={docId}
      className="map-field field"
      data-path={path}
      tabIndex={-1}
    >
      <div className="field-label-row">
        <span id={`${baseId}-label`} className="group-label">
          {label}
        </span>
        <Help docId={docId} doc={doc} property={property} />
        {value === undefined ? (
          <span className="badge badge-unset">not set</span>
        ) : rows.length === 0 ? (
          <span className="badge">empty {'{}'}</span>
        ) : null}
      </div>
      <FieldMessages diagnostics={groupDiagnostics} />
      {rows.length > 0 ? (
        <ol className="map-rows">
          {rows.map((row, index) => {
            const rowPath = drafts.has(row.id) ? path : joinPointer(path, row.key);
            const rowDiagnostics = drafts.has(row.id) ? [] : diagnosticsAt(diagnostics, rowPath);
            const draftNote = drafts.get(row.id);
            const keyLabel = `${title}: ${props.keyTitle.toLowerCase()} ${index + 1} (${property})`;
            const valueLabel = `${title}: ${props.valueTitle.toLowerCase()} ${index + 1} (${property})`;
            const messagesId = `${baseId}-msg-${row.id}`;
            // Each row control is described by its own messages, then by the property's doc.
            const describedBy = rowDiagnostics.length || draftNote ? `${messagesId} ${docId}` : docId;
            return (
              <li
                key={row.id}
                className={
                  'map-row' + (props.multiline ? ' multiline' : props.shortValue ? ' short-value' : '')
                }
                onKeyDown={onRowKeyDown(index)}
              >
                <input
                  id={`${baseId}-key-${row.id}`}
                  className="map-key"
                  type="text"
                  aria-label={keyLabel}
                  aria-describedby={describedBy}
                  aria-invalid={
                    draftNote === 'duplicate' ||
                    rowDiagnostics.some((d) => d.severity === 'error') ||
                    undefined
                  }
                  data-path={rowPath}
                  value={row.key}
                  list={keyListId}
                  placeholder={props.placeholderKey ?? props.keyTitle}
                  spellCheck={false}
                  autoComplete="off"
                  onChange={(e) => updateRow(row.id, { key: e.target.value })}
                />
                <span className="map-arrow" aria-hidden="true">
                  →
                </span>
                <span className="map-value">
                  {props.renderValue ? (
                    props.renderValue({
                      id: `${baseId}-value-${row.id}`,
                      label: valueLabel,
                      value: row.value,
                      dataPath: rowPath,
                      describedBy,
                      onChange: (next) => updateRow(row.id, { value: next }),
                    })
                  ) : (
                    <input
                      id={`${baseId}-value-${row.id}`}
                      type="text"
                      aria-label={valueLabel}
                      aria-describedby={describedBy}
                      data-path={rowPath}
                      value={row.value as unknown as string}
                      list={valueListId}
                      spellCheck={false}
                      autoComplete="off"
                      onChange={(e) => updateRow(row.id, { value: e.target.value as unknown as V })}
                    />
                  )}
                </span>
                <RowButtons
                  itemNoun={props.itemNoun}
                  property={property}
                  index={index}
                  count={rows.length}
                  move={move}
                  remove={remove}
                >
                  {props.rowExtra && !draftNote ? props.rowExtra(row.key, rowPath) : null}
                </RowButtons>
                {draftNote || rowDiagnostics.length ? (
                  <div className="row-messages" id={messagesId}>
                    {draftNote === 'empty' ? (
                      <p className="field-message severity-info">
                        Enter a {props.keyTitle.toLowerCase()}; the row is not used until then.
                      </p>
                    ) : draftNote === 'duplicate' ? (
                      <p className="field-message severity-error">
                        “{row.key}” is already used above; this row is not used until it is renamed.
                      </p>
                    ) : null}
                    <FieldMessages diagnostics={rowDiagnostics} />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      <GroupActions
        itemNoun={props.itemNoun}
        property={property}
        title={title}
        isSet={value !== undefined}
        empty="map"
        onAdd={add}
        onUnset={() => {
          setState({ rows: [], source: undefined });
          onChange(undefined);
        }}
        onSetEmpty={() => commit([])}
      />
      {keyListId ? (
        <datalist id={keyListId}>
          {props.keySuggestions!.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      {valueListId ? (
        <datalist id={valueListId}>
          {props.valueSuggestions!.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}

/** Memoized: see ./memo.ts for what its callbacks may capture. */
export const OrderedMapField = memoField(OrderedMapFieldImpl);
