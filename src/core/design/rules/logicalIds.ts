/**
 * Two construct paths that give one logical ID. CDK derives a logical ID from the construct path
 * with every "Default" component dropped (core/lib/private/uniqueid.js makeUniqueId), so paths
 * that differ only by "Default" parts clash: a path part "Default" (`/a/Default` is `/a` again),
 * an API with the id "Default" whose resource `/pets` meets a function "pets", a function
 * "Default" whose ServiceRole meets a role "ServiceRole". CDK then throws while merging the
 * template's sections (core/lib/stack.js mergeObjectsWithoutDuplicates).
 *
 * The paths below are the CloudFormation resources the generated app creates, as the synthesizer
 * (synth/synthesize.ts) builds them; the logical IDs are the synthesizer's own (synth/uniqueId.ts).
 */
import { pointer } from '../../diagnostics';
import { makeUniqueId } from '../../synth/uniqueId';
import type { Design } from '../types';
import { isImportedFunction, isImportedRole } from '../types';
import { sanitizeConstructId } from './ids';
import { walkResourcePath } from './paths';
import type { Reporter } from './report';

/** core/lib/stack.js mergeObjectsWithoutDuplicates. */
export function duplicateLogicalIdMessage(logicalId: string): string {
  return `section 'Resources' already contains '${logicalId}'`;
}

interface Element {
  /** Construct ids below the stack, sanitized as constructs does. */
  path: string[];
  /** The design value that makes this resource. */
  at: string;
  what: string;
}

/** The AWS::* resources of the design's app (those whose logical ID comes from their path). */
function elements(design: Design): Element[] {
  const out: Element[] = [];
  const id = sanitizeConstructId;
  design.functions.forEach((fn, index) => {
    if (isImportedFunction(fn)) return;
    const at = pointer('functions', index, 'id');
    const f = id(fn.id);
    // aws-lambda/lib/function.js: the service role, the function, its LogGroup (useCdkManagedLogGroup).
    out.push({ path: [f, 'ServiceRole', 'Resource'], at, what: `the service role of function "${fn.id}"` });
    out.push({ path: [f, 'Resource'], at, what: `function "${fn.id}"` });
    out.push({ path: [f, 'LogGroup', 'Resource'], at, what: `the log group of function "${fn.id}"` });
  });
  const functionIds = new Set(design.functions.map((fn) => fn.id));
  (design.roles ?? []).forEach((role, index) => {
    if (isImportedRole(role)) return;
    const at = pointer('roles', index, 'id');
    const r = id(role.id);
    out.push({ path: [r, 'Resource'], at, what: `role "${role.id}"` });
    // aws-iam/lib/role.js: the DefaultPolicy appears with the first grant.
    if ((role.grantInvoke ?? []).some((functionId) => functionIds.has(functionId))) {
      out.push({ path: [r, 'DefaultPolicy', 'Resource'], at, what: `the policy of role "${role.id}"` });
    }
  });

  const api = design.api;
  const a = id(api.id);
  const apiAt = pointer('api', 'id');
  out.push({ path: [a, 'Resource'], at: apiAt, what: 'the RestApi' });
  if (api.cloudWatchRole === true) {
    const at = pointer('api', 'cloudWatchRole');
    out.push({ path: [a, 'CloudWatchRole', 'Resource'], at, what: "the RestApi's CloudWatch role" });
    out.push({ path: [a, 'Account'], at, what: "the RestApi's CloudWatch account" });
  }
  // The Deployment's logical ID is hashed from the API's content (no clash from its path).
  const stage = `DeploymentStage.${api.stageName || 'prod'}`;
  out.push({ path: [a, id(stage), 'Resource'], at: pointer('api', 'stageName'), what: 'the stage' });

  const resources = new Set<string>();
  design.methods.forEach((method, index) => {
    const walk = walkResourcePath(method.path);
    if (walk.error) return;
    const parts: string[] = [];
    for (const part of walk.parts) {
      parts.push(part);
      const key = parts.join('/');
      if (resources.has(key)) continue;
      resources.add(key);
      out.push({
        path: [a, 'Default', ...parts, 'Resource'],
        at: pointer('methods', index, 'path'),
        what: `the resource /${key}`,
      });
    }
    out.push({
      path: [a, 'Default', ...parts, method.httpMethod, 'Resource'],
      at: pointer('methods', index, 'httpMethod'),
      what: `the method ${method.httpMethod} /${parts.join('/')}`,
    });
  });
  return out;
}

/** Reports each resource whose logical ID an earlier one already has. */
export function checkLogicalIds(design: Design, report: Reporter): void {
  const seen = new Map<string, Element>();
  const stackPath = sanitizeConstructId(design.stack.id);
  for (const element of elements(design)) {
    let logicalId: string;
    try {
      logicalId = makeUniqueId(element.path, `${stackPath}/${element.path.join('/')}`);
    } catch {
      continue; // every path here has a component besides "Default"
    }
    const first = seen.get(logicalId);
    if (!first) {
      seen.set(logicalId, element);
      continue;
    }
    if (first.path.join('/') === element.path.join('/')) continue; // one construct (reported elsewhere)
    report.error(
      'cdk/logical-id-collision',
      element.at,
      duplicateLogicalIdMessage(logicalId),
      `CDK drops "Default" from construct paths when it names resources, so ${element.what} and ${first.what} (${first.at}) both get the logical ID ${logicalId}. Rename one of them.`,
    );
  }
}
