/**
 * generate() (issue 2, item 7): median and p95 for a typical design and for a 50-method design with
 * 10 integration responses each. Targets on 2 cores: < 1 ms and < 20 ms.
 * Measured per keystroke (each call gets a design with one edited method), as the designer calls it:
 * with only the shown output printed (`outputs`), and with every output. Also each stage and
 * printer, and the peers: the `yaml` package printing the same template, and real aws-cdk-lib
 * synthesizing the same app (what `cdk synth` spends before the CLI even starts printing).
 */
import YAML from 'yaml';
import { generateTypeScript } from '../src/core/codegen/typescript';
import { validateDesign } from '../src/core/design/validate';
import type { Design } from '../src/core/design/types';
import { generate, OUTPUT_PRINTERS, printerInput } from '../src/core/generate';
import { templateAsCliPrintsIt } from '../src/core/synth/print';
import { synthesize } from '../src/core/synth/synthesize';
import { synthTypeScriptApp } from '../src/testing/cdkHarness';
import { large, typical } from './generate.designs';
import { measure, printTable, type Sample } from './stats';

/** Designs as a user types: each differs from the previous one in a middle method's cacheNamespace. */
function keystrokes(design: Design, count: number): Design[] {
  const middle = Math.floor(design.methods.length / 2);
  return Array.from({ length: count }, (_, i) => {
    const methods = [...design.methods];
    const method = methods[middle];
    methods[middle] = { ...method, integration: { ...method.integration, cacheNamespace: `namespace-${i}` } };
    return { ...design, methods };
  });
}

/** Runs `fn` over the designs in turn, one per sample, so every call sees a new design. */
function perKeystroke(
  name: string,
  designs: Design[],
  fn: (design: Design) => unknown,
  runs: number,
): Sample {
  let i = 0;
  // A longer warm-up: the steady state of typing, once the JIT has compiled the core.
  return measure(name, () => fn(designs[i++ % designs.length]), { runs, warmup: Math.min(500, runs) });
}

function stages(name: string, design: Design, runs: number): { samples: Sample[]; targets: Sample[] } {
  const edits = keystrokes(design, 64);
  const template = synthesize(design, { pathMetadata: true });
  const cliTemplate = JSON.parse(JSON.stringify(templateAsCliPrintsIt(template))) as object;
  const visibleYaml = perKeystroke(
    `${name}: generate() per keystroke, CloudFormation YAML shown`,
    edits,
    (d) => generate(d, { outputs: ['cloudformation-yaml'] }),
    runs,
  );
  const visibleTypeScript = perKeystroke(
    `${name}: generate() per keystroke, CDK TypeScript shown`,
    edits,
    (d) => generate(d, { outputs: ['cdk-typescript'] }),
    runs,
  );
  const all = perKeystroke(
    `${name}: generate() per keystroke, every output`,
    edits,
    (d) => generate(d),
    runs,
  );
  const printers = OUTPUT_PRINTERS.map((printer) =>
    measure(
      `${name}:   printer ${printer.kind}`,
      // A fresh input each run: a printer alone pays for the work it shares in generate() (the IR).
      () => printer.print({ ...printerInput(design, template, true), template }),
      { runs },
    ),
  );
  const samples = [
    visibleYaml,
    visibleTypeScript,
    all,
    perKeystroke(`${name}:   validateDesign`, edits, (d) => validateDesign(d), runs),
    perKeystroke(`${name}:   synthesize`, edits, (d) => synthesize(d, { pathMetadata: true }), runs),
    ...printers,
    measure(
      `${name}: peer: yaml package printing the same YAML`,
      () => YAML.stringify(cliTemplate, { schema: 'yaml-1.1', lineWidth: 0 }),
      {
        runs: Math.max(20, runs / 10),
        warmup: 5,
      },
    ),
    measure(
      `${name}: peer: aws-cdk-lib synthesizing the same app`,
      () => synthTypeScriptApp(generateTypeScript(design), { pathMetadata: true }),
      {
        runs: 5,
        warmup: 1,
      },
    ),
  ];
  return { samples, targets: [visibleYaml, visibleTypeScript, all] };
}

const typicalRun = stages('typical (4 methods)', typical, 2000);
const largeRun = stages('50 methods × 10 responses', large, 200);
printTable([...typicalRun.samples, ...largeRun.samples]);

const targets: Array<[Sample, number]> = [
  ...typicalRun.targets.map((sample): [Sample, number] => [sample, 1]),
  ...largeRun.targets.map((sample): [Sample, number] => [sample, 20]),
];
for (const [sample, targetMs] of targets) {
  const verdict = sample.medianMs < targetMs && sample.p95Ms < targetMs ? 'meets' : 'MISSES';
  console.log(
    `${sample.name}: median ${sample.medianMs.toFixed(3)} ms, p95 ${sample.p95Ms.toFixed(3)} ms — ${verdict} the < ${targetMs} ms target`,
  );
}
