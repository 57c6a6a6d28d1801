import { useEffect, useState } from 'react';
import './interop.css';

/** Output tabs of the interop exports, and which list of things that export cannot carry. */
export const INTEROP_TABS: Readonly<Record<string, 'openapi' | 'sam'>> = {
  'openapi-json': 'openapi',
  'openapi-yaml': 'openapi',
  'sam-yaml': 'sam',
};

const FORMAT_NAMES = { openapi: 'OpenAPI', sam: 'SAM' } as const;

interface NotCarried {
  openapi: readonly string[];
  sam: readonly string[];
}

let cached: NotCarried | undefined;

/**
 * What an OpenAPI or SAM export cannot carry of the design (the core's OPENAPI_NOT_CARRIED and
 * SAM_NOT_CARRIED), beside the exported file. The lists come from the core's output chunk, which
 * the output pane has loaded already.
 */
export function InteropNotes({ format }: { format: 'openapi' | 'sam' }) {
  const [lists, setLists] = useState<NotCarried | undefined>(cached);
  useEffect(() => {
    if (cached) return;
    let live = true;
    import('../../core').then(
      (core) => {
        cached = { openapi: core.OPENAPI_NOT_CARRIED, sam: core.SAM_NOT_CARRIED };
        if (live) setLists(cached);
      },
      () => undefined, // the output pane already reports a core that failed to load
    );
    return () => {
      live = false;
    };
  }, []);
  if (!lists) return null;
  const items = lists[format];
  return (
    <details className="output-note interop-notes">
      <summary>
        What {FORMAT_NAMES[format]} cannot carry of the design ({items.length}): importing this file back
        loses it
      </summary>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </details>
  );
}
