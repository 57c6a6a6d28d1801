import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { HTTP_METHODS, type HttpMethod } from '../../core/design/types';
import { selectProblems } from '../../state/derived';
import {
  addFunction,
  addMethod,
  addRole,
  addVpcLink,
  deleteFunction,
  deleteMethod,
  deleteResource,
  deleteRole,
  deleteVpcLink,
  renameFunction,
  renameResource,
  renameRole,
  renameVpcLink,
  updateMethodKey,
} from '../../state/designEdits';
import { useAppStore } from '../../state/store';
import { nodeId, treeOf, visibleItems, type TreeItem } from './treeModel';

/** Parses "post /pets/{id}" into a verb and a path, or explains what is wrong. */
export function parseMethodKey(text: string): { httpMethod: HttpMethod; path: string } | string {
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(text);
  if (!match) return 'Write the method as a verb and a path, e.g. "GET /pets/{petId}".';
  const verb = match[1].toUpperCase() as HttpMethod;
  if (!HTTP_METHODS.includes(verb))
    return `"${match[1]}" is not an HTTP method (${HTTP_METHODS.join(', ')}).`;
  if (!match[2].startsWith('/')) return 'A resource path starts with "/".';
  return { httpMethod: verb, path: match[2] };
}

function indexOf(item: TreeItem): number {
  return item.node && 'index' in item.node ? item.node.index : -1;
}

/** Applies a rename; returns an error message when the new name is not acceptable. */
function rename(item: TreeItem, text: string): string | undefined {
  const { updateDesign } = useAppStore.getState();
  const value = text.trim();
  if (value === '') return 'A name cannot be empty.';
  switch (item.kind) {
    case 'method': {
      const parsed = parseMethodKey(value);
      if (typeof parsed === 'string') return parsed;
      updateDesign((d) => updateMethodKey(d, indexOf(item), parsed));
      return undefined;
    }
    case 'resource':
      if (!value.startsWith('/') || value === '/')
        return 'A resource path starts with "/" and is not the root.';
      updateDesign((d) => renameResource(d, item.label, value));
      useAppStore.getState().select({ kind: 'resource', path: value });
      return undefined;
    case 'function':
      updateDesign((d) => renameFunction(d, indexOf(item), value));
      return undefined;
    case 'role':
      updateDesign((d) => renameRole(d, indexOf(item), value));
      return undefined;
    case 'vpcLink':
      updateDesign((d) => renameVpcLink(d, indexOf(item), value));
      return undefined;
    default:
      return undefined;
  }
}

function remove(item: TreeItem): void {
  const { updateDesign, notify } = useAppStore.getState();
  const edits: Partial<Record<TreeItem['kind'], () => void>> = {
    method: () => updateDesign((d) => deleteMethod(d, indexOf(item))),
    resource: () => updateDesign((d) => deleteResource(d, item.label)),
    function: () => updateDesign((d) => deleteFunction(d, indexOf(item))),
    role: () => updateDesign((d) => deleteRole(d, indexOf(item))),
    vpcLink: () => updateDesign((d) => deleteVpcLink(d, indexOf(item))),
  };
  const edit = edits[item.kind];
  if (!edit) return;
  edit();
  notify('info', `Deleted ${item.label}. Undo (Ctrl+Z) brings it back.`);
}

/**
 * The design tree (WAI-ARIA tree pattern): one tab stop, arrow keys move, Right/Left open and close,
 * Home/End jump, Enter or Space selects, F2 renames, Delete deletes. Add buttons sit above it.
 */
export function DesignTree() {
  const tree = useAppStore((s) => treeOf(s.design));
  const selection = useAppStore((s) => s.selection);
  const problems = useAppStore(selectProblems);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string>(() => nodeId(selection));
  const [renaming, setRenaming] = useState<string | undefined>();
  const [renameError, setRenameError] = useState<string | undefined>();
  const visible = useMemo(() => visibleItems(tree, collapsed), [tree, collapsed]);
  const refs = useRef(new Map<string, HTMLLIElement>());
  const focusOnRender = useRef(false);
  const selectedId = nodeId(selection);

  // The roving tab stop follows the selection when something else (a problem click) changes it.
  useEffect(() => setFocusId(selectedId), [selectedId]);
  const current =
    visible.find((v) => v.item.id === focusId) ?? visible.find((v) => v.item.id === selectedId) ?? visible[0];

  useEffect(() => {
    if (focusOnRender.current && current && !renaming) {
      focusOnRender.current = false;
      refs.current.get(current.item.id)?.focus();
    }
  });

  const errorPaths = useMemo(() => {
    const paths = (problems ?? [])
      .filter((d) => d.severity === 'error' && d.path)
      .map((d) => d.path as string);
    return (item: TreeItem) =>
      item.path !== undefined && paths.some((p) => p === item.path || p.startsWith(item.path + '/'));
  }, [problems]);

  const moveTo = (item: TreeItem | undefined) => {
    if (!item) return;
    focusOnRender.current = true;
    setFocusId(item.id);
    if (item.node) useAppStore.getState().select(item.node);
  };
  const toggle = (item: TreeItem, open: boolean) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (open) next.delete(item.id);
      else next.add(item.id);
      return next;
    });

  const add = (what: 'method' | 'function' | 'role' | 'vpcLink', resource?: string) => {
    const { design: d, updateDesign, select } = useAppStore.getState();
    const made =
      what === 'method'
        ? addMethod(d, resource)
        : what === 'function'
          ? addFunction(d)
          : what === 'role'
            ? addRole(d)
            : addVpcLink(d);
    updateDesign(() => made.design);
    const node = { kind: what, index: made.index } as const;
    select(node);
    setCollapsed((c) => new Set([...c].filter((id) => id !== 'api' && id !== `${what}s`)));
    focusOnRender.current = true;
    setFocusId(nodeId(node));
    setRenaming(nodeId(node));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (renaming || !current) return;
    const at = visible.indexOf(current);
    const { item, parent } = current;
    const hasChildren = item.children.length > 0;
    const open = hasChildren && !collapsed.has(item.id);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(visible[at + 1]?.item),
      ArrowUp: () => moveTo(visible[at - 1]?.item),
      Home: () => moveTo(visible[0]?.item),
      End: () => moveTo(visible[visible.length - 1]?.item),
      ArrowRight: () => (hasChildren ? (open ? moveTo(item.children[0]) : toggle(item, true)) : undefined),
      ArrowLeft: () => (open ? toggle(item, false) : moveTo(parent)),
      Enter: () => (item.node ? useAppStore.getState().select(item.node) : toggle(item, !open)),
      ' ': () => (item.node ? useAppStore.getState().select(item.node) : toggle(item, !open)),
      F2: () => item.renameValue !== undefined && setRenaming(item.id),
      Delete: () => {
        if (!item.deletable) return;
        remove(item);
        moveTo(visible[at + 1]?.item.kind === item.kind ? item : (visible[at - 1]?.item ?? item));
      },
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const focused = current?.item;
  // Flat list with aria-level/setsize/posinset (allowed by the tree pattern): each item's accessible
  // name is its own row's text, not its descendants'.
  const renderItem = (item: TreeItem, level: number, setSize: number, posInSet: number) => {
    const hasChildren = item.children.length > 0;
    const open = hasChildren && !collapsed.has(item.id);
    const isSelected = item.id === selectedId;
    const labelId = `tree-label-${item.id}`;
    return (
      <li
        key={item.id}
        ref={(el) => {
          if (el) refs.current.set(item.id, el);
          else refs.current.delete(item.id);
        }}
        role="treeitem"
        aria-level={level}
        aria-setsize={setSize}
        aria-posinset={posInSet}
        aria-expanded={hasChildren ? open : undefined}
        aria-selected={item.node ? isSelected : undefined}
        tabIndex={item.id === current?.item.id ? 0 : -1}
        className={`tree-item tree-${item.kind}`}
        data-tree-id={item.id}
        onClick={(event) => {
          event.stopPropagation();
          setFocusId(item.id);
          if (item.node) useAppStore.getState().select(item.node);
          else toggle(item, !open);
        }}
        onDoubleClick={(event) => {
          event.stopPropagation();
          if (item.renameValue !== undefined) setRenaming(item.id);
        }}
      >
        <div
          className={'tree-row' + (isSelected ? ' selected' : '')}
          style={{ paddingLeft: `${level * 0.9 - 0.4}rem` }}
        >
          <span
            className="tree-twisty"
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              if (hasChildren) toggle(item, !open);
            }}
          >
            {hasChildren ? (open ? '▾' : '▸') : ''}
          </span>
          {renaming === item.id ? (
            <RenameInput
              labelId={labelId}
              item={item}
              error={renameError}
              onDone={(text, fromBlur) => {
                if (text === undefined) {
                  setRenaming(undefined);
                  setRenameError(undefined);
                  focusOnRender.current = true;
                  return true;
                }
                const error = text === item.renameValue ? undefined : rename(item, text);
                setRenameError(fromBlur ? undefined : error);
                if (fromBlur && error) useAppStore.getState().notify('error', `Not renamed: ${error}`);
                if (!error || fromBlur) {
                  setRenaming(undefined);
                  focusOnRender.current = !fromBlur;
                  return true;
                }
                return false;
              }}
            />
          ) : (
            <span id={labelId} className="tree-label">
              {item.kind === 'method' ? <MethodLabel text={item.label} /> : item.label}
            </span>
          )}
          {item.detail && renaming !== item.id ? <span className="tree-detail">{item.detail}</span> : null}
          {errorPaths(item) ? <span className="tree-error" aria-hidden="true" /> : null}
        </div>
      </li>
    );
  };

  const resourceForAdd = selection.kind === 'resource' ? selection.path : undefined;
  return (
    <nav className="design-tree" aria-label="Design">
      <div className="tree-toolbar" role="toolbar" aria-label="Add to the design">
        <span className="tree-toolbar-label" aria-hidden="true">
          Add
        </span>
        <button type="button" onClick={() => add('method', resourceForAdd)} aria-label="Add method">
          Method
        </button>
        <button type="button" onClick={() => add('function')} aria-label="Add function">
          Function
        </button>
        <button type="button" onClick={() => add('role')} aria-label="Add role">
          Role
        </button>
        <button type="button" onClick={() => add('vpcLink')} aria-label="Add VPC link">
          VPC link
        </button>
      </div>
      <div className="tree-toolbar" role="toolbar" aria-label="Selected item actions">
        <button
          type="button"
          disabled={!focused || focused.renameValue === undefined}
          onClick={() => focused && setRenaming(focused.id)}
          aria-label={focused ? `Rename ${focused.label}` : 'Rename'}
        >
          Rename
        </button>
        <button
          type="button"
          disabled={!focused || !focused.deletable}
          onClick={() => focused && remove(focused)}
          aria-label={focused ? `Delete ${focused.label}` : 'Delete'}
        >
          Delete
        </button>
      </div>
      <ul role="tree" aria-label="Design" className="tree" onKeyDown={onKeyDown}>
        {visible.map(({ item, level, parent }) => {
          const siblings = parent ? parent.children : tree;
          return renderItem(item, level, siblings.length, siblings.indexOf(item) + 1);
        })}
      </ul>
      <p className="tree-hint">Arrows move, Enter selects, F2 renames, Delete deletes.</p>
    </nav>
  );
}

function MethodLabel({ text }: { text: string }) {
  const space = text.indexOf(' ');
  return (
    <>
      <span className={`verb verb-${text.slice(0, space).toLowerCase()}`}>{text.slice(0, space)}</span>{' '}
      <span className="path">{text.slice(space + 1)}</span>
    </>
  );
}

function RenameInput({
  item,
  labelId,
  error,
  onDone,
}: {
  item: TreeItem;
  labelId: string;
  error?: string;
  /** `undefined` cancels; `fromBlur` means focus left, so an invalid name is dropped rather than kept open. */
  onDone(text: string | undefined, fromBlur?: boolean): boolean;
}) {
  const [text, setText] = useState(item.renameValue ?? '');
  // Enter, Escape and the blur that follows unmounting must not finish the same rename twice.
  const finished = useRef(false);
  const finish = (value: string | undefined, fromBlur?: boolean) => {
    if (finished.current) return;
    finished.current = onDone(value, fromBlur);
  };
  const errorId = `${labelId}-error`;
  return (
    <span className="tree-rename" id={labelId}>
      <input
        autoFocus
        aria-label={`New name for ${item.label}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') finish(text);
          if (e.key === 'Escape') finish(undefined);
        }}
        onBlur={() => finish(text, true)}
      />
      {error ? (
        <span className="tree-rename-error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
