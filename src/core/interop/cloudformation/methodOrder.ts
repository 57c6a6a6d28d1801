/**
 * Recovering the order of `methods[]` from a template.
 *
 * A template lists methods in construct-tree order (each resource's methods and child resources in
 * creation order), which loses the order the design added them in. That order matters: CDK hashes
 * each resource and method, in creation order, into the Deployment's logical ID
 * (aws-cdk-lib aws-apigateway/lib/deployment.ts `addToLogicalId`). So the creation orders that
 * produce the same tree are tried, each synthesized, until the Deployment's logical ID matches.
 */
import type { Design, MethodDesign } from '../../design/types';
import { synthesize } from '../../synth/synthesize';

interface TreeNode {
  /** The node's children, resources and methods, in creation order. */
  children: Array<TreeNode | MethodDesign>;
}

/** How many orders are tried at most before giving up. */
export const MAX_ORDERS_TRIED = 2000;

/** Rebuilds the resource tree from methods listed in tree order. */
function buildTree(treeOrdered: MethodDesign[]): {
  root: TreeNode;
  chains: Map<MethodDesign, Array<[TreeNode, TreeNode | MethodDesign]>>;
} {
  const root: TreeNode = { children: [] };
  const byPath = new Map<string, TreeNode>([['', root]]);
  const chains = new Map<MethodDesign, Array<[TreeNode, TreeNode | MethodDesign]>>();
  for (const method of treeOrdered) {
    const chain: Array<[TreeNode, TreeNode | MethodDesign]> = [];
    let node = root;
    let path = '';
    for (const segment of method.path.split('/').filter(Boolean)) {
      path += `/${segment}`;
      let child = byPath.get(path);
      if (!child) {
        child = { children: [] };
        byPath.set(path, child);
        node.children.push(child);
      }
      chain.push([node, child]);
      node = child;
    }
    node.children.push(method);
    chain.push([node, method]);
    chains.set(method, chain);
  }
  return { root, chains };
}

/**
 * Every order of the methods that builds the same tree (children appear in the same order under
 * each resource), the tree order itself first.
 */
export function* creationOrders(treeOrdered: MethodDesign[]): Generator<MethodDesign[]> {
  const { chains } = buildTree(treeOrdered);
  const appeared = new Map<TreeNode, number>();
  const placed = new Set<MethodDesign>();
  const order: MethodDesign[] = [];
  const canPlace = (method: MethodDesign) =>
    (chains.get(method) ?? []).every(([parent, child]) => {
      const index = parent.children.indexOf(child);
      const seen = appeared.get(parent) ?? 0;
      return index < seen || index === seen;
    });
  const place = (method: MethodDesign) => {
    const undo: Array<[TreeNode, number]> = [];
    for (const [parent, child] of chains.get(method) ?? []) {
      const index = parent.children.indexOf(child);
      const seen = appeared.get(parent) ?? 0;
      if (index === seen) {
        undo.push([parent, seen]);
        appeared.set(parent, seen + 1);
      }
    }
    placed.add(method);
    order.push(method);
    return () => {
      order.pop();
      placed.delete(method);
      for (const [parent, seen] of undo.reverse()) appeared.set(parent, seen);
    };
  };
  function* extend(): Generator<MethodDesign[]> {
    if (order.length === treeOrdered.length) {
      yield [...order];
      return;
    }
    for (const method of treeOrdered) {
      if (placed.has(method) || !canPlace(method)) continue;
      const undo = place(method);
      yield* extend();
      undo();
    }
  }
  yield* extend();
}

function deploymentLogicalId(template: Record<string, unknown>): string | undefined {
  const resources = (template.Resources ?? {}) as Record<string, { Type?: string }>;
  return Object.keys(resources).find((id) => resources[id].Type === 'AWS::ApiGateway::Deployment');
}

/**
 * The methods in the order whose synthesized Deployment has `wantedDeploymentId`, or undefined
 * when none of the first MAX_ORDERS_TRIED orders has it (something else in the design differs).
 */
export function recoverMethodOrder(
  design: Design,
  wantedDeploymentId: string,
  pathMetadata: boolean,
): MethodDesign[] | undefined {
  let tried = 0;
  for (const methods of creationOrders(design.methods)) {
    if (++tried > MAX_ORDERS_TRIED) return undefined;
    try {
      const template = synthesize({ ...design, methods }, { pathMetadata });
      if (deploymentLogicalId(template) === wantedDeploymentId) return methods;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
