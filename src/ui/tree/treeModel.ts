/**
 * The design tree's items, derived from the design: the stack, the API with its resources and
 * methods, then functions, roles and VPC links. Resources are the paths CDK creates for the methods
 * (every prefix of a method path), so "/pets" appears even when only "/pets/{petId}" has methods.
 */
import type { Design } from '../../core';
import { isImportedFunction, isImportedRole } from '../../core/design/types';
import { methodKey } from '../../state/designEdits';
import type { TreeNode } from '../../state/store';

export type ItemKind = TreeNode['kind'] | 'functions' | 'roles' | 'vpcLinks';

export interface TreeItem {
  id: string;
  kind: ItemKind;
  label: string;
  /** Secondary text, e.g. "imported". */
  detail?: string;
  /** What selecting the item shows; group items select nothing. */
  node?: TreeNode;
  /** JSON pointer of the part of the design the item stands for (for its diagnostics). */
  path?: string;
  /** The text a rename starts from; absent when the item cannot be renamed. */
  renameValue?: string;
  deletable: boolean;
  children: TreeItem[];
}

export function nodeId(node: TreeNode): string {
  switch (node.kind) {
    case 'stack':
      return 'stack';
    case 'api':
      return 'api';
    case 'resource':
      return `resource:${node.path}`;
    case 'method':
      return `method:${node.index}`;
    case 'function':
      return `function:${node.index}`;
    case 'role':
      return `role:${node.index}`;
    case 'vpcLink':
      return `vpcLink:${node.index}`;
  }
}

function resourcePaths(design: Design): string[] {
  const paths = new Set<string>();
  for (const m of design.methods) {
    if (!m.path.startsWith('/') || m.path === '/') continue;
    const segments = m.path.split('/').slice(1);
    for (let i = 1; i <= segments.length; i++) paths.add('/' + segments.slice(0, i).join('/'));
  }
  return [...paths];
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

function methodItems(design: Design, path: string): TreeItem[] {
  return design.methods.flatMap((m, index) =>
    m.path === path
      ? [
          {
            id: `method:${index}`,
            kind: 'method' as const,
            label: methodKey(m),
            node: { kind: 'method' as const, index },
            path: `/methods/${index}`,
            renameValue: methodKey(m),
            deletable: true,
            children: [],
          },
        ]
      : [],
  );
}

function resourceItem(design: Design, path: string, all: string[]): TreeItem {
  const children = all.filter((p) => parentOf(p) === path).map((p) => resourceItem(design, p, all));
  return {
    id: `resource:${path}`,
    kind: 'resource',
    label: path,
    node: { kind: 'resource', path },
    renameValue: path,
    deletable: true,
    children: [...methodItems(design, path), ...children],
  };
}

export function buildTree(design: Design): TreeItem[] {
  const all = resourcePaths(design);
  const topResources = all.filter((p) => parentOf(p) === '/').map((p) => resourceItem(design, p, all));
  const stray = design.methods.flatMap((m, index) =>
    m.path.startsWith('/') ? [] : methodItems(design, m.path).filter((i) => i.id === `method:${index}`),
  );
  return [
    {
      id: 'stack',
      kind: 'stack',
      label: `Stack ${design.stack.id}`,
      node: { kind: 'stack' },
      path: '/stack',
      deletable: false,
      children: [],
    },
    {
      id: 'api',
      kind: 'api',
      label: `API ${design.api.id}`,
      node: { kind: 'api' },
      path: '/api',
      deletable: false,
      children: [...methodItems(design, '/'), ...topResources, ...stray],
    },
    {
      id: 'functions',
      kind: 'functions',
      label: 'Functions',
      deletable: false,
      children: design.functions.map((f, index) => ({
        id: `function:${index}`,
        kind: 'function' as const,
        label: f.id,
        detail: isImportedFunction(f) ? 'imported' : f.runtime,
        node: { kind: 'function' as const, index },
        path: `/functions/${index}`,
        renameValue: f.id,
        deletable: true,
        children: [],
      })),
    },
    {
      id: 'roles',
      kind: 'roles',
      label: 'Roles',
      deletable: false,
      children: (design.roles ?? []).map((r, index) => ({
        id: `role:${index}`,
        kind: 'role' as const,
        label: r.id,
        detail: isImportedRole(r) ? 'imported' : undefined,
        node: { kind: 'role' as const, index },
        path: `/roles/${index}`,
        renameValue: r.id,
        deletable: true,
        children: [],
      })),
    },
    {
      id: 'vpcLinks',
      kind: 'vpcLinks',
      label: 'VPC links',
      deletable: false,
      children: (design.vpcLinks ?? []).map((l, index) => ({
        id: `vpcLink:${index}`,
        kind: 'vpcLink' as const,
        label: l.id,
        detail: 'imported',
        node: { kind: 'vpcLink' as const, index },
        path: `/vpcLinks/${index}`,
        renameValue: l.id,
        deletable: true,
        children: [],
      })),
    },
  ];
}

/** What the tree shows of a design; the tree re-renders only when this changes, not on every keystroke. */
function treeSignature(design: Design): string {
  return JSON.stringify([
    design.stack.id,
    design.api.id,
    design.methods.map((m) => [m.httpMethod, m.path]),
    design.functions.map((f) => [f.id, isImportedFunction(f) ? '' : f.runtime]),
    (design.roles ?? []).map((r) => [r.id, isImportedRole(r)]),
    (design.vpcLinks ?? []).map((l) => l.id),
  ]);
}

let lastTree: { signature: string; tree: TreeItem[] } | undefined;

/** The tree for a design, the same array as last time when nothing it shows changed. */
export function treeOf(design: Design): TreeItem[] {
  const signature = treeSignature(design);
  if (lastTree?.signature !== signature) lastTree = { signature, tree: buildTree(design) };
  return lastTree.tree;
}

/** The items a keyboard user moves through: depth-first, skipping children of collapsed items. */
export function visibleItems(
  items: TreeItem[],
  collapsed: ReadonlySet<string>,
  level = 1,
  parent?: TreeItem,
): Array<{ item: TreeItem; level: number; parent?: TreeItem }> {
  return items.flatMap((item) => [
    { item, level, parent },
    ...(collapsed.has(item.id) ? [] : visibleItems(item.children, collapsed, level + 1, item)),
  ]);
}
