import type { Json, JsonObject } from './cfn';
import { makeUniqueId } from './uniqueId';

/** Something aws-cdk-lib itself would refuse while synthesizing (its message, where known). */
export class SynthesisError extends Error {
  override name = 'SynthesisError';
}

/**
 * A minimal construct tree: what CDK's tree decides is where each element lands in the template
 * (depth-first, children in creation order: aws-cdk-lib/core/lib/stack.js cfnElements), its
 * logical ID (from its path) and its `aws:cdk:path`.
 */
export class ConstructNode {
  readonly children: ConstructNode[] = [];
  readonly childIds = new Map<string, ConstructNode>();
  element?: CfnElement;
  /** Ids below the stack (the stack's own id excluded). */
  readonly pathBelowStack: readonly string[];
  /** `Stack/A/B`: the construct path CDK writes as `aws:cdk:path` and sorts DependsOn by. */
  readonly path: string;
  private cachedLogicalId?: string;

  readonly id: string;

  constructor(
    id: string,
    readonly parent: ConstructNode | undefined,
  ) {
    this.id = sanitizeId(id);
    this.pathBelowStack = parent ? [...parent.pathBelowStack, this.id] : [];
    this.path = parent ? `${parent.path}/${this.id}` : this.id;
  }

  /** Adds a child construct (constructs/lib/construct.js: duplicate ids are an error). */
  add(id: string): ConstructNode {
    const child = new ConstructNode(id, this);
    if (this.childIds.has(child.id)) {
      throw new SynthesisError(`There is already a Construct with name '${child.id}' in ${this.path}`);
    }
    this.children.push(child);
    this.childIds.set(child.id, child);
    return child;
  }

  /** The child with this id (sanitized as `add` sanitizes it), if any. */
  child(id: string): ConstructNode | undefined {
    return this.childIds.get(sanitizeId(id));
  }

  /** The logical ID: an override (the Deployment's hashed one) or the path-derived one. */
  get logicalId(): string {
    if (this.element?.logicalIdOverride) return this.element.logicalIdOverride();
    this.cachedLogicalId ??= makeUniqueId(this.pathBelowStack, this.path);
    return this.cachedLogicalId;
  }
}

/**
 * constructs/lib/construct.js sanitizeId: "/" (the path separator) and "\n" (the address
 * separator) in an id become "--".
 */
export function sanitizeId(id: string): string {
  return id.replace(/[/\n]/g, '--');
}

export type RemovalPolicy = 'Retain';

export interface ResourceElement {
  kind: 'resource';
  type: string;
  properties: () => JsonObject;
  dependsOn?: ConstructNode[];
  removalPolicy?: RemovalPolicy;
  /** Metadata CDK adds after `aws:cdk:path`. */
  extraMetadata?: JsonObject;
  logicalIdOverride?: () => string;
}

export interface OutputElement {
  kind: 'output';
  value: () => Json;
  logicalIdOverride?: undefined;
}

export interface ParameterElement {
  kind: 'parameter';
  body: () => JsonObject;
  logicalIdOverride?: undefined;
}

export interface RuleElement {
  kind: 'rule';
  body: () => JsonObject;
  logicalIdOverride?: undefined;
}

export type CfnElement = ResourceElement | OutputElement | ParameterElement | RuleElement;

/** Every node that holds an element, depth-first in creation order. */
export function elementsInOrder(root: ConstructNode): ConstructNode[] {
  const out: ConstructNode[] = [];
  const visit = (node: ConstructNode): void => {
    if (node.element) out.push(node);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}
