import type { Duration } from '../types';
import type { DurationUnit } from '../defaults';
import { convertDuration, durationUnits } from '../defaults';
import { durationNegativeMessage, durationNotWholeMessage } from './messages';
import type { Reporter } from './report';

/**
 * A duration converted to `target` the way CDK converts it (`Duration.x(n).toMilliseconds()` or
 * `.toSeconds()`), reporting what CDK throws: a negative amount, a result that is not whole. Contract
 * rule 8 adds: exactly one unit. Returns undefined when the duration cannot be converted.
 */
export function convertedDuration(
  duration: Duration,
  target: DurationUnit,
  path: string,
  report: Reporter,
): number | undefined {
  const units = durationUnits(duration);
  if (units.length !== 1) {
    report.error(
      'design/duration-units',
      path,
      units.length === 0
        ? 'A duration has exactly one of millis, seconds or minutes; none is set.'
        : `A duration has exactly one of millis, seconds or minutes, not ${units.join(' and ')}.`,
      'For example {"seconds": 10}.',
    );
    return undefined;
  }
  const unit = units[0];
  const amount = (duration as Record<DurationUnit, number>)[unit];
  if (typeof amount !== 'number' || !Number.isFinite(amount)) {
    report.error('design/type', `${path}/${unit}`, 'Expected a number.');
    return undefined;
  }
  if (amount < 0) {
    // core/lib/duration.js `DurationAmountsCannotNegative`, thrown by Duration.millis/seconds/minutes.
    report.error(
      'cdk/duration-negative',
      `${path}/${unit}`,
      durationNegativeMessage(amount),
      'Use a positive amount.',
    );
    return undefined;
  }
  const converted = convertDuration(amount, unit, target);
  if (!converted.whole) {
    report.error(
      'cdk/duration-not-whole',
      `${path}/${unit}`,
      durationNotWholeMessage(amount, unit, target),
      target === 'millis'
        ? 'Use a value that is a whole number of milliseconds.'
        : 'A function timeout is a whole number of seconds.',
    );
    return undefined;
  }
  return converted.value;
}
