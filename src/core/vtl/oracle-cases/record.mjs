// Records the Velocity oracle's rendering of every case in cases.mjs (and of seeded random templates)
// as fixture files beside this script. Needs Java and the oracle's Debian packages (not the tests):
//   apt-get install -y --no-install-recommends velocity libjsonpath-java libjson-smart-java libcommons-lang-java
//   VELOCITY_ORACLE_BUILD=/tmp/velocity-oracle-build node src/core/vtl/oracle-cases/record.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseRequest, cases, sampleCases } from './cases.mjs';
import {
  doubleTemplate,
  jsonPathCase,
  macroTemplate,
  numberBody,
  numberTemplate,
  randomTemplate,
  regexTemplate,
  soupTemplate,
} from './random.mjs';
import { awsDivergences } from './divergences.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const oracleDir = process.env.VELOCITY_ORACLE ?? join(here, '../../../../../shared/tools/velocity-oracle');
const RANDOM_COUNT = Number(process.env.RANDOM_COUNT ?? 300);
const RANDOM_SEED = 20261126;

const randomRequest = {
  ...baseRequest,
  body: JSON.stringify({ a: [1, 2.5, 'x/y', null, true], m: { k: 'v', n: null }, s: 'str' }),
};
const soupRequest = { ...baseRequest, body: '{"a":1}' };
function seeds(n, from) {
  return Array.from({ length: n }, (_, i) => RANDOM_SEED + from + i);
}
const named = new Map([
  [baseRequest, 'base'],
  [randomRequest, 'random'],
  [soupRequest, 'soup'],
]);
const all = [
  ...cases.map((c) => ({ ...c, request: c.request ?? baseRequest })),
  ...sampleCases,
  ...awsDivergences.map((d) => ({ category: 'context', template: d.template, request: d.request })),
  ...Array.from({ length: RANDOM_COUNT }, (_, i) => ({
    category: 'random',
    template: randomTemplate(RANDOM_SEED + i),
    seed: RANDOM_SEED + i,
    request: randomRequest,
  })),
  ...seeds(200, 1000).map((seed) => ({
    category: 'soup',
    template: soupTemplate(seed),
    seed,
    request: soupRequest,
  })),
  ...seeds(200, 2000).map((seed) => {
    const c = jsonPathCase(seed);
    return { category: 'jsonpath-random', template: c.template, seed, request: { body: c.body } };
  }),
  ...seeds(150, 3000).map((seed) => ({
    category: 'numbers-random',
    template: numberTemplate(seed),
    seed,
    request: { body: numberBody },
  })),
  ...seeds(150, 4000).map((seed) => ({
    category: 'doubles',
    template: doubleTemplate(seed),
    seed,
    request: {},
  })),
  ...seeds(200, 5000).map((seed) => ({
    category: 'regex-random',
    template: regexTemplate(seed),
    seed,
    request: {},
  })),
  ...seeds(200, 6000).map((seed) => ({
    category: 'macros-random',
    template: macroTemplate(seed),
    seed,
    request: {},
  })),
];

const jobs = all.map((c) => ({
  template: c.template,
  phase: c.phase ?? 'request',
  request: c.request,
  ...(c.integrationResponse ? { integrationResponse: c.integrationResponse } : {}),
  profile: 'aws',
}));
const out = execFileSync(join(oracleDir, 'render.sh'), ['--timeout-ms', '20000'], {
  input: JSON.stringify(jobs),
  maxBuffer: 1 << 28,
});
const results = JSON.parse(out.toString('utf8'));

const provenance = {
  oracle:
    'Apache Velocity 1.7 + Jayway JsonPath 2.0.0 + json-smart 2.2 + commons-lang 2.6 (Debian packages), rendered by shared/tools/velocity-oracle, profile "aws" (null compares as "" in == and !=)',
  recorded: new Date().toISOString().slice(0, 10),
  how: 'node src/core/vtl/oracle-cases/record.mjs',
};

const byCategory = new Map();
all.forEach((c, i) => {
  const r = results[i];
  const id = `${c.category}-${String((byCategory.get(c.category)?.length ?? 0) + 1).padStart(3, '0')}`;
  const entry = {
    id,
    template: c.template,
    ...(c.seed !== undefined ? { seed: c.seed } : {}),
    ...(c.phase ? { phase: c.phase } : {}),
    request: named.get(c.request) ?? c.request,
    ...(c.integrationResponse ? { integrationResponse: c.integrationResponse } : {}),
    oracle: r.error === null ? { output: r.output } : { error: r.error },
  };
  const d = awsDivergences.find((x) => x.template === c.template);
  if (d) Object.assign(entry, { aws: d.aws, note: d.note });
  if (!byCategory.has(c.category)) byCategory.set(c.category, []);
  byCategory.get(c.category).push(entry);
});

mkdirSync(here, { recursive: true });
writeFileSync(
  join(here, 'requests.json'),
  JSON.stringify({ base: baseRequest, random: randomRequest, soup: soupRequest }, null, 2) + '\n',
);
for (const [category, entries] of byCategory) {
  const file = { provenance, category, cases: entries };
  writeFileSync(join(here, `${category}.json`), JSON.stringify(file, null, 2) + '\n');
}
console.log(`recorded ${all.length} cases in ${byCategory.size} files`);
