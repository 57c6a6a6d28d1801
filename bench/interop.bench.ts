/**
 * Import and export (issue 7): importDesign on the CloudFormation (JSON and YAML) and OpenAPI that
 * generate() prints for a typical and a 50-method design, and the exports themselves. Peers: the
 * bare parse of the same text (JSON.parse, the yaml package) — the floor any importer pays — and
 * aws-cdk-lib's own template import, cloudformation-include's CfnInclude, on the same template.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as CdkLibModule from 'aws-cdk-lib';
import YAML from 'yaml';
import type { Design } from '../src/core/design/types';
import { generate } from '../src/core/generate';
import { importDesign } from '../src/core/interop';
import { designToOpenApi } from '../src/core/interop/openapi/exportOpenApi';
import { designToSam } from '../src/core/interop/sam/exportSam';
import { large, typical } from './generate.designs';
import { measure, printTable, type Sample } from './stats';

const requireFromProject = createRequire(import.meta.url);
type CdkLib = typeof CdkLibModule;
const cdk = requireFromProject('aws-cdk-lib') as CdkLib;

function cases(name: string, design: Design, runs: number, dir: string): Sample[] {
  const { files } = generate(design);
  const json = files['cloudformation-json'] as string;
  const yaml = files['cloudformation-yaml'] as string;
  const openapi = files['openapi-json'] as string;
  const templateFile = join(dir, `${name}.json`);
  writeFileSync(templateFile, json);
  const few = { runs: Math.max(10, runs / 10), warmup: 3 };
  return [
    measure(`${name}: importDesign(CloudFormation JSON)`, () => importDesign(json), { runs }),
    measure(`${name}: importDesign(CloudFormation YAML)`, () => importDesign(yaml), { runs }),
    measure(`${name}: importDesign(OpenAPI JSON)`, () => importDesign(openapi), { runs }),
    measure(`${name}: export OpenAPI`, () => designToOpenApi(design), { runs }),
    measure(`${name}: export SAM`, () => designToSam(design), { runs }),
    measure(`${name}: peer JSON.parse (same JSON)`, () => JSON.parse(json), { runs }),
    measure(`${name}: peer yaml package parse (same YAML)`, () => YAML.parse(yaml), few),
    measure(
      `${name}: peer aws-cdk-lib CfnInclude (same template)`,
      () => {
        const stack = new cdk.Stack(new cdk.App());
        new cdk.cloudformation_include.CfnInclude(stack, 'Template', { templateFile });
      },
      few,
    ),
  ];
}

const dir = mkdtempSync(join(tmpdir(), 'interop-bench-'));
try {
  printTable([...cases('typical', typical, 200, dir), ...cases('large (50 methods)', large, 40, dir)]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
