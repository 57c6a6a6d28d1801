import { useTeachStore } from './teachStore';

/** The header's entries to the gallery and the advisor. */
export function TeachButtons() {
  const setGalleryOpen = useTeachStore((s) => s.setGalleryOpen);
  const setAdvisorOpen = useTeachStore((s) => s.setAdvisorOpen);
  return (
    <>
      <button type="button" onClick={() => setGalleryOpen(true)} title="Open a curated example design">
        Gallery
      </button>
      <button
        type="button"
        onClick={() => setAdvisorOpen(true)}
        title="Limits, timeouts, CORS and deployment advice for this design"
      >
        Advisor
      </button>
      <span className="header-sep" aria-hidden="true" />
    </>
  );
}
