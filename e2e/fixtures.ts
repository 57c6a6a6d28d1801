import { test as base, expect } from '@playwright/test';

/**
 * Every test runs offline: requests to any origin but the local server are aborted and recorded,
 * and the test fails if there was one (checked after the test body, so it is reported even when
 * the test failed earlier). Also fails on uncaught page errors and on any alert/confirm/prompt.
 */
export const test = base.extend<{ offlineGuard: void; galleryOnFirstVisit: boolean }>({
  /**
   * The scenario gallery opens by itself on a first visit (src/ui/teach). Tests start as a visitor
   * who has seen it, unless they ask for a first visit with `test.use({ galleryOnFirstVisit: true })`.
   */
  galleryOnFirstVisit: [false, { option: true }],
  offlineGuard: [
    async ({ context, page, galleryOnFirstVisit }, use) => {
      if (!galleryOnFirstVisit) {
        await context.addInitScript(() => {
          try {
            localStorage.setItem('integration-studio:gallery-seen', '1');
          } catch {
            // about:blank and other opaque origins have no storage.
          }
        });
      }
      const foreign: string[] = [];
      const pageErrors: string[] = [];
      const dialogs: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (
          url.hostname === '127.0.0.1' ||
          url.hostname === 'localhost' ||
          url.protocol === 'data:' ||
          url.protocol === 'blob:'
        ) {
          return route.continue();
        }
        foreign.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      // The app never uses alert/confirm/prompt: one appearing means injected script ran.
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await use();
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(dialogs, 'browser dialogs opened by the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
