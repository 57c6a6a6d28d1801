/**
 * generate() (issue 2, item 7): median and p95 for a typical design and for a 50-method design with
 * 10 integration responses each. Targets on 2 cores: < 1 ms and < 20 ms.
 * Also its stages (validate, synthesize, TypeScript, YAML, JSON), and the peers they replace:
 * the `yaml` package printing the same template, and real aws-cdk-lib synthesizing the same app.
 */
import YAML from 'yaml';
import { generateTypeScript } from '../src/core/codegen/typescript';
import { validateDesign } from '../src/core/design/validate';
import type { Design } from '../src/core/design/types';
import { generate } from '../src/core/generate';
import {
  printCloudFormationJson,
  printCloudFormationYaml,
  templateAsCliPrintsIt,
} from '../src/core/synth/print';
import { synthesize } from '../src/core/synth/synthesize';
import { synthTypeScriptApp } from '../src/core/testing/cdkHarness';
import { large, typical } from './generate.designs';
import { measure, printTable, type Sample } from './stats';

function stages(name: string, design: Design, runs: number): Sample[] {
  const template = synthesize(design, { pathMetadata: true });
  const cliTemplate = JSON.parse(JSON.stringify(templateAsCliPrintsIt(template))) as object;
  return [
    measure(`${name}: generate()`, () => generate(design), { runs }),
    measure(`${name}:   validateDesign`, () => validateDesign(design), { runs }),
    measure(`${name}:   synthesize`, () => synthesize(design, { pathMetadata: true }), { runs }),
    measure(`${name}:   TypeScript`, () => generateTypeScript(design), { runs }),
    measure(`${name}:   YAML printer`, () => printCloudFormationYaml(template), { runs }),
    measure(`${name}:   JSON printer`, () => printCloudFormationJson(template), { runs }),
    measure(
      `${name}: peer yaml package (same YAML)`,
      () => YAML.stringify(cliTemplate, { schema: 'yaml-1.1', lineWidth: 0 }),
      {
        runs: Math.max(20, runs / 10),
        warmup: 5,
      },
    ),
    measure(
      `${name}: peer aws-cdk-lib synth (same app)`,
      () => synthTypeScriptApp(generateTypeScript(design), { pathMetadata: true }),
      {
        runs: 5,
        warmup: 1,
      },
    ),
  ];
}

const typicalSamples = stages('typical (4 methods)', typical, 2000);
const largeSamples = stages('50 methods × 10 responses', large, 200);
printTable([...typicalSamples, ...largeSamples]);

const targets: Array<[Sample, number]> = [
  [typicalSamples[0], 1],
  [largeSamples[0], 20],
];
for (const [sample, targetMs] of targets) {
  const verdict = sample.medianMs < targetMs && sample.p95Ms < targetMs ? 'meets' : 'MISSES';
  console.log(
    `${sample.name}: median ${sample.medianMs.toFixed(3)} ms, p95 ${sample.p95Ms.toFixed(3)} ms — ${verdict} the < ${targetMs} ms target`,
  );
}
