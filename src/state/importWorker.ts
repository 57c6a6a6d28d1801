/**
 * The import's reading, off the page's thread: a few MB of YAML take the core seconds to read, and
 * the page must stay responsive (and the reading cancellable) meanwhile.
 */
import type { ImportRequest } from './importing';
import { readImport } from './importRead';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, text } = event.data;
  self.postMessage({ id, preview: readImport(text) });
};
