/**
 * The core for the teaching panes (gallery, advisor, suites, verify, linking): the same lazily
 * loaded chunk as the store's output functions (`import('../../core')`), so the first paint does
 * not wait for it.
 */
import { useEffect, useState } from 'react';

import type * as Core from '../../core';

export type TeachCore = typeof Core;

let loading: Promise<TeachCore> | undefined;
let loaded: TeachCore | undefined;

export function loadTeachCore(): Promise<TeachCore> {
  loading ??= import('../../core').then((module) => (loaded = module));
  return loading;
}

/** The core once loaded (undefined for the first render after a cold start). */
export function useTeachCore(): TeachCore | undefined {
  const [core, setCore] = useState<TeachCore | undefined>(loaded);
  useEffect(() => {
    if (core) return;
    let live = true;
    loadTeachCore().then(
      (module) => live && setCore(module),
      () => undefined, // the store reports a failed core load already
    );
    return () => {
      live = false;
    };
  }, [core]);
  return core;
}
