import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import { diagnosticsAt } from './diagnostics';
import { FieldMessages, Help } from './Field';
import { fieldLabel, type FieldDoc } from './docs';
import { memoField, useLatest } from './memo';
import { moveItem, newRowId } from './orderedMap';
import { joinPointer } from './paths';
import { GroupActions, RowButtons } from './itemActions';

export interface ListItemContext<T> {
  item: T;
  index: number;
  /** JSON pointer of the item. */
  path: string;
  /**
   * Changes the item from its latest value (`update((current) => ({ ...current, statusCode }))`):
   * fields inside the item are memoized and may call this long after this render.
   */
  update(fn: (current: T) => T): void;
  /** Id of the list property's doc tooltip, for controls that have no doc of their own. */
  docId: string;
}

export interface ListFieldProps<T> {
  title: string;
  property: string;
  doc: FieldDoc;
  path: string;
  value: T[] | undefined;
  onChange(next: T[] | undefined): void;
  diagnostics: readonly Diagnostic[];
  /** "integration response" */
  itemNoun: string;
  newItem(current: readonly T[]): T;
  renderItem(ctx: ListItemContext<T>): ReactNode;
  /** Short summary shown in the item's heading, e.g. the status code. */
  itemSummary?: (item: T) => string;
  /** Items laid out compactly in one line each (string lists). */
  compact?: boolean;
  /** Values renderItem/newItem read besides the item (the field re-renders when one changes). */
  deps?: readonly unknown[];
}

/**
 * A list editor: add, remove, move items (buttons, or Alt+↑ / Alt+↓ inside an item). "Not set" and
 * an empty list [] are different states and both stay visible.
 */
function ListFieldImpl<T>(props: ListFieldProps<T>) {
  const { title, property, doc, path, value, onChange, diagnostics, itemNoun } = props;
  const baseId = useId();
  const items = value ?? [];
  const latestItems = useLatest(items);
  const latestOnChange = useLatest(onChange);
  // Stable keys that follow items when they move; rebuilt when the length changes from outside.
  const [keys, setKeys] = useState<number[]>(() => items.map(() => newRowId()));
  let itemKeys = keys;
  if (keys.length !== items.length) {
    itemKeys = items.map((_, i) => keys[i] ?? newRowId());
    setKeys(itemKeys);
  }
  const focusAfterMove = useRef<HTMLElement | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useLayoutEffect(() => {
    const el = focusAfterMove.current;
    if (el && document.activeElement !== el) el.focus();
    focusAfterMove.current = null;
  });

  const move = (index: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    focusAfterMove.current = document.activeElement as HTMLElement | null;
    setKeys(moveItem(itemKeys, index, to));
    onChange(moveItem(items, index, to));
    setAnnouncement(`Moved ${itemNoun} ${index + 1} to position ${to + 1} of ${items.length}.`);
  };
  const add = () => {
    const key = newRowId();
    setKeys([...itemKeys, key]);
    onChange([...items, props.newItem(items)]);
    requestAnimationFrame(() => {
      const first = document
        .getElementById(`${baseId}-item-${key}`)
        ?.querySelector<HTMLElement>('input, select, textarea');
      first?.focus();
    });
  };
  const remove = (index: number) => {
    setKeys(itemKeys.filter((_, i) => i !== index));
    onChange(items.filter((_, i) => i !== index));
    setAnnouncement(`Removed ${itemNoun} ${index + 1}.`);
  };
  const onItemKeyDown = (index: number) => (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    // Nested editors handle their own rows first.
    if (e.defaultPrevented) return;
    e.preventDefault();
    move(index, e.key === 'ArrowUp' ? index - 1 : index + 1);
  };

  const docId = `${baseId}-doc`;
  const Cap = itemNoun.charAt(0).toUpperCase() + itemNoun.slice(1);
  return (
    <div
      role="group"
      aria-labelledby={`${baseId}-label`}
      aria-describedby={docId}
      className={'list-field field' + (props.compact ? ' compact' : '')}
      data-path={path}
      tabIndex={-1}
    >
      <div className="field-label-row">
        <span id={`${baseId}-label`} className="group-label">
          {fieldLabel(title, property)}
        </span>
        <Help docId={docId} doc={doc} property={property} />
        {value === undefined ? (
          <span className="badge badge-unset">not set</span>
        ) : items.length === 0 ? (
          <span className="badge">empty []</span>
        ) : null}
      </div>
      <FieldMessages diagnostics={diagnosticsAt(diagnostics, path)} />
      {items.length > 0 ? (
        <ol className="list-items">
          {items.map((item, index) => {
            const itemPath = joinPointer(path, index);
            const summary = props.itemSummary?.(item);
            return (
              <li
                key={itemKeys[index]}
                id={`${baseId}-item-${itemKeys[index]}`}
                className="list-item"
                onKeyDown={onItemKeyDown(index)}
                aria-label={
                  props.compact ? undefined : `${Cap} ${index + 1}${summary ? ` (${summary})` : ''}`
                }
              >
                {props.compact ? null : (
                  <div className="list-item-heading">
                    <span className="list-item-title">
                      {Cap} {index + 1}
                      {summary ? <span className="list-item-summary"> {summary}</span> : null}
                    </span>
                  </div>
                )}
                <div className="list-item-body">
                  {props.renderItem({
                    item,
                    index,
                    path: itemPath,
                    docId,
                    update: (fn) =>
                      latestOnChange.current(latestItems.current.map((it, i) => (i === index ? fn(it) : it))),
                  })}
                </div>
                <RowButtons
                  itemNoun={itemNoun}
                  property={property}
                  index={index}
                  count={items.length}
                  move={move}
                  remove={remove}
                />
              </li>
            );
          })}
        </ol>
      ) : null}
      <GroupActions
        itemNoun={itemNoun}
        property={property}
        title={title}
        isSet={value !== undefined}
        empty="list"
        onAdd={add}
        onUnset={() => onChange(undefined)}
        onSetEmpty={() => onChange([])}
      />
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}

/** Memoized: see ./memo.ts for what its callbacks may capture. */
export const ListField = memoField(ListFieldImpl);
