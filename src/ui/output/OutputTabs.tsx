import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { OUTPUT_TABS, type OutputTab } from '../../state/store';

/**
 * The output tabs in groups with short visible labels: each tab's accessible name stays the full
 * one of OUTPUT_TABS ("CDK TypeScript"), and contains the visible text (WCAG 2.5.3, label in name).
 */
export const TAB_GROUPS: ReadonlyArray<{
  label: string;
  tabs: ReadonlyArray<{ id: OutputTab; short: string }>;
}> = [
  {
    label: 'CDK',
    tabs: [
      { id: 'cdk-typescript', short: 'TypeScript' },
      { id: 'cdk-python', short: 'Python' },
      { id: 'cdk-java', short: 'Java' },
      { id: 'cdk-csharp', short: 'C#' },
      { id: 'cdk-go', short: 'Go' },
    ],
  },
  {
    label: 'CloudFormation',
    tabs: [
      { id: 'cloudformation-json', short: 'JSON' },
      { id: 'cloudformation-yaml', short: 'YAML' },
    ],
  },
  {
    label: 'OpenAPI · SAM',
    tabs: [
      { id: 'openapi-json', short: 'JSON' },
      { id: 'openapi-yaml', short: 'YAML' },
      { id: 'sam-yaml', short: 'SAM' },
    ],
  },
  {
    label: 'Test',
    tabs: [
      { id: 'rendered', short: 'Rendered' },
      { id: 'simulation', short: 'Simulation' },
      { id: 'lambda-event', short: 'Lambda event' },
    ],
  },
];

const LABEL = new Map<OutputTab, string>(OUTPUT_TABS.map((t) => [t.id, t.label]));
const ORDER: readonly OutputTab[] = OUTPUT_TABS.map((t) => t.id);

/** Which way the strip can still scroll. */
interface Overflow {
  before: boolean;
  after: boolean;
}

/**
 * One row of tabs that scrolls sideways when the pane is narrow, with buttons at the ends for
 * pointer users (keyboard users move with the arrow keys: the WAI-ARIA tabs pattern, one tab
 * stop, the focused tab scrolled into view).
 */
export function OutputTabs({ active, onSelect }: { active: OutputTab; onSelect(tab: OutputTab): void }) {
  const strip = useRef<HTMLDivElement>(null);
  const tabRefs = useRef(new Map<OutputTab, HTMLButtonElement>());
  const [overflow, setOverflow] = useState<Overflow>({ before: false, after: false });

  const measure = useCallback(() => {
    const el = strip.current;
    if (!el) return;
    // Whether the first group's start and the last group's end are in view (the strip's own
    // padding is not something to scroll to).
    const box = el.getBoundingClientRect();
    const before = (el.firstElementChild?.getBoundingClientRect().left ?? box.left) < box.left - 1;
    const after = (el.lastElementChild?.getBoundingClientRect().right ?? box.right) > box.right + 1;
    setOverflow((o) => (o.before === before && o.after === after ? o : { before, after }));
  }, []);

  useLayoutEffect(() => {
    const el = strip.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  // The chosen tab is always in view (a restored preference, a click near the edge, arrow keys).
  useEffect(() => {
    tabRefs.current.get(active)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = ORDER.indexOf(active);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % ORDER.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + ORDER.length) % ORDER.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? ORDER.length - 1
              : undefined;
    if (to === undefined) return;
    event.preventDefault();
    onSelect(ORDER[to]);
    tabRefs.current.get(ORDER[to])?.focus();
  };

  const scrollBy = (direction: 1 | -1) => {
    const el = strip.current;
    if (el) el.scrollBy({ left: direction * el.clientWidth * 0.75, behavior: 'smooth' });
  };

  return (
    <div className="output-tabs-bar">
      {overflow.before ? (
        <button
          type="button"
          className="output-tabs-scroll before"
          tabIndex={-1}
          aria-label="Show earlier output tabs"
          onClick={() => scrollBy(-1)}
        >
          <span aria-hidden="true">‹</span>
        </button>
      ) : null}
      <div
        ref={strip}
        role="tablist"
        aria-label="Output"
        className={
          'output-tabs' + (overflow.before ? ' fade-before' : '') + (overflow.after ? ' fade-after' : '')
        }
        onKeyDown={onKeyDown}
        onScroll={measure}
        onWheel={(event) => {
          // A mouse wheel has no sideways axis: its vertical turns scroll the strip.
          if (event.deltaX === 0 && event.deltaY !== 0) event.currentTarget.scrollLeft += event.deltaY;
        }}
      >
        {TAB_GROUPS.map((group) => (
          <div key={group.label} className="output-tab-group">
            <span className="output-tab-group-label" aria-hidden="true">
              {group.label}
            </span>
            {group.tabs.map((t) => (
              <button
                key={t.id}
                ref={(el) => {
                  if (el) tabRefs.current.set(t.id, el);
                  else tabRefs.current.delete(t.id);
                }}
                type="button"
                role="tab"
                id={`output-tab-${t.id}`}
                aria-label={LABEL.get(t.id)}
                aria-selected={t.id === active}
                aria-controls="output-panel"
                tabIndex={t.id === active ? 0 : -1}
                className="output-tab"
                onClick={() => onSelect(t.id)}
              >
                {t.short}
              </button>
            ))}
          </div>
        ))}
      </div>
      {overflow.after ? (
        <button
          type="button"
          className="output-tabs-scroll after"
          tabIndex={-1}
          aria-label="Show more output tabs"
          onClick={() => scrollBy(1)}
        >
          <span aria-hidden="true">›</span>
        </button>
      ) : null}
    </div>
  );
}
