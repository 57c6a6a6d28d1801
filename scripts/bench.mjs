// `npm run bench`: bundles each bench/*.bench.ts with esbuild and runs it in Node, one after another,
// so no two benchmarks share the machine. Each benchmark prints its own table (median, p95, peers).
// Pass names to run a subset: `npm run bench -- generate vtl`.
import { readdirSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
mkdirSync('bench-results/.build', { recursive: true });
for (const file of files) {
  const outfile = `bench-results/.build/${file.replace(/\.ts$/, '.mjs')}`;
  await build({
    entryPoints: [`bench/${file}`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  console.log(`\n## ${file}`);
  execFileSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
}
