/**
 * Whole-design edits behind the design tree: add, rename and delete methods, resources, functions,
 * roles and VPC links. Renaming an id also renames the references to it, as a user expects.
 * Pure: each takes a design and returns a new one.
 */
import type { Design, FunctionDesign, HttpMethod, MethodDesign, RoleDesign, VpcLinkDesign } from '../core';
import { HTTP_METHODS } from '../core/design/types';

/** "GET /pets/{petId}": how methods are named in the tree, samples and the simulator. */
export function methodKey(method: Pick<MethodDesign, 'httpMethod' | 'path'>): string {
  return `${method.httpMethod} ${method.path}`;
}

function uniqueId(base: string, taken: ReadonlyArray<{ id: string }>): string {
  const ids = new Set(taken.map((t) => t.id));
  if (!ids.has(base)) return base;
  for (let n = 2; ; n++) if (!ids.has(`${base}${n}`)) return `${base}${n}`;
}

/** Adds a method; under `path` when given, else on a new resource. Returns the new method's index. */
export function addMethod(design: Design, path?: string): { design: Design; index: number } {
  const taken = new Set(design.methods.map(methodKey));
  let resourcePath = path ?? '/items';
  if (path === undefined) {
    for (let n = 2; HTTP_METHODS.every((verb) => taken.has(`${verb} ${resourcePath}`)); n++)
      resourcePath = `/items${n}`;
  }
  const verb: HttpMethod =
    (['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ANY', 'HEAD', 'OPTIONS'] as const).find(
      (v) => !taken.has(`${v} ${resourcePath}`),
    ) ?? 'GET';
  const method: MethodDesign = {
    path: resourcePath,
    httpMethod: verb,
    function: design.functions[0]?.id ?? '',
    integration: { proxy: false },
  };
  return { design: { ...design, methods: [...design.methods, method] }, index: design.methods.length };
}

function renameSamples(design: Design, from: string, to: string): Design['samples'] {
  return design.samples?.map((s) => (s.method === from ? { ...s, method: to } : s));
}

/** Changes a method's verb and/or path; its samples follow it. */
export function updateMethodKey(
  design: Design,
  index: number,
  change: { httpMethod?: HttpMethod; path?: string },
): Design {
  const method = design.methods[index];
  if (!method) return design;
  const updated = { ...method, ...change };
  const methods = design.methods.map((m, i) => (i === index ? updated : m));
  const samples = renameSamples(design, methodKey(method), methodKey(updated));
  return { ...design, methods, ...(samples ? { samples } : {}) };
}

export function deleteMethod(design: Design, index: number): Design {
  const method = design.methods[index];
  if (!method) return design;
  const methods = design.methods.filter((_, i) => i !== index);
  const key = methodKey(method);
  const stillThere = methods.some((m) => methodKey(m) === key);
  const samples = stillThere ? design.samples : design.samples?.filter((s) => s.method !== key);
  return { ...design, methods, ...(samples ? { samples } : {}) };
}

export function isUnder(path: string, resource: string): boolean {
  return resource === '/' || path === resource || path.startsWith(resource + '/');
}

/** Moves a resource (and every method under it) to a new path. */
export function renameResource(design: Design, from: string, to: string): Design {
  let result = design;
  design.methods.forEach((m, i) => {
    if (from !== '/' && isUnder(m.path, from)) {
      result = updateMethodKey(result, i, { path: to + m.path.slice(from.length) });
    }
  });
  return result;
}

/** Deletes every method at or under a resource path. */
export function deleteResource(design: Design, resource: string): Design {
  let result = design;
  for (let i = design.methods.length - 1; i >= 0; i--) {
    if (isUnder(design.methods[i].path, resource)) result = deleteMethod(result, i);
  }
  return result;
}

export function addFunction(design: Design): { design: Design; index: number } {
  const fn: FunctionDesign = {
    id: uniqueId('Handler', design.functions),
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    code: { inline: 'exports.handler = async (event) => ({ ok: true });' },
  };
  return { design: { ...design, functions: [...design.functions, fn] }, index: design.functions.length };
}

export function renameFunction(design: Design, index: number, id: string): Design {
  const old = design.functions[index]?.id;
  if (old === undefined) return design;
  const functions = design.functions.map((f, i) => (i === index ? { ...f, id } : f));
  const methods = design.methods.map((m) => (m.function === old ? { ...m, function: id } : m));
  const roles = design.roles?.map((r) =>
    'grantInvoke' in r && r.grantInvoke
      ? { ...r, grantInvoke: r.grantInvoke.map((g) => (g === old ? id : g)) }
      : r,
  );
  return { ...design, functions, methods, ...(roles ? { roles } : {}) };
}

export function deleteFunction(design: Design, index: number): Design {
  return { ...design, functions: design.functions.filter((_, i) => i !== index) };
}

export function addRole(design: Design): { design: Design; index: number } {
  const roles = design.roles ?? [];
  const role: RoleDesign = {
    id: uniqueId('InvokeRole', roles),
    assumedBy: 'apigateway.amazonaws.com',
    grantInvoke: design.functions[0] ? [design.functions[0].id] : [],
  };
  return { design: { ...design, roles: [...roles, role] }, index: roles.length };
}

function mapIntegrations(design: Design, f: (m: MethodDesign) => MethodDesign): MethodDesign[] {
  return design.methods.map(f);
}

export function renameRole(design: Design, index: number, id: string): Design {
  const old = design.roles?.[index]?.id;
  if (old === undefined || !design.roles) return design;
  const roles = design.roles.map((r, i) => (i === index ? { ...r, id } : r));
  const methods = mapIntegrations(design, (m) =>
    m.integration?.credentialsRole === old
      ? { ...m, integration: { ...m.integration, credentialsRole: id } }
      : m,
  );
  return { ...design, roles, methods };
}

export function deleteRole(design: Design, index: number): Design {
  return { ...design, roles: (design.roles ?? []).filter((_, i) => i !== index) };
}

export function addVpcLink(design: Design): { design: Design; index: number } {
  const links = design.vpcLinks ?? [];
  const link: VpcLinkDesign = { id: uniqueId('VpcLink', links), importId: 'a1b2c3' };
  return { design: { ...design, vpcLinks: [...links, link] }, index: links.length };
}

export function renameVpcLink(design: Design, index: number, id: string): Design {
  const old = design.vpcLinks?.[index]?.id;
  if (old === undefined || !design.vpcLinks) return design;
  const vpcLinks = design.vpcLinks.map((l, i) => (i === index ? { ...l, id } : l));
  const methods = mapIntegrations(design, (m) =>
    m.integration?.vpcLink === old ? { ...m, integration: { ...m.integration, vpcLink: id } } : m,
  );
  return { ...design, vpcLinks, methods };
}

export function deleteVpcLink(design: Design, index: number): Design {
  return { ...design, vpcLinks: (design.vpcLinks ?? []).filter((_, i) => i !== index) };
}
