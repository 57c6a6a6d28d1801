import { describe, expect, it } from 'vitest';
import type { Design } from '../core';
import {
  addFunction,
  addMethod,
  deleteMethod,
  deleteResource,
  methodKey,
  renameFunction,
  renameResource,
  renameRole,
  renameVpcLink,
  updateMethodKey,
} from './designEdits';
import { exampleDesign } from './example';

function design(): Design {
  return {
    ...exampleDesign(),
    roles: [{ id: 'Role', assumedBy: 'apigateway.amazonaws.com', grantInvoke: ['GetPetFunction'] }],
    vpcLinks: [{ id: 'Link', importId: 'abc' }],
  };
}

describe('design edits', () => {
  it('adds a method with a verb not yet used on its resource', () => {
    const { design: d, index } = addMethod(design(), '/pets/{petId}');
    expect(index).toBe(1);
    expect(d.methods[1]).toMatchObject({
      path: '/pets/{petId}',
      httpMethod: 'POST',
      function: 'GetPetFunction',
    });
    expect(addMethod(d, '/pets/{petId}').design.methods[2].httpMethod).toBe('PUT');
    expect(addMethod(design()).design.methods[1].path).toBe('/items');
  });

  it('moves samples with a renamed method and drops them with a deleted one', () => {
    const renamed = updateMethodKey(design(), 0, { httpMethod: 'POST' });
    expect(methodKey(renamed.methods[0])).toBe('POST /pets/{petId}');
    expect(renamed.samples?.map((s) => s.method)).toEqual(['POST /pets/{petId}', 'POST /pets/{petId}']);
    expect(deleteMethod(design(), 0)).toMatchObject({ methods: [], samples: [] });
  });

  it('renames and deletes resources with everything under them', () => {
    const d = addMethod(design(), '/pets').design;
    const moved = renameResource(d, '/pets', '/animals');
    expect(moved.methods.map(methodKey)).toEqual(['GET /animals/{petId}', 'GET /animals']);
    expect(renameResource(d, '/pe', '/x').methods.map(methodKey)).toEqual(['GET /pets/{petId}', 'GET /pets']);
    expect(deleteResource(d, '/pets/{petId}').methods.map(methodKey)).toEqual(['GET /pets']);
  });

  it('renames references with the ids they point to', () => {
    const d = design();
    d.methods[0] = {
      ...d.methods[0],
      integration: { ...d.methods[0].integration, credentialsRole: 'Role', vpcLink: 'Link' },
    };
    const fn = renameFunction(d, 0, 'PetFn');
    expect(fn.methods[0].function).toBe('PetFn');
    expect(fn.roles?.[0]).toMatchObject({ grantInvoke: ['PetFn'] });
    expect(renameRole(d, 0, 'R2').methods[0].integration?.credentialsRole).toBe('R2');
    expect(renameVpcLink(d, 0, 'L2').methods[0].integration?.vpcLink).toBe('L2');
  });

  it('gives new functions unique ids', () => {
    const once = addFunction(design()).design;
    expect(once.functions.map((f) => f.id)).toEqual(['GetPetFunction', 'Handler']);
    expect(addFunction(once).design.functions[2].id).toBe('Handler2');
  });
});
