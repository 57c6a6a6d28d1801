/**
 * What generate() remembers between calls (IR statements by content, laid-out statement texts) must
 * never show: after any earlier call, generate() returns exactly what it returns with nothing
 * remembered. Sequences of designs as a user edits them, each generated warm (after the previous
 * design) and then cold (after forgetMemoized()).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAppIr } from './codegen/buildIr';
import { printCSharp, printCSharpProjectFiles, printCSharpWithLinks } from './codegen/csharp';
import { printGo } from './codegen/go';
import { printJava, printJavaProjectFiles, printJavaWithLinks } from './codegen/java';
import { printPython, printPythonProjectFiles, printPythonWithLinks } from './codegen/python';
import { printTypeScript, printTypeScriptWithLinks } from './codegen/typescript';
import type { Design } from './design/types';
import { generate } from './generate';
import { forgetMemoized } from './memo';
import { validDesign } from '../testing/arbitraries';
import { fixtureNames, loadFixture } from '../testing/fixtures';

type Edit = (design: Design) => Design;

/** Edits that change what other statements read, or where they sit. */
const edits: Record<string, Edit> = {
  'rename the first function': (d) => ({
    ...d,
    functions: d.functions.map((fn, i) => (i === 0 ? { ...fn, id: `${fn.id}Renamed` } : fn)),
  }),
  'rename the first function everywhere': (d) => {
    const old = d.functions[0].id;
    const id = `${old}Two`;
    return {
      ...d,
      functions: d.functions.map((fn, i) => (i === 0 ? { ...fn, id } : fn)),
      methods: d.methods.map((m) => (m.function === old ? { ...m, function: id } : m)),
    };
  },
  'reverse the functions': (d) => ({ ...d, functions: [...d.functions].reverse() }),
  'give the second function an id that names the same variable': (d) =>
    d.functions.length < 2
      ? d
      : {
          ...d,
          functions: d.functions.map((fn, i) => (i === 1 ? { ...fn, id: `${d.functions[0].id}-` } : fn)),
        },
  'reverse the methods': (d) => ({ ...d, methods: [...d.methods].reverse() }),
  'drop the first method': (d) => ({ ...d, methods: d.methods.slice(1) }),
  'duplicate the last method on another path': (d) => {
    const last = d.methods[d.methods.length - 1];
    return { ...d, methods: [...d.methods, { ...last, path: '/copied' }] };
  },
  'edit one method integration': (d) => ({
    ...d,
    methods: d.methods.map((m, i) =>
      i === Math.floor(d.methods.length / 2)
        ? { ...m, integration: { ...m.integration, cacheNamespace: 'ns' } }
        : m,
    ),
  }),
  'drop the roles': (d) => ({ ...d, roles: [] }),
  'rename the API': (d) => ({ ...d, api: { ...d.api, id: `${d.api.id}X` } }),
  'non-JSON numbers': (d) => ({
    ...d,
    methods: d.methods.map((m, i) =>
      i === 0 ? { ...m, integration: { ...m.integration, timeout: { seconds: NaN } } } : m,
    ),
  }),
  'an undefined map value': (d) => ({
    ...d,
    methods: d.methods.map((m, i) =>
      i === 0
        ? {
            ...m,
            integration: {
              ...m.integration,
              requestTemplates: { 'application/json': undefined as unknown as string },
            },
          }
        : m,
    ),
  }),
};

function expectWarmEqualsCold(designs: Design[]): void {
  for (const design of designs) {
    const warm = generate(design);
    forgetMemoized();
    const cold = generate(design);
    expect(warm).toEqual(cold);
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('memoized generate()', () => {
  it('shares IR nodes, which no printer changes', () => {
    // A printer that changed a node would change what the next design sharing it prints.
    for (const design of fixtureNames().map(loadFixture)) {
      const ir = deepFreeze(buildAppIr(design));
      expect(() => {
        printTypeScript(ir);
        printTypeScriptWithLinks(ir);
        printPython(ir);
        printPythonWithLinks(ir);
        printPythonProjectFiles(ir, 'stack');
        printJava(ir);
        printJavaWithLinks(ir);
        printJavaProjectFiles(ir);
        printCSharp(ir);
        printCSharpWithLinks(ir);
        printCSharpProjectFiles(ir);
        printGo(ir);
      }).not.toThrow();
    }
  });

  it('gives what a cold call gives, along random edit sequences', () => {
    const sequences = fc.sample(
      fc.tuple(
        validDesign(),
        fc.array(fc.constantFrom(...Object.keys(edits)), { minLength: 1, maxLength: 4 }),
      ),
      { numRuns: 40, seed: 20261127 },
    );
    for (const [start, names] of sequences) {
      const designs = [start];
      for (const name of names) designs.push(edits[name](designs[designs.length - 1]));
      // And back: the first design again, after its parts were evicted or replaced.
      designs.push(start);
      expectWarmEqualsCold(designs);
    }
  });

  it('resolves a method to the variable its function gets now, not the one it got before', () => {
    // Both ids name the variable `handler`; the first declared gets it, the other `handlerFn`.
    const design = loadFixture(fixtureNames()[0]);
    const [first] = design.functions;
    const functions = [
      { ...first, id: 'Handler' },
      { ...first, id: 'handler-' },
    ];
    const methods = design.methods.map((m) => ({ ...m, function: 'Handler' }));
    const before: Design = { ...design, functions, methods };
    const after: Design = { ...before, functions: [...functions].reverse() };
    expectWarmEqualsCold([before, after]);
    expect(generate(after).files['cdk-typescript']).toContain('new apigateway.LambdaIntegration(handlerFn');
  });

  it('gives what a cold call gives for every fixture, after every other fixture', () => {
    const names = fixtureNames();
    expectWarmEqualsCold([...names, ...names.reverse()].map(loadFixture));
  });
});
