import { pointer } from '../../diagnostics';
import { stackClassNameOf } from '../../codegen/identifiers';
import type { Design } from '../types';
import {
  EMPTY_ID_MESSAGE,
  VALID_STACK_NAME_REGEX,
  constructCollisionMessage,
  stackNameFormatMessage,
} from './messages';
import type { Reporter } from './report';
import { quote } from './report';

/** constructs/lib/construct.js `sanitizeId`: `/` and the address separator `\n` become `--`. */
export function sanitizeConstructId(id: string): string {
  return id.replace(/[/\n]/g, '--');
}

/** Where a construct id of the stack's direct children lives in the design, in creation order. */
interface StackChild {
  id: string;
  path: string;
  what: string;
}

/**
 * The stack's direct children in the order the generated app creates them (contract rule 1):
 * functions, roles, VPC links, then the RestApi.
 */
function stackChildren(design: Design): StackChild[] {
  return [
    ...design.functions.map((fn, index) => ({
      id: fn.id,
      path: pointer('functions', index, 'id'),
      what: 'function',
    })),
    ...(design.roles ?? []).map((role, index) => ({
      id: role.id,
      path: pointer('roles', index, 'id'),
      what: 'role',
    })),
    ...(design.vpcLinks ?? []).map((link, index) => ({
      id: link.id,
      path: pointer('vpcLinks', index, 'id'),
      what: 'VPC link',
    })),
    { id: design.api.id, path: pointer('api', 'id'), what: 'RestApi' },
  ];
}

/**
 * The stack id (contract rule 5 and core/lib/stack.js) and every construct id directly in the stack:
 * non-empty, no `/`, and unique across functions, roles, VPC links and the RestApi, because they are
 * all children of the one Stack (constructs throws on a second child with the same id).
 */
export function checkIds(design: Design, report: Reporter): void {
  const stackId = design.stack.id;
  if (stackId === '') {
    report.error(
      'cdk/empty-id',
      pointer('stack', 'id'),
      EMPTY_ID_MESSAGE,
      'Give the stack an id such as "PetsStack".',
    );
  } else if (!VALID_STACK_NAME_REGEX.test(stackId)) {
    // CDK names a top-level stack after its id when the id has at most 128 characters
    // (core/lib/stack.js makeStackName); a longer id gets a generated name, so only the contract's rule applies.
    if (stackId.length <= 128) {
      report.error(
        'cdk/stack-name',
        pointer('stack', 'id'),
        stackNameFormatMessage(stackId),
        'Start with a letter; use only letters, digits and hyphens.',
      );
    } else {
      report.error(
        'design/stack-id',
        pointer('stack', 'id'),
        `The stack id must match ${VALID_STACK_NAME_REGEX.toString()}.`,
        'Start with a letter; use only letters, digits and hyphens.',
      );
    }
  }

  const hostType = stackClassNameOf(stackId);
  const hostId = sanitizeConstructId(stackId);
  const seen = new Map<string, StackChild>();
  for (const child of stackChildren(design)) {
    if (child.id === '') {
      report.error('cdk/empty-id', child.path, EMPTY_ID_MESSAGE, `Give the ${child.what} an id.`);
      continue;
    }
    if (child.id.includes('/')) {
      report.error(
        'design/id-slash',
        child.path,
        `An id must not contain "/" (${quote(child.id)}).`,
        'CDK would turn "/" into "--"; use another character.',
      );
    }
    const name = sanitizeConstructId(child.id);
    const first = seen.get(name);
    if (first) {
      report.error(
        'cdk/construct-id-collision',
        child.path,
        constructCollisionMessage(name, hostType, hostId),
        `The ${first.what} at ${first.path} already uses this id: functions, roles, VPC links and the RestApi are all children of the stack, so their ids must differ.`,
      );
      continue;
    }
    seen.set(name, child);
    if (name === 'CheckBootstrapVersion') {
      // The stack synthesizer adds a CfnRule with this id at synthesis (core/lib/stack-synthesizers/stack-synthesizer.js).
      report.error(
        'cdk/construct-id-collision',
        child.path,
        constructCollisionMessage(name, hostType, hostId),
        'CDK adds a rule with this id to every stack; choose another id.',
      );
    } else if ((name === 'Resource' && seen.has('Default')) || (name === 'Default' && seen.has('Resource'))) {
      // constructs/lib/construct.js `defaultChild`, read from the stack during synthesis.
      report.error(
        'cdk/default-child',
        child.path,
        `Cannot determine default child for ${hostId}. There is both a child with id "Resource" and id "Default"`,
        'CDK gives the ids "Resource" and "Default" a special meaning; rename one of them.',
      );
    } else if (name === 'BootstrapVersion') {
      report.warning(
        'cdk/reserved-id',
        child.path,
        'CDK uses the id "BootstrapVersion" for the stack\'s bootstrap version parameter; with this id in use it leaves out that parameter and the CheckBootstrapVersion rule.',
        'Choose another id.',
      );
    }
  }
}
