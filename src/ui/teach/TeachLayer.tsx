import { useEffect } from 'react';
import { exampleDesign } from '../../state/example';
import { isShareFragment } from '../../state/shareFormat';
import { useAppStore } from '../../state/store';
import { AdvisorDialog } from './AdvisorDialog';
import { GalleryDialog } from './GalleryDialog';
import { gallerySeen, useTeachStore } from './teachStore';
import './teach.css';

/**
 * The teaching parts that sit over the shell: the gallery (opened by itself on a first visit, when
 * the app shows its built-in example rather than a restored or shared design), the advisor, and the
 * tracking of the focused form field for field ↔ output linking.
 */
export function TeachLayer() {
  const galleryOpen = useTeachStore((s) => s.galleryOpen);
  const advisorOpen = useTeachStore((s) => s.advisorOpen);

  useEffect(() => {
    const teach = useTeachStore.getState();
    const { design } = useAppStore.getState();
    if (!teach.baseline) teach.openedScenario(undefined, design);
    const firstVisit =
      !gallerySeen() &&
      JSON.stringify(design) === JSON.stringify(exampleDesign()) &&
      !useAppStore.getState().recovery &&
      // A shared link is still being opened (its fragment is cleared once read).
      !isShareFragment(location.hash);
    if (firstVisit) teach.setGalleryOpen(true);
  }, []);

  useEffect(() => {
    // Field ↔ output linking: the focused control's design path (every form control carries data-path).
    const onFocus = (event: FocusEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const holder = target?.closest<HTMLElement>('.centre [data-path]');
      if (holder?.dataset.path) useTeachStore.getState().setLinkedPath(holder.dataset.path);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  return (
    <>
      {galleryOpen ? <GalleryDialog /> : null}
      {advisorOpen ? <AdvisorDialog /> : null}
    </>
  );
}
