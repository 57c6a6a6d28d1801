/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit untyped JSON input on purpose */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics';
import { MAX_DEPTH, MAX_DIAGNOSTICS, parseDesign } from './parse';
import { validateDesign } from './validate';
import { validDesign } from '../../testing/arbitraries';
import { contractExample as contractDesign } from '../../testing/contractExample';
import { fixtureNames, loadFixture } from '../../testing/fixtures';

const errors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');

/** The contract's example design (testing/contractExample.ts) with saved samples, as JSON to edit. */
function contractExample(): Record<string, unknown> {
  return {
    ...structuredClone(contractDesign),
    samples: [
      {
        name: 'happy path',
        method: 'GET /pets/{petId}',
        request: {
          method: 'GET',
          path: '/pets/{petId}',
          pathParameters: { petId: '7' },
          queryStringParameters: { q: 'cat' },
          multiValueQueryStringParameters: { tag: ['a', 'b'] },
          headers: { 'Content-Type': 'application/json' },
          multiValueHeaders: { Accept: ['application/json'] },
          body: '{"name": "Rex"}',
          stageVariables: { env: 'dev' },
          context: { requestId: 'r-1', stage: 'prod', identity: { sourceIp: '203.0.113.9' } },
        },
        lambda: { result: { id: '7' } },
      },
      {
        name: 'failure',
        method: 'GET /pets/{petId}',
        request: { body: null },
        lambda: { error: { errorMessage: 'boom', errorType: 'Error' }, durationMs: 30 },
      },
    ],
  };
}

describe('parseDesign', () => {
  it('reads the contract example unchanged, with no diagnostics', () => {
    const input = contractExample();
    const { design, diagnostics } = parseDesign(JSON.parse(JSON.stringify(input)));
    expect(diagnostics).toEqual([]);
    expect(design).toEqual(input);
    expect(JSON.stringify(design)).toBe(JSON.stringify(input)); // key order too
  });

  it('reads the design from its JSON text as well', () => {
    const { design, diagnostics } = parseDesign(JSON.stringify(contractExample()));
    expect(diagnostics).toEqual([]);
    expect(design).toEqual(contractExample());
  });

  it('reports text that is not JSON', () => {
    const result = parseDesign('{"version": 1,');
    expect(result.design).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'design/json', path: '' }),
    ]);
  });

  it.each([null, 42, 'null', [], true])('refuses %j as a design', (input) => {
    const result = parseDesign(input);
    expect(result.design).toBeUndefined();
    expect(errors(result.diagnostics).length).toBeGreaterThan(0);
  });

  it('upper-cases verbs, in methods and in sample methods', () => {
    const input = contractExample();
    (input.methods as Array<Record<string, unknown>>)[0].httpMethod = 'get';
    (input.samples as Array<Record<string, unknown>>)[0].method = 'get /pets/{petId}';
    const { design, diagnostics } = parseDesign(input);
    expect(errors(diagnostics)).toEqual([]);
    expect(design?.methods[0].httpMethod).toBe('GET');
    expect(design?.samples?.[0].method).toBe('GET /pets/{petId}');
  });

  it("keeps a bad verb, upper-cased, with CDK's error", () => {
    const input = contractExample();
    (input.methods as Array<Record<string, unknown>>)[0].httpMethod = 'fetch';
    const { design, diagnostics } = parseDesign(input);
    expect(design?.methods[0].httpMethod).toBe('FETCH');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'cdk/invalid-http-method',
        path: '/methods/0/httpMethod',
        message: 'Invalid HTTP method "FETCH". Allowed methods: ANY,OPTIONS,GET,PUT,POST,DELETE,PATCH,HEAD',
      }),
    );
  });

  it('warns about unknown keys, with their path, and leaves them out', () => {
    const input = contractExample();
    (input.api as Record<string, unknown>).tags = { team: 'pets' };
    ((input.methods as Array<Record<string, unknown>>)[0].integration as Record<string, unknown>).retries = 3;
    const { design, diagnostics } = parseDesign(input);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'design/unknown-key', path: '/api/tags' }),
      expect.objectContaining({
        severity: 'warning',
        code: 'design/unknown-key',
        path: '/methods/0/integration/retries',
      }),
    ]);
    expect(design?.api).not.toHaveProperty('tags');
    expect(design?.methods[0].integration).not.toHaveProperty('retries');
  });

  it.each([
    ['/stack/id', (d: Record<string, any>) => (d.stack.id = 7), 'Expected a string, got a number.'],
    [
      '/functions/0/memorySize',
      (d: Record<string, any>) => (d.functions[0].memorySize = '256'),
      'Expected a number, got a string.',
    ],
    [
      '/methods/0/integration/proxy',
      (d: Record<string, any>) => (d.methods[0].integration.proxy = 'false'),
      'Expected true or false, got a string.',
    ],
    [
      '/methods/0/integration/proxy',
      (d: Record<string, any>) => (d.methods[0].integration.proxy = null),
      'Expected true or false, got null.',
    ],
    ['/methods', (d: Record<string, any>) => (d.methods = {}), 'Expected a list, got an object.'],
    [
      '/methods/0/options/requestParameters/method.request.path.petId',
      (d: Record<string, any>) =>
        (d.methods[0].options.requestParameters['method.request.path.petId'] = 'yes'),
      'Expected true or false, got a string.',
    ],
    [
      '/methods/0/integration/requestTemplates/application~1json',
      (d: Record<string, any>) => (d.methods[0].integration.requestTemplates['application/json'] = ['x']),
      'Expected a string, got an array.',
    ],
  ])('refuses a wrong type at %s', (path, change, message) => {
    const input = contractExample();
    change(input);
    const { design, diagnostics } = parseDesign(input);
    expect(design).toBeUndefined();
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'design/type', path, message }),
    );
  });

  it('refuses a missing required key', () => {
    const input = contractExample();
    delete (input.methods as Array<Record<string, unknown>>)[0].function;
    const { design, diagnostics } = parseDesign(input);
    expect(design).toBeUndefined();
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'design/missing-key', path: '/methods/0' }),
    );
  });

  it.each([2, '1', undefined])('refuses version %j', (version) => {
    const input = contractExample();
    if (version === undefined) delete input.version;
    else input.version = version;
    const { design, diagnostics } = parseDesign(input);
    expect(design).toBeUndefined();
    expect(errors(diagnostics).length).toBeGreaterThan(0);
  });

  it('keeps a value outside an enum, with an error', () => {
    const input = contractExample();
    (
      (input.methods as Array<Record<string, any>>)[0].integration as Record<string, unknown>
    ).passthroughBehavior = 'ALWAYS';
    const { design, diagnostics } = parseDesign(input);
    expect(design?.methods[0].integration?.passthroughBehavior).toBe('ALWAYS');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'design/enum',
        path: '/methods/0/integration/passthroughBehavior',
      }),
    );
  });

  it('reports unknown references with their paths and still returns the design', () => {
    const input = contractExample() as Record<string, any>;
    input.methods[0].function = 'Nope';
    input.methods[0].integration.credentialsRole = 'NoRole';
    input.methods[0].integration.vpcLink = 'NoLink';
    input.roles[1].grantInvoke = ['Handler', 'Ghost'];
    input.samples[0].method = 'DELETE /pets'; // no such method
    const { design, diagnostics } = parseDesign(input);
    expect(design).toBeDefined();
    expect(errors(diagnostics).map((d) => [d.code, d.path])).toEqual([
      ['design/unknown-function', '/methods/0/function'],
      ['design/unknown-role', '/methods/0/integration/credentialsRole'],
      ['design/unknown-vpc-link', '/methods/0/integration/vpcLink'],
      ['design/unknown-function', '/roles/1/grantInvoke/1'],
      ['design/unknown-method', '/samples/0/method'],
    ]);
  });

  it('keeps "not set" apart from false, [] and {}', () => {
    const input = contractExample() as Record<string, any>;
    input.methods[0].integration = {
      proxy: false,
      cacheKeyParameters: [],
      requestParameters: {},
      allowTestInvoke: false,
    };
    input.methods[0].options = {};
    const { design } = parseDesign(input);
    const integration = design?.methods[0].integration;
    expect(integration).toEqual({
      proxy: false,
      cacheKeyParameters: [],
      requestParameters: {},
      allowTestInvoke: false,
    });
    expect(Object.keys(integration ?? {})).toEqual([
      'proxy',
      'cacheKeyParameters',
      'requestParameters',
      'allowTestInvoke',
    ]);
    expect(design?.methods[0].options).toEqual({});
    expect(design?.api).not.toHaveProperty('cloudWatchRole', undefined);
    expect('credentialsPassthrough' in (integration ?? {})).toBe(false);
  });

  it('keeps map key order, including keys that look like numbers', () => {
    const input = contractExample() as Record<string, any>;
    input.methods[0].integration.requestTemplates = {
      'text/plain': 'a',
      'application/json': 'b',
      'application/xml': 'c',
    };
    const { design } = parseDesign(JSON.parse(JSON.stringify(input)));
    expect(Object.keys(design?.methods[0].integration?.requestTemplates ?? {})).toEqual([
      'text/plain',
      'application/json',
      'application/xml',
    ]);
  });

  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const text =
      '{"version":1,"__proto__":{"polluted":true},"stack":{"id":"S","constructor":{"prototype":{"polluted":true}}},' +
      '"api":{"id":"Api"},"functions":[{"id":"F","runtime":"nodejs22.x","handler":"i.h","code":{"inline":"x"}}],' +
      '"methods":[{"path":"/","httpMethod":"GET","function":"F","integration":{"proxy":false,' +
      '"requestTemplates":{"__proto__":{"polluted":true},"constructor":"c","application/json":"{}"}}}]}';
    const { design, diagnostics } = parseDesign(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(design).toBeUndefined(); // a "__proto__" map key is refused
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'design/forbidden-key',
        path: '/methods/0/integration/requestTemplates/__proto__',
      }),
    );
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'design/unknown-key', path: '/__proto__' }),
    );
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'design/unknown-key', path: '/stack/constructor' }),
    );

    const ok = JSON.parse(text.replace('"__proto__":{"polluted":true},"constructor"', '"constructor"'));
    const accepted = parseDesign(ok).design;
    const templates = accepted?.methods[0].integration?.requestTemplates ?? {};
    expect(Object.getPrototypeOf(templates)).toBe(Object.prototype);
    expect(Object.keys(templates)).toEqual(['constructor', 'application/json']);
    expect(templates.constructor).toBe('c');
  });

  it('refuses a function that is both imported and created, and a role that is both or neither', () => {
    const both = contractExample() as Record<string, any>;
    both.functions[1].runtime = 'nodejs22.x';
    expect(parseDesign(both).diagnostics).toContainEqual(
      expect.objectContaining({ code: 'design/function-kind', path: '/functions/1' }),
    );
    const role = contractExample() as Record<string, any>;
    role.roles[0].assumedBy = 'apigateway.amazonaws.com';
    expect(parseDesign(role).diagnostics).toContainEqual(
      expect.objectContaining({ code: 'design/role-kind', path: '/roles/0' }),
    );
    const neither = contractExample() as Record<string, any>;
    neither.roles[0] = { id: 'Bare' };
    expect(parseDesign(neither).design).toBeUndefined();
  });

  it('drops grantInvoke on an imported role with a warning', () => {
    const input = contractExample() as Record<string, any>;
    input.roles[0].grantInvoke = ['Handler'];
    const { design, diagnostics } = parseDesign(input);
    expect(design?.roles?.[0]).toEqual({
      id: 'InvokeRole',
      importArn: 'arn:aws:iam::123456789012:role/apigw-invoke',
    });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'design/grant-invoke-on-imported-role',
        path: '/roles/0/grantInvoke',
      }),
    );
  });

  it.each([{}, { seconds: 1, millis: 5 }])('refuses the duration %j (exactly one unit)', (timeout) => {
    const input = contractExample() as Record<string, any>;
    input.functions[0].timeout = timeout;
    const { design, diagnostics } = parseDesign(input);
    expect(design).toBeUndefined();
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'design/duration-units', path: '/functions/0/timeout' }),
    );
  });

  it('stops at the depth limit in free-form sample data', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < MAX_DEPTH + 5; i += 1) deep = { d: deep };
    const input = contractExample() as Record<string, any>;
    input.samples[0].request.context = { deep };
    const { design, diagnostics } = parseDesign(input);
    expect(design).toBeUndefined();
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'design/too-deep' }));
  });

  it('stops on a huge list, and on a cyclic object from a JavaScript caller', () => {
    const huge = contractExample() as Record<string, any>;
    huge.methods = new Array(2_000_000).fill(huge.methods[0]);
    const result = parseDesign(huge);
    expect(result.design).toBeUndefined();
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'design/too-large' }));

    const cyclic = contractExample() as Record<string, any>;
    cyclic.samples[0].lambda.result = cyclic;
    expect(parseDesign(cyclic).design).toBeUndefined();
  });

  it('caps the number of diagnostics', () => {
    const input = contractExample() as Record<string, any>;
    for (let i = 0; i < 1000; i += 1) input.api[`extra${i}`] = i;
    const { diagnostics } = parseDesign(input);
    expect(diagnostics.length).toBe(MAX_DIAGNOSTICS + 1);
    expect(diagnostics[MAX_DIAGNOSTICS]).toEqual(
      expect.objectContaining({ code: 'design/more-problems', message: '800 more problems are not listed.' }),
    );
  });

  it('turns a throwing getter or proxy into a diagnostic', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys for you');
        },
      },
    );
    const result = parseDesign(hostile);
    expect(result.design).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'design/unreadable',
        message: 'The design could not be read: no keys for you',
      }),
    ]);
  });

  it('reads every fixture back unchanged', () => {
    for (const name of fixtureNames()) {
      const fixture = loadFixture(name);
      const { design, diagnostics } = parseDesign(JSON.parse(JSON.stringify(fixture)));
      expect(errors(diagnostics), name).toEqual([]);
      expect(design, name).toEqual(fixture);
    }
  });
});

describe('parseDesign properties (seeded)', () => {
  it('never throws on arbitrary JSON-ish input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (input) => {
        const result = parseDesign(input);
        expect(Array.isArray(result.diagnostics)).toBe(true);
        if (result.design) validateDesign(result.design);
      }),
      { seed: 424242, numRuns: 1000 },
    );
  });

  it('reads JSON of a valid design back as the same design with no errors', () => {
    fc.assert(
      fc.property(validDesign(), (design) => {
        const { design: read, diagnostics } = parseDesign(JSON.parse(JSON.stringify(design)));
        expect(errors(diagnostics)).toEqual([]);
        expect(read).toEqual(design);
      }),
      { seed: 31337, numRuns: 200 },
    );
  });

  /** Replaces, deletes or adds one value somewhere in a JSON tree. */
  function mutate(root: unknown, choices: number[], replacement: unknown): unknown {
    const clone = JSON.parse(JSON.stringify(root)) as unknown;
    let node = clone as Record<string, unknown>;
    for (const choice of choices) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[choice % keys.length];
      const next = node[key];
      if (typeof next !== 'object' || next === null || choice % 7 === 0) {
        if (choice % 3 === 0) delete node[key];
        else if (choice % 3 === 1) node[key] = replacement;
        else node[`${key}_extra`] = replacement;
        return clone;
      }
      node = next as Record<string, unknown>;
    }
    return clone;
  }

  it('never throws on mutated valid designs, and validation never throws on what it returns', () => {
    fc.assert(
      fc.property(
        validDesign(),
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 8 }),
        fc.jsonValue(),
        (design, choices, replacement) => {
          const result = parseDesign(mutate(design, choices, replacement));
          expect(Array.isArray(result.diagnostics)).toBe(true);
          if (result.design) expect(Array.isArray(validateDesign(result.design))).toBe(true);
        },
      ),
      { seed: 8675309, numRuns: 500 },
    );
  });
});
