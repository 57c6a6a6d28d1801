import { useRef, type KeyboardEvent } from 'react';
import { LifecycleView } from './LifecycleView';
import { SuitePanel } from './SuitePanel';
import { useTeachStore, type TeachTab } from './teachStore';
import { VerifyPanel } from './VerifyPanel';

const TABS: Array<{ id: TeachTab; label: string }> = [
  { id: 'lifecycle', label: 'Lifecycle' },
  { id: 'suite', label: 'Sample suite' },
  { id: 'verify', label: 'Verify on AWS' },
];

/** The selected method's request lifecycle, its sample suite and "verify on AWS", as tabs. */
export function LifecyclePanel({ methodIndex }: { methodIndex: number }) {
  const tab = useTeachStore((s) => s.tab);
  const setTab = useTeachStore((s) => s.setTab);
  const refs = useRef(new Map<TeachTab, HTMLButtonElement>());
  const onKey = (event: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const to =
      event.key === 'ArrowRight'
        ? (at + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (at + TABS.length - 1) % TABS.length
          : -1;
    if (to < 0) return;
    event.preventDefault();
    setTab(TABS[to].id);
    refs.current.get(TABS[to].id)?.focus();
  };
  return (
    <section className="teach-panel" aria-label="Request lifecycle, sample suite and verification">
      <div role="tablist" aria-label="Teach" className="teach-tabs" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
            }}
            type="button"
            role="tab"
            id={`teach-tab-${t.id}`}
            aria-selected={t.id === tab}
            aria-controls="teach-tabpanel"
            tabIndex={t.id === tab ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="teach-tabpanel"
        aria-labelledby={`teach-tab-${tab}`}
        className="teach-tabpanel"
      >
        {tab === 'lifecycle' ? (
          <LifecycleView methodIndex={methodIndex} />
        ) : tab === 'suite' ? (
          <SuitePanel methodIndex={methodIndex} />
        ) : (
          <VerifyPanel methodIndex={methodIndex} />
        )}
      </div>
    </section>
  );
}
