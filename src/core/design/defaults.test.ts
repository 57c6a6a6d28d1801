import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as CdkLib from 'aws-cdk-lib';
import type { DurationUnit } from './defaults';
import {
  DEFAULT_STAGE_NAME,
  convertDuration,
  durationAmount,
  effectiveAllowTestInvoke,
  effectiveProxy,
  effectiveScopePermissionToMethod,
  effectiveStageName,
  integrationType,
  methodKey,
  parseSampleMethod,
} from './defaults';

const { Duration } = createRequire(import.meta.url)('aws-cdk-lib') as typeof CdkLib;

describe('CDK defaults', () => {
  it('stage name: prod when unset or empty (aws-apigateway/lib/stage.js)', () => {
    expect(DEFAULT_STAGE_NAME).toBe('prod');
    expect(effectiveStageName(undefined)).toBe('prod');
    expect(effectiveStageName('')).toBe('prod');
    expect(effectiveStageName('v1')).toBe('v1');
  });

  it('LambdaIntegration options default to true; proxy decides the integration type', () => {
    expect(effectiveProxy(undefined)).toBe(true);
    expect(effectiveProxy({ proxy: false })).toBe(false);
    expect(integrationType({})).toBe('AWS_PROXY');
    expect(integrationType({ proxy: false })).toBe('AWS');
    expect(effectiveAllowTestInvoke({})).toBe(true);
    expect(effectiveAllowTestInvoke({ allowTestInvoke: false })).toBe(false);
    expect(effectiveScopePermissionToMethod({})).toBe(true);
    expect(effectiveScopePermissionToMethod({ scopePermissionToMethod: false })).toBe(false);
  });

  it("reads a duration's unit and amount", () => {
    expect(durationAmount({ seconds: 2.5 })).toEqual({ unit: 'seconds', amount: 2.5 });
    expect(durationAmount({} as never)).toBeUndefined();
    expect(durationAmount({ seconds: 1, minutes: 1 } as never)).toBeUndefined();
  });

  it("splits a sample's method", () => {
    expect(parseSampleMethod('get /pets/{petId}')).toEqual({ httpMethod: 'GET', path: '/pets/{petId}' });
    expect(parseSampleMethod('GET')).toBeUndefined();
    expect(methodKey('GET', '/')).toBe('GET /');
  });
});

describe('convertDuration matches aws-cdk-lib Duration (seeded)', () => {
  const cdkConvert = (amount: number, unit: DurationUnit, to: 'millis' | 'seconds'): number | 'throws' => {
    try {
      const duration = Duration[unit](amount);
      return to === 'millis' ? duration.toMilliseconds() : duration.toSeconds();
    } catch {
      return 'throws';
    }
  };
  const amounts = fc.oneof(
    fc.integer({ min: 0, max: 100_000 }),
    fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000),
    fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
  );

  it('to milliseconds and to seconds: same value, same refusal', () => {
    fc.assert(
      fc.property(
        amounts,
        fc.constantFrom<DurationUnit>('millis', 'seconds', 'minutes'),
        fc.constantFrom<'millis' | 'seconds'>('millis', 'seconds'),
        (amount, unit, to) => {
          const ours = convertDuration(amount, unit, to);
          expect(ours.whole ? ours.value : 'throws').toBe(cdkConvert(amount, unit, to));
        },
      ),
      { seed: 99, numRuns: 2000 },
    );
  });
});
