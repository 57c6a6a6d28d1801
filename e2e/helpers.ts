import { deflateSync } from 'fflate';
import type { Page } from '@playwright/test';

export const STORAGE_KEY = 'integration-studio:design';

/** A share fragment ("d1=…") carrying exactly `text`, as the app's Share button would encode it. */
export function fragmentOf(text: string): string {
  return 'd1=' + Buffer.from(deflateSync(new TextEncoder().encode(text), { level: 9 })).toString('base64url');
}

/** A small valid design, built by hand so the tests do not depend on the app's example. */
export function smallDesign(overrides: { apiId?: string; restApiName?: string; path?: string } = {}) {
  return {
    version: 1,
    stack: { id: 'SharedStack' },
    api: { id: overrides.apiId ?? 'SharedApi', restApiName: overrides.restApiName ?? 'shared-api' },
    functions: [
      {
        id: 'Fn',
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        code: { inline: 'exports.handler = async () => 1;' },
      },
    ],
    methods: [
      {
        path: overrides.path ?? '/orders',
        httpMethod: 'POST',
        function: 'Fn',
        integration: { proxy: false },
      },
    ],
  };
}

/** Opens the app once, writes localStorage for its origin, and reloads. */
export async function withSavedData(page: Page, raw: string): Promise<void> {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, raw] as const);
  await page.reload();
}

/** The tree item of a method, e.g. "GET /pets/{petId}". */
export function methodItem(page: Page, name: string) {
  return page.getByRole('treeitem', { name, exact: true });
}

/** Waits until the autosave has written a design whose JSON contains `text`. */
export async function waitForSaved(page: Page, text: string): Promise<void> {
  await page.waitForFunction(([key, needle]) => (localStorage.getItem(key) ?? '').includes(needle), [
    STORAGE_KEY,
    text,
  ] as const);
}
