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
