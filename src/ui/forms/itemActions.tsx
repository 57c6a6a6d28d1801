import type { ReactNode } from 'react';

/**
 * Move up, move down and remove for row `index` of `count` in a list or map field, each named with
 * the item and the CDK property ("Move integration response 2 up (integrationResponses)").
 * `children` come first (a row's own actions).
 */
export function RowButtons({
  itemNoun,
  property,
  index,
  count,
  move,
  remove,
  children,
}: {
  itemNoun: string;
  property: string;
  index: number;
  count: number;
  move(from: number, to: number): void;
  remove(index: number): void;
  children?: ReactNode;
}) {
  return (
    <span className="row-buttons">
      {children}
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${itemNoun} ${index + 1} up (${property})`}
        title="Move up (Alt+↑)"
        disabled={index === 0}
        onClick={() => move(index, index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${itemNoun} ${index + 1} down (${property})`}
        title="Move down (Alt+↓)"
        disabled={index === count - 1}
        onClick={() => move(index, index + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button danger"
        aria-label={`Remove ${itemNoun} ${index + 1} (${property})`}
        title="Remove"
        onClick={() => remove(index)}
      >
        ×
      </button>
    </span>
  );
}

/**
 * Below a list or map field: add an item, and unset the property (back to CDK's default) or, when it
 * is not set, set it to an explicit empty list [] or map {}.
 */
export function GroupActions({
  itemNoun,
  property,
  title,
  isSet,
  empty,
  onAdd,
  onUnset,
  onSetEmpty,
}: {
  itemNoun: string;
  property: string;
  title: string;
  isSet: boolean;
  empty: 'list' | 'map';
  onAdd(): void;
  onUnset(): void;
  onSetEmpty(): void;
}) {
  const literal = empty === 'list' ? '[]' : '{}';
  return (
    <div className="group-actions">
      <button type="button" onClick={onAdd} aria-label={`Add ${itemNoun} (${property})`}>
        + Add {itemNoun}
      </button>
      {isSet ? (
        <button
          type="button"
          className="link-button"
          aria-label={`Unset ${title.toLowerCase()} (${property})`}
          title="Remove the property (back to the default)"
          onClick={onUnset}
        >
          Unset
        </button>
      ) : (
        <button
          type="button"
          className="link-button"
          aria-label={`Set to ${literal}, ${title.toLowerCase()} (${property})`}
          title={`Set the property to an explicit empty ${empty} ${literal}`}
          onClick={onSetEmpty}
        >
          Set to {literal}
        </button>
      )}
    </div>
  );
}
