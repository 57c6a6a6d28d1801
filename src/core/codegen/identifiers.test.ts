import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { camelCaseOf, NameAllocator, pascalCaseOf, stackClassNameOf } from './identifiers';

describe('identifiers', () => {
  it('derives camelCase variable names from construct ids', () => {
    expect(camelCaseOf('Handler', 'fn')).toBe('handler');
    expect(camelCaseOf('GatewayRole', 'role')).toBe('gatewayRole');
    expect(camelCaseOf('my-handler_v2', 'fn')).toBe('myHandlerV2');
    expect(camelCaseOf('APIHandler', 'fn')).toBe('apiHandler');
    expect(camelCaseOf('2fast', 'fn')).toBe('fn2fast');
    expect(camelCaseOf('🎉 ${x}', 'fn')).toBe('x');
    expect(camelCaseOf('🎉', 'fn')).toBe('fn');
  });

  it('names the stack class after stack.id, ending in Stack', () => {
    expect(stackClassNameOf('PetsStack')).toBe('PetsStack');
    expect(stackClassNameOf('pets-stack')).toBe('PetsStack');
    expect(stackClassNameOf('Pets')).toBe('PetsStack');
    expect(stackClassNameOf('Stack')).toBe('StackStack');
    expect(stackClassNameOf('my-API-v2')).toBe('MyAPIV2Stack');
    expect(pascalCaseOf('9lives', 'App')).toBe('App9lives');
  });

  it('avoids keywords of every CDK language and names the program uses', () => {
    const names = new NameAllocator();
    names.reserve('api');
    expect(names.allocate('Api', 'fn', 'Fn')).toBe('apiFn');
    expect(names.allocate('Lambda', 'fn', 'Fn')).toBe('lambdaFn');
    expect(names.allocate('Function', 'fn', 'Fn')).toBe('functionFn');
    expect(names.allocate('self', 'fn', 'Fn')).toBe('selfFn');
    expect(names.allocate('func', 'fn', 'Fn')).toBe('funcFn');
    expect(names.allocate('app', 'role', 'Role')).toBe('appRole');
  });

  it('keeps names unique across kinds and under case conversions', () => {
    const names = new NameAllocator();
    expect(names.allocate('Handler', 'fn', 'Fn')).toBe('handler');
    expect(names.allocate('Handler', 'role', 'Role')).toBe('handlerRole');
    expect(names.allocate('handler', 'role', 'Role')).toBe('handlerRole2');
    expect(names.allocate('handler_role', 'fn', 'Fn')).toBe('handlerRoleFn');
  });

  it('always gives valid, unique identifiers', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 12 }), (ids) => {
        const names = new NameAllocator();
        const allocated = ids.map((id) => names.allocate(id, 'fn', 'Fn'));
        for (const name of allocated) expect(name).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(new Set(allocated.map((n) => n.toLowerCase())).size).toBe(allocated.length);
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
