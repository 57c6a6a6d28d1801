// Builds the CLI for Node from the same core as the app: one CommonJS file with a shebang.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Bundles cli/main.ts into `outfile` (default cli/dist/integration-studio.cjs). */
export async function buildCli(outfile = join(here, 'dist', 'integration-studio.cjs')) {
  const { version } = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8'));
  await build({
    entryPoints: [join(here, 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    // CommonJS: the yaml package requires Node's `process` module, which ESM bundles cannot.
    format: 'cjs',
    // jsonc-parser's "main" is a UMD build esbuild cannot follow; its ESM build is in "module".
    mainFields: ['module', 'main'],
    banner: { js: '#!/usr/bin/env node' },
    define: { CLI_VERSION: JSON.stringify(version) },
    legalComments: 'none',
    logLevel: 'warning',
  });
  chmodSync(outfile, 0o755);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outfile = await buildCli(process.argv[2]);
  console.log(`built ${outfile}`);
}
