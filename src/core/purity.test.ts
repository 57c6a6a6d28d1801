import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/core runs in the browser, in workers, in Node and in the CLI: it may import only itself and
// small pure libraries. This test reads every non-test source file of src/core and fails on an
// import of React, zustand, Monaco, the UI, the store, or a Node built-in.
const coreDir = join(__dirname);
const forbidden = [
  /^react(-dom)?(\/|$)/,
  /^zustand(\/|$)/,
  /^monaco-editor(\/|$)/,
  /^@monaco-editor\//,
  /^node:/,
  /^(fs|path|os|crypto|child_process|url|util|stream|buffer|events|http|https|zlib|worker_threads|process)(\/|$)/,
  /(^|\/)(ui|state)(\/|$)/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'testing' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

export function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const pattern =
    /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) specifiers.push(match[1] ?? match[2] ?? match[3]);
  return specifiers;
}

describe('src/core purity', () => {
  it('finds the imports it checks', () => {
    expect(
      importsOf(`import { a } from 'react';\nexport * from "./x";\nconst m = import('node:fs');`),
    ).toEqual(['react', './x', 'node:fs']);
    expect(forbidden.some((f) => f.test('../../ui/App'))).toBe(true);
    expect(forbidden.some((f) => f.test('node:fs'))).toBe(true);
    expect(forbidden.some((f) => f.test('./design/types'))).toBe(false);
  });

  it('imports no React, zustand, Monaco, UI, store or Node built-in', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(coreDir)) {
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        if (forbidden.some((pattern) => pattern.test(specifier))) {
          offenders.push(`${relative(coreDir, file)} imports ${specifier}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
