import { useEffect, useRef } from 'react';
import { selectRendered } from '../../state/derived';
import { cancelSlowRender, renderSlowTemplate } from '../../state/offThread';
import { useAppStore } from '../../state/store';

/**
 * Sends the template the page's thread gave up on (more than SYNC_RENDER_STEPS) to the worker,
 * once per template and input: the answer comes back through the store (`slowRender`). A render
 * nobody waits for any more (the template renders on the page again) is stopped.
 */
export function SlowRenders() {
  const job = useAppStore((s) => selectRendered(s)?.job);
  const latest = useRef(job);
  latest.current = job;
  const key = job?.key;
  useEffect(() => {
    const current = latest.current;
    if (key !== undefined && current) renderSlowTemplate(key, current.template, current.input);
    else cancelSlowRender();
  }, [key]);
  return null;
}
