import { describe, expect, it } from 'vitest';
import { generate, parseDesign, simulate, validateDesign } from '..';
import { applyDesignEdits } from '../design/edits';
import { synthTypeScriptApp } from '../../testing/cdkHarness';
import { runSuite } from '../suites';
import { SCENARIOS, scenarioById } from '.';
import type { Scenario } from './types';

/** The designs a scenario shows: as loaded, and after its "fix it" step. */
function variants(scenario: Scenario) {
  return [
    { name: scenario.id, design: scenario.design },
    ...(scenario.fix
      ? [{ name: `${scenario.id} (fixed)`, design: applyDesignEdits(scenario.design, scenario.fix.edits) }]
      : []),
  ];
}

const statuses = (scenario: Scenario, fixed = false) => {
  const design =
    fixed && scenario.fix ? applyDesignEdits(scenario.design, scenario.fix.edits) : scenario.design;
  return Object.fromEntries(
    (design.samples ?? []).map((s) => [
      s.name,
      simulate(design, s.method, s.request, s.lambda ?? { result: {} }).status,
    ]),
  );
};

describe('scenario gallery', () => {
  it('has the curated scenarios, each with an explanation, samples and an outcome per sample', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const scenario of SCENARIOS) {
      expect(scenario.explanation.length, scenario.id).toBeGreaterThan(200);
      const samples = scenario.design.samples ?? [];
      expect(samples.length, scenario.id).toBeGreaterThan(0);
      expect(Object.keys(scenario.outcomes).sort(), scenario.id).toEqual(samples.map((s) => s.name).sort());
      for (const sample of samples)
        expect(sample.expect?.status, `${scenario.id}: ${sample.name}`).toBeDefined();
    }
  });

  it('hands out copies', () => {
    const copy = scenarioById('why-415');
    expect(copy?.design).toEqual(SCENARIOS.find((s) => s.id === 'why-415')?.design);
    copy!.design.methods.length = 0;
    expect(scenarioById('why-415')?.design.methods.length).toBe(1);
    expect(scenarioById('nope')).toBeUndefined();
  });

  for (const scenario of SCENARIOS) {
    describe(scenario.id, () => {
      for (const { name, design } of variants(scenario)) {
        it(`${name}: parses back unchanged and validates without errors or warnings`, () => {
          const parsed = parseDesign(JSON.parse(JSON.stringify(design)));
          expect(parsed.diagnostics).toEqual([]);
          expect(parsed.design).toEqual(design);
          expect(validateDesign(design)).toEqual([]);
        });

        it(`${name}: synthesizes exactly what the real aws-cdk-lib synthesizes`, () => {
          const generated = generate(design);
          expect(generated.diagnostics).toEqual([]);
          const real = synthTypeScriptApp(generated.files['cdk-typescript']!, { pathMetadata: true });
          expect(generated.template).toEqual(real);
        });

        it(`${name}: every sample's simulated answer is the expected one`, () => {
          const suite = runSuite(design);
          for (const run of suite.runs) {
            expect(run.failures, `${run.sample.name}`).toEqual([]);
            expect(
              run.result.diagnostics.filter((d) => d.severity !== 'info'),
              run.sample.name,
            ).toEqual([]);
          }
          expect(suite.unchecked).toBe(0);
          expect(suite.failed).toBe(0);
        });
      }
    });
  }

  it('shows the outcomes the explanations promise', () => {
    const byId = (id: string) => SCENARIOS.find((s) => s.id === id)!;
    expect(statuses(byId('lambda-errors-to-status-codes'))).toEqual({
      found: 200,
      'bad id': 400,
      'not found': 404,
      crash: 500,
    });
    expect(statuses(byId('why-415'))).toEqual({ 'JSON note': 200, 'plain-text note': 415 });
    expect(statuses(byId('why-415'), true)).toEqual({ 'JSON note': 200, 'plain-text note': 200 });
    expect(statuses(byId('why-502'))).toEqual({ greet: 502 });
    expect(statuses(byId('why-502'), true)).toEqual({ greet: 200 });
    expect(statuses(byId('async-invocation'))).toEqual({ 'queue a report': 202 });
    const preflight = byId('cors-headers').design.samples![1];
    const cors = simulate(
      byId('cors-headers').design,
      preflight.method,
      preflight.request,
      preflight.lambda!,
    );
    expect(cors.headers['Access-Control-Allow-Methods']).toBe('GET,OPTIONS');
    const download = byId('binary-image').design.samples![1];
    expect(
      simulate(byId('binary-image').design, download.method, download.request, download.lambda!)
        .isBase64Encoded,
    ).toBe(true);
    const stream = generate(byId('response-streaming').design).files['cloudformation-json'];
    expect(stream).toContain('/response-streaming-invocations');
  });

  it('"fix it" edits change the outcome of the broken sample only through the design', () => {
    for (const scenario of SCENARIOS.filter((s) => s.fix)) {
      const before = statuses(scenario);
      const after = statuses(scenario, true);
      expect(before, scenario.id).not.toEqual(after);
      expect(
        Object.values(after).every((status) => status < 400),
        scenario.id,
      ).toBe(true);
    }
  });
});
