import { pointer } from '../../diagnostics';
import type { Design } from '../types';
import { effectiveProxy } from '../defaults';
import { constructCollisionMessage, pathPartMessage, pathStartOnlyResourceMessage } from './messages';
import type { Reporter } from './report';
import { hasOwn, quote } from './report';

/**
 * Class names constructs puts in its "There is already a Construct" message for a method's parent
 * (`this.host.constructor.name`): aws-cdk-lib 2.276.0's compiled `Resource` class is named
 * `Resource2`; the root resource is a `RootResource` with the construct id `Default`.
 */
const RESOURCE_HOST_TYPE = 'Resource2';
const ROOT_HOST_TYPE = 'RootResource';
const ROOT_CONSTRUCT_ID = 'Default';
/** The construct id CDK gives the CloudFormation element of an L2 construct. */
const CFN_RESOURCE_ID = 'Resource';

/** aws-apigateway/lib/resource.js `validateResourcePathPart`: what is left to match after `{…}`/`+`. */
export function strippedPathPart(part: string): string {
  let inner = part;
  if (inner.startsWith('{') && inner.endsWith('}')) {
    inner = inner.slice(1, -1);
    if (inner.endsWith('+')) inner = inner.slice(0, -1);
  }
  return inner;
}

/** True when CDK accepts the path part (same regex as resource.js). */
export function isValidPathPart(part: string): boolean {
  return /^[a-zA-Z0-9:._\-$]+$/.test(strippedPathPart(part));
}

/** `{name}` or `{name+}`: a path parameter. */
export function isVariablePathPart(part: string): boolean {
  return part.startsWith('{') && part.endsWith('}');
}

/** `{name+}`: a greedy path parameter. */
export function isGreedyPathPart(part: string): boolean {
  return isVariablePathPart(part) && part.endsWith('+}');
}

/** The path parameter names in a path, in order (`/a/{id}/{proxy+}` → id, proxy). */
export function pathParameterNames(path: string): string[] {
  return path
    .split('/')
    .filter(isVariablePathPart)
    .map((part) => part.slice(1, isGreedyPathPart(part) ? -2 : -1));
}

export interface ResourceWalk {
  /** The resource path CDK ends at (e.g. `//pets/` → `/pets`), when no error stops it. */
  resourcePath?: string;
  /** The parts of that resource path below the root. */
  parts: string[];
  /** The first error CDK throws while walking `root.resourceForPath(path)`. */
  error?: { code: string; message: string };
}

/** What `api.root.resourceForPath(path)` does (aws-apigateway/lib/resource.js), part by part. */
export function walkResourcePath(path: string): ResourceWalk {
  const parts: string[] = [];
  let current = '/';
  let rest = path;
  while (rest !== '') {
    if (rest.startsWith('/')) {
      if (current !== '/') {
        return {
          parts,
          error: { code: 'cdk/path-empty-segment', message: pathStartOnlyResourceMessage(current) },
        };
      }
      rest = rest.slice(1);
      continue;
    }
    const slash = rest.indexOf('/');
    const next = slash === -1 ? rest : rest.slice(0, slash);
    rest = slash === -1 ? '' : rest.slice(slash + 1);
    if (!isValidPathPart(next)) {
      return { parts, error: { code: 'cdk/path-part', message: pathPartMessage(strippedPathPart(next)) } };
    }
    parts.push(next);
    current = current === '/' ? `/${next}` : `${current}/${next}`;
  }
  return { resourcePath: current, parts };
}

/** Contract rule 13: "/" or "/a/b", no empty segment, no trailing slash. */
function checkPathFormat(path: string, at: string, report: Reporter): void {
  if (!path.startsWith('/')) {
    report.error(
      'design/path-format',
      at,
      `A resource path starts with "/" (the root is "/"), not ${quote(path)}.`,
      `Write ${quote(`/${path}`)}.`,
    );
    return;
  }
  if (path !== '/' && path.endsWith('/')) {
    report.error(
      'design/path-format',
      at,
      `A resource path has no trailing "/" (${quote(path)}).`,
      `Write ${quote(path.replace(/\/+$/, '') || '/')}.`,
    );
  }
  if (path.startsWith('//')) {
    report.error(
      'design/path-format',
      at,
      `A resource path has no empty segment ("//") in ${quote(path)}.`,
      `Write ${quote(path.replace(/\/{2,}/g, '/'))}.`,
    );
  }
}

interface ResourceNode {
  part: string;
  /** The resource's path, e.g. /pets/{petId}. */
  path: string;
  children: Map<string, ResourceNode>;
  /** Verbs of the methods on this resource (their construct ids). */
  methods: Set<string>;
  /** The first variable child created under this node. */
  variableChild?: string;
}

/** constructs' "There is already a Construct" message for a child of this resource. */
function collisionOnResource(node: ResourceNode, childName: string): string {
  const isRoot = node.path === '/';
  return constructCollisionMessage(
    childName,
    isRoot ? ROOT_HOST_TYPE : RESOURCE_HOST_TYPE,
    isRoot ? ROOT_CONSTRUCT_ID : node.part,
  );
}

/**
 * Paths and verbs: CDK's resource walk and construct ids (a resource's children are its
 * sub-resources, named by path part, and its methods, named by verb), the contract's path format,
 * and the resource tree API Gateway accepts (one variable child per resource, nothing below a
 * greedy one). Methods are added in design order (contract rule 1).
 */
export function checkPaths(design: Design, report: Reporter): void {
  const root: ResourceNode = { part: '', path: '/', children: new Map(), methods: new Set() };

  design.methods.forEach((method, index) => {
    const at = pointer('methods', index, 'path');
    checkPathFormat(method.path, at, report);
    const walk = walkResourcePath(method.path);
    if (walk.error) {
      report.error(walk.error.code, at, walk.error.message, pathHint(walk.error.code));
      return;
    }

    let node = root;
    let apiGatewayError = false;
    for (const part of walk.parts) {
      let next = node.children.get(part);
      if (!next) {
        if (node.methods.has(part)) {
          // A resource whose path part is the verb of a method on its parent: same construct id.
          report.error(
            'cdk/construct-id-collision',
            at,
            collisionOnResource(node, part),
            `The method ${part} ${node.path} already uses the id ${quote(part)} under this resource; rename the path part.`,
          );
          return;
        }
        if (part === CFN_RESOURCE_ID && node.path !== '/') {
          // Every Resource creates its AWS::ApiGateway::Resource as the child "Resource"
          // (resource.js: new CfnResource(this, 'Resource', …)); the root resource has none.
          report.error(
            'cdk/construct-id-collision',
            at,
            collisionOnResource(node, part),
            `CDK names the CloudFormation resource of ${node.path} "Resource", so no path part below it can have that name; rename the path part.`,
          );
          return;
        }
        if (!apiGatewayError) apiGatewayError = checkNewResource(node, part, at, report);
        if (isVariablePathPart(part) && node.variableChild === undefined) node.variableChild = part;
        next = {
          part,
          path: node.path === '/' ? `/${part}` : `${node.path}/${part}`,
          children: new Map(),
          methods: new Set(),
        };
        node.children.set(part, next);
      }
      node = next;
    }

    // The method's construct id is its verb, under its resource (resource.js addMethod).
    const verbAt = pointer('methods', index, 'httpMethod');
    if (node.methods.has(method.httpMethod)) {
      report.error(
        'cdk/duplicate-method',
        verbAt,
        collisionOnResource(node, method.httpMethod),
        `Another method already has ${method.httpMethod} ${node.path}; a resource has at most one method per verb. Use ANY for a catch-all.`,
      );
    } else if (node.children.has(method.httpMethod)) {
      report.error(
        'cdk/construct-id-collision',
        verbAt,
        collisionOnResource(node, method.httpMethod),
        `The resource ${node.path === '/' ? '' : node.path}/${method.httpMethod} already uses the id ${quote(method.httpMethod)} under this resource; rename that path part.`,
      );
    } else {
      node.methods.add(method.httpMethod);
    }

    checkPathParameters(design, index, report);
  });
}

/** What API Gateway's CreateResource refuses for a new `part` under `parent`; true when reported. */
function checkNewResource(parent: ResourceNode, part: string, at: string, report: Reporter): boolean {
  if (isGreedyPathPart(parent.part)) {
    // API Gateway CreateResource: BadRequestException (same text in LocalStack's AWS-validated provider).
    report.error(
      'aws/greedy-path-child',
      at,
      `Cannot create a child of a resource with a greedy path variable: ${parent.part}`,
      'A greedy {name+} path parameter must be the last part of the path.',
    );
    return true;
  }
  if (isVariablePathPart(part) && parent.variableChild !== undefined && parent.variableChild !== part) {
    // API Gateway CreateResource: BadRequestException, as CloudFormation reports it.
    report.error(
      'aws/sibling-variable-path-part',
      at,
      `A sibling (${parent.variableChild}) of this resource already has a variable path part -- only one is allowed`,
      `Use the same parameter name at this level, e.g. ${quote(parent.variableChild)}.`,
    );
    return true;
  }
  return false;
}

function pathHint(code: string): string {
  return code === 'cdk/path-part'
    ? 'A path part may contain letters, digits and : . _ - $, or be a parameter like {petId} or {proxy+}.'
    : 'Remove the empty segment ("//").';
}

/** Path parameters a non-proxy method's mappings can only use when declared. */
function checkPathParameters(design: Design, index: number, report: Reporter): void {
  const method = design.methods[index];
  const names = pathParameterNames(method.path);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) {
      report.warning(
        'hint/duplicate-path-parameter',
        pointer('methods', index, 'path'),
        `The path uses the parameter {${name}} more than once; only one value reaches the integration.`,
        'Give each path parameter its own name.',
      );
    }
    seen.add(name);
  }
  if (effectiveProxy(method.integration)) return;
  const declared = method.options?.requestParameters ?? {};
  for (const name of seen) {
    const key = `method.request.path.${name}`;
    if (!hasOwn(declared, key)) {
      report.warning(
        'hint/path-parameter-undeclared',
        pointer('methods', index, 'options', 'requestParameters'),
        `The path parameter {${name}} is not declared as ${quote(key)}: a non-proxy integration can map it (requestParameters, cacheKeyParameters) only when it is.`,
        `Add ${quote(key)}: true to the method's requestParameters.`,
      );
    }
  }
}
