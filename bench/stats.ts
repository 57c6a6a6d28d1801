/** Small timing helpers shared by the benchmarks: warm up, then sample, then report median and p95. */
export interface Sample {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
}

/**
 * Times `fn` `runs` times after `warmup` untimed runs; `after` runs after each call, untimed (to
 * prepare the next call's input).
 */
export function measure(
  name: string,
  fn: () => unknown,
  options: { runs?: number; warmup?: number; after?: () => void } = {},
): Sample {
  const runs = options.runs ?? 200;
  const warmup = options.warmup ?? Math.min(50, runs);
  const after = options.after ?? (() => undefined);
  for (let i = 0; i < warmup; i++) {
    fn();
    after();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
    after();
  }
  return summarize(name, times);
}

export function summarize(name: string, times: number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return {
    name,
    runs: times.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    meanMs: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

export function printTable(samples: Sample[]): void {
  const rows = samples.map((s) => ({
    benchmark: s.name,
    runs: s.runs,
    'median ms': s.medianMs.toFixed(3),
    'p95 ms': s.p95Ms.toFixed(3),
    'mean ms': s.meanMs.toFixed(3),
  }));
  console.table(rows);
}
