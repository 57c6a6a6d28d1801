/**
 * Canonical forms of a design for round-trip comparisons: what a CloudFormation template (or an
 * OpenAPI document) cannot tell apart is brought to one form, so two designs are "the same" when
 * they differ only in what the exported text does not carry. Test-only.
 */
import type {
  Design,
  Duration,
  FunctionDesign,
  IntegrationDesign,
  MethodDesign,
  MethodOptionsDesign,
  RoleDesign,
} from '../../design/types';
import { isImportedFunction, isImportedRole } from '../../design/types';
import { uniqueNames } from '../names';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function millis(duration: Duration): number {
  if ('millis' in duration) return duration.millis;
  if ('seconds' in duration) return Math.round(duration.seconds * 1000);
  return Math.round(duration.minutes * 60_000);
}

function accountOf(arn: string): string {
  return arn.split(':')[4];
}

/** Whether CDK adds Lambda permissions for this function (an imported one needs the stack's account). */
function permissionsPossible(design: Design, fn: FunctionDesign | undefined): boolean {
  if (!fn || !isImportedFunction(fn)) return true;
  return design.stack.env?.account === accountOf(fn.importArn);
}

/** Imported things are named by what the template shows: their ARN or id. */
/** constructs' sanitizeId: a construct's path shows "/" and a line break in its id as "--". */
function sanitized(id: string): string {
  return id.replace(/[/\n]/g, '--');
}

/** Imported things are named by what the template shows (their ARN or id), created ones by their path. */
function renaming(design: Design): {
  fn: Map<string, string>;
  role: Map<string, string>;
  link: Map<string, string>;
} {
  return {
    fn: new Map(
      design.functions.map((f) => [f.id, isImportedFunction(f) ? `arn:${f.importArn}` : sanitized(f.id)]),
    ),
    role: new Map(
      (design.roles ?? []).map((r) => [r.id, isImportedRole(r) ? `arn:${r.importArn}` : sanitized(r.id)]),
    ),
    link: new Map((design.vpcLinks ?? []).map((l) => [l.id, `link:${l.importId}`])),
  };
}

/** Methods in the order the construct tree (and so the template) lists them. */
export function treeOrder(methods: MethodDesign[]): MethodDesign[] {
  type Node = { children: Map<string, Node>; order: Array<{ node?: Node; method?: MethodDesign }> };
  const root: Node = { children: new Map(), order: [] };
  for (const method of methods) {
    let node = root;
    for (const part of method.path.split('/').filter(Boolean)) {
      let child = node.children.get(part);
      if (!child) {
        child = { children: new Map(), order: [] };
        node.children.set(part, child);
        node.order.push({ node: child });
      }
      node = child;
    }
    node.order.push({ method });
  }
  const out: MethodDesign[] = [];
  const walk = (node: Node) => {
    // A resource's own methods and child resources, in creation order.
    for (const entry of node.order) {
      if (entry.method) out.push(entry.method);
      else walk(entry.node as Node);
    }
  };
  walk(root);
  return out;
}

function canonicalIntegration(
  integration: IntegrationDesign | undefined,
  permissions: boolean,
  names: ReturnType<typeof renaming>,
): IntegrationDesign | undefined {
  const out: IntegrationDesign = clone(integration ?? {});
  if (out.proxy === true) delete out.proxy;
  if (out.scopePermissionToMethod === true) delete out.scopePermissionToMethod;
  if (out.allowTestInvoke === true || out.scopePermissionToMethod === false) delete out.allowTestInvoke;
  if (!permissions) {
    delete out.allowTestInvoke;
    delete out.scopePermissionToMethod;
  }
  if (out.credentialsPassthrough === false) delete out.credentialsPassthrough;
  if (out.vpcLink !== undefined) {
    delete out.connectionType;
    out.vpcLink = names.link.get(out.vpcLink) ?? out.vpcLink;
  }
  if (out.credentialsRole !== undefined)
    out.credentialsRole = names.role.get(out.credentialsRole) ?? out.credentialsRole;
  if (out.timeout) out.timeout = { millis: millis(out.timeout) };
  return Object.keys(out).length ? out : undefined;
}

function canonicalOptions(options: MethodOptionsDesign | undefined): MethodOptionsDesign | undefined {
  const out: MethodOptionsDesign = clone(options ?? {});
  if (out.authorizationType === 'NONE') delete out.authorizationType;
  if (out.methodResponses && out.methodResponses.length === 0) delete out.methodResponses;
  return Object.keys(out).length ? out : undefined;
}

function withoutUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The design as its CloudFormation template shows it. */
export function canonicalForCloudFormation(design: Design): Design {
  const names = renaming(design);
  const methods = treeOrder(design.methods).map((m) => {
    const fn = design.functions.find((f) => f.id === m.function);
    return withoutUndefined({
      path: m.path,
      httpMethod: m.httpMethod,
      function: names.fn.get(m.function) ?? m.function,
      integration: canonicalIntegration(m.integration, permissionsPossible(design, fn), names),
      options: canonicalOptions(m.options),
    });
  });
  const usedFunctions = new Set<string>([
    ...methods.map((m) => m.function),
    ...(design.roles ?? []).flatMap((r) =>
      isImportedRole(r) ? [] : (r.grantInvoke ?? []).map((id) => names.fn.get(id) ?? id),
    ),
  ]);
  const usedRoles = new Set(
    methods.flatMap((m) => (m.integration?.credentialsRole ? [m.integration.credentialsRole] : [])),
  );
  const usedLinks = new Set(methods.flatMap((m) => (m.integration?.vpcLink ? [m.integration.vpcLink] : [])));
  const functions: FunctionDesign[] = [
    ...design.functions
      .filter((f) => !isImportedFunction(f))
      .map((f) => {
        const out = { ...clone(f), id: sanitized(f.id) };
        if (!isImportedFunction(out) && out.timeout) out.timeout = { seconds: millis(out.timeout) / 1000 };
        return out;
      }),
    ...design.functions
      .filter((f) => isImportedFunction(f) && usedFunctions.has(names.fn.get(f.id) as string))
      .map((f) => ({ ...clone(f), id: names.fn.get(f.id) as string })),
  ];
  const roles: RoleDesign[] = [
    ...(design.roles ?? [])
      .filter((r) => !isImportedRole(r))
      .map((r) => {
        const out = { ...clone(r), id: sanitized(r.id) };
        if (!isImportedRole(out)) {
          if (out.grantInvoke) {
            // CDK merges the grants into one statement and sorts its resources: the order is not kept.
            out.grantInvoke = [...new Set(out.grantInvoke.map((id) => names.fn.get(id) ?? id))].sort();
            if (out.grantInvoke.length === 0) delete out.grantInvoke;
          }
        }
        return out;
      }),
    ...(design.roles ?? [])
      .filter((r) => isImportedRole(r) && usedRoles.has(names.role.get(r.id) as string))
      .map((r) => ({ ...clone(r), id: names.role.get(r.id) as string })),
  ];
  const vpcLinks = (design.vpcLinks ?? [])
    .filter((l) => usedLinks.has(names.link.get(l.id) as string))
    .map((l) => ({ ...l, id: names.link.get(l.id) as string }));
  const api = { ...clone(design.api), id: sanitized(design.api.id) };
  if (api.restApiName === design.api.id) delete api.restApiName;
  if (api.stageName === 'prod') delete api.stageName;
  if (api.cloudWatchRole === false) delete api.cloudWatchRole;
  return withoutUndefined({
    version: 1,
    stack: { ...clone(design.stack), id: sanitized(design.stack.id) },
    api,
    functions,
    roles: roles.length ? roles : undefined,
    vpcLinks: vpcLinks.length ? vpcLinks : undefined,
    methods,
  } as Design);
}

/** The design as its OpenAPI export shows it: less again (see OPENAPI_NOT_CARRIED). */
export function canonicalForOpenApi(design: Design): Design {
  const base = canonicalForCloudFormation(design);
  const methodsByPath: MethodDesign[] = [];
  const paths = [...new Set(design.methods.map((m) => m.path))];
  for (const path of paths) {
    for (const m of design.methods.filter((x) => x.path === path)) {
      const c = base.methods.find((x) => x.path === m.path && x.httpMethod === m.httpMethod) as MethodDesign;
      methodsByPath.push(c);
    }
  }
  const methods = methodsByPath.map((m) => {
    const out = clone(m);
    if (out.integration) {
      delete out.integration.allowTestInvoke;
      delete out.integration.scopePermissionToMethod;
      for (const r of out.integration.integrationResponses ?? [])
        if (r.selectionPattern === '') delete r.selectionPattern;
      if (Object.keys(out.integration).length === 0) delete out.integration;
    }
    if (out.options) {
      if (out.options.apiKeyRequired === false) delete out.options.apiKeyRequired;
      for (const key of Object.keys(out.options.requestParameters ?? {})) {
        if (key.startsWith('method.request.path.'))
          (out.options.requestParameters as Record<string, boolean>)[key] = true;
      }
      if (Object.keys(out.options).length === 0) delete out.options;
    }
    return out;
  });
  // OpenAPI lists functions and roles only where operations use them, in that order.
  const used = [...new Set(methods.map((m) => m.function))];
  const functions = used.flatMap((id) => {
    const f = base.functions.find((x) => x.id === id);
    return f ? [isImportedFunction(f) ? f : { id: f.id, created: true }] : [];
  });
  const usedRoles = [
    ...new Set(
      methods.flatMap((m) => (m.integration?.credentialsRole ? [m.integration.credentialsRole] : [])),
    ),
  ];
  const roles = usedRoles.flatMap((id) => {
    const r = (base.roles ?? []).find((x) => x.id === id);
    return r ? [isImportedRole(r) ? r : { id: r.id, created: true }] : [];
  });
  return withoutUndefined({
    version: 1,
    stack: { region: design.stack.env?.region },
    api: {
      name: design.api.restApiName ?? design.api.id,
      description: design.api.description,
      stageName: base.api.stageName,
      binaryMediaTypes: design.api.binaryMediaTypes,
    },
    functions,
    roles: roles.length ? roles : undefined,
    vpcLinks: base.vpcLinks,
    methods,
  } as unknown as Design);
}

/**
 * The design as its SAM export shows it: function and role ids become letters-and-digits logical
 * IDs (as the exporter names them), the stack and its env are not there, the API keeps one endpoint
 * type; methods are as OpenAPI carries them, permissions (and so allowTestInvoke and
 * scopePermissionToMethod) as CloudFormation does.
 */
export function canonicalForSam(design: Design): Design {
  const taken = new Set<string>();
  const created = design.functions.filter((f) => !isImportedFunction(f)).map((f) => f.id);
  const createdRoles = (design.roles ?? []).filter((r) => !isImportedRole(r)).map((r) => r.id);
  const fnIds = uniqueNames(created, '', taken);
  const roleIds = uniqueNames(createdRoles, '', taken);
  const apiId = uniqueNames([design.api.id], '', taken).get(design.api.id) as string;
  const renamed: Design = {
    ...clone(design),
    stack: {
      id: 'ImportedStack',
      ...(design.stack.env?.account ? { env: { account: design.stack.env.account } } : {}),
    },
    api: { ...clone(design.api), id: apiId, restApiName: design.api.restApiName ?? design.api.id },
    functions: design.functions.map((f) => ({ ...clone(f), id: fnIds.get(f.id) ?? f.id })),
    roles: design.roles?.map((r) => {
      const out = { ...clone(r), id: roleIds.get(r.id) ?? r.id };
      if (!isImportedRole(out) && out.grantInvoke)
        out.grantInvoke = out.grantInvoke.map((id) => fnIds.get(id) ?? id);
      return out;
    }),
    methods: design.methods.map((m) => ({
      ...clone(m),
      function: fnIds.get(m.function) ?? m.function,
      ...(m.integration?.credentialsRole
        ? {
            integration: {
              ...clone(m.integration),
              credentialsRole: roleIds.get(m.integration.credentialsRole) ?? m.integration.credentialsRole,
            },
          }
        : {}),
    })),
  };
  const base = canonicalForCloudFormation(renamed);
  const openApi = canonicalForOpenApi(renamed) as unknown as { methods: MethodDesign[] };
  // OpenAPI's method shapes and order, with the permission flags CloudFormation keeps.
  const methods = openApi.methods.map((m) => {
    const flags = base.methods.find((b) => b.path === m.path && b.httpMethod === m.httpMethod)?.integration;
    const integration = { ...m.integration };
    if (flags?.allowTestInvoke !== undefined) integration.allowTestInvoke = flags.allowTestInvoke;
    if (flags?.scopePermissionToMethod !== undefined)
      integration.scopePermissionToMethod = flags.scopePermissionToMethod;
    return withoutUndefined({ ...m, integration: Object.keys(integration).length ? integration : undefined });
  });
  const api = clone(base.api);
  if (api.restApiName === undefined) api.restApiName = api.id;
  if (api.endpointTypes && api.endpointTypes.length > 1) api.endpointTypes = api.endpointTypes.slice(0, 1);
  if (api.endpointTypes?.length === 0) delete api.endpointTypes;
  // The stack's account comes back only where grants or permissions on imported functions need it.
  return withoutUndefined({ ...base, stack: { id: 'ImportedStack' }, api, methods } as Design);
}
