/**
 * generate() (issue 2, item 7): median and p95 for a typical design and for a 50-method design with
 * 10 integration responses each. Targets on 2 cores: < 1 ms and < 20 ms.
 *
 * The target is for generate() as issue 2 defines it: the diagnostics, the template and the files
 * `cloudformation-json`, `cloudformation-yaml` and `cdk-typescript`. It is measured per keystroke
 * (each call gets a design with one method edited, which generate() has never seen) and for a
 * design no part of which it has seen (a design opened or pasted). Also, with the same targets,
 * the call the designer makes per keystroke (only the shown output printed, `outputs`); and,
 * without a target, generate() with all ten files v1 prints (the four other CDK languages of
 * issue 6 and the OpenAPI and SAM exports of issue 7 add 4.3 MB of text on the large design).
 * Then each stage and printer, and the peers: the `yaml` package printing the same template, and
 * real aws-cdk-lib synthesizing the same app (what `cdk synth` spends before the CLI even starts
 * printing).
 */
import YAML from 'yaml';
import { generateTypeScript } from '../src/core/codegen/typescript';
import { validateDesign } from '../src/core/design/validate';
import type { Design } from '../src/core/design/types';
import { generate, OUTPUT_PRINTERS, printerInput } from '../src/core/generate';
import type { GenerateOptions, OutputKind } from '../src/core/outputs';
import { templateAsCliPrintsIt } from '../src/core/synth/print';
import { synthesize } from '../src/core/synth/synthesize';
import { synthTypeScriptApp } from '../src/testing/cdkHarness';
import { large, typical } from './generate.designs';
import { measure, printTable, type Sample } from './stats';

/** Keystrokes so far, across every benchmark: each one types text never typed before. */
let typed = 0;

/**
 * The design after the next keystroke, as the designer's store makes it: a new design object in
 * which a middle method's cacheNamespace got a character no earlier keystroke produced (so no
 * memoized result can be for it), the other methods the same objects as before.
 */
function keystroke(design: Design): Design {
  const middle = Math.floor(design.methods.length / 2);
  const methods = [...design.methods];
  const method = methods[middle];
  methods[middle] = {
    ...method,
    integration: { ...method.integration, cacheNamespace: `namespace-${typed++}` },
  };
  return { ...design, methods };
}

/**
 * A design none of whose parts was generated before: every method's cacheNamespace is new. What
 * generate() costs with nothing to reuse (a design opened or pasted, the first call).
 */
function neverSeen(design: Design): Design {
  const edit = typed++;
  return {
    ...design,
    methods: design.methods.map((method) => ({
      ...method,
      integration: { ...method.integration, cacheNamespace: `first-${edit}` },
    })),
  };
}

/** What issue 2 defines generate() to print (besides the diagnostics and the template). */
const ISSUE_2_OUTPUTS: OutputKind[] = ['cdk-typescript', 'cloudformation-json', 'cloudformation-yaml'];

/** generate() of designs never seen, one per sample (made outside the timing). */
function firstSight(name: string, design: Design, runs: number, options: GenerateOptions = {}): Sample {
  let unseen = neverSeen(design);
  return measure(name, () => generate(unseen, options), {
    runs: Math.max(100, runs / 2),
    warmup: Math.min(100, runs / 4),
    after: () => (unseen = neverSeen(design)),
  });
}

/** Runs `fn` on a design one keystroke newer than the last, one per sample (made outside the timing). */
function perKeystroke(name: string, design: Design, fn: (design: Design) => unknown, runs: number): Sample {
  let next = keystroke(design);
  // A longer warm-up: the steady state of typing, once the JIT has compiled the core.
  return measure(name, () => fn(next), {
    runs,
    warmup: Math.min(500, runs),
    after: () => (next = keystroke(design)),
  });
}

function stages(name: string, design: Design, runs: number): { samples: Sample[]; targets: Sample[] } {
  const template = synthesize(design, { pathMetadata: true });
  const cliTemplate = JSON.parse(JSON.stringify(templateAsCliPrintsIt(template))) as object;
  const visibleYaml = perKeystroke(
    `${name}: generate() per keystroke, CloudFormation YAML shown`,
    design,
    (d) => generate(d, { outputs: ['cloudformation-yaml'] }),
    runs,
  );
  const visibleTypeScript = perKeystroke(
    `${name}: generate() per keystroke, CDK TypeScript shown`,
    design,
    (d) => generate(d, { outputs: ['cdk-typescript'] }),
    runs,
  );
  const issue2 = perKeystroke(
    `${name}: generate() per keystroke, issue 2's outputs`,
    design,
    (d) => generate(d, { outputs: ISSUE_2_OUTPUTS }),
    runs,
  );
  const issue2First = firstSight(
    `${name}: generate() of a design never seen, issue 2's outputs`,
    design,
    runs,
    {
      outputs: ISSUE_2_OUTPUTS,
    },
  );
  const all = perKeystroke(
    `${name}: generate() per keystroke, all ten files (no target)`,
    design,
    (d) => generate(d),
    runs,
  );
  const allFirst = firstSight(
    `${name}: generate() of a design never seen, all ten files (no target)`,
    design,
    runs,
  );
  const printers = OUTPUT_PRINTERS.map((printer) =>
    perKeystroke(
      `${name}:   printer ${printer.kind}`,
      design,
      // A fresh input each run: a printer alone pays for the work it shares in generate() (the IR).
      (d) => printer.print({ ...printerInput(d, template, true), template }),
      runs,
    ),
  );
  const samples = [
    visibleYaml,
    visibleTypeScript,
    issue2,
    issue2First,
    all,
    allFirst,
    perKeystroke(`${name}:   validateDesign`, design, (d) => validateDesign(d), runs),
    perKeystroke(`${name}:   synthesize`, design, (d) => synthesize(d, { pathMetadata: true }), runs),
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
  return { samples, targets: [visibleYaml, visibleTypeScript, issue2, issue2First] };
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
