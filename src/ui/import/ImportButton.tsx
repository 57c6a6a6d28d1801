import { lazy, Suspense, useEffect, useState } from 'react';

const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

/** Whether a drag carries files (not text or a link). */
const carriesFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'));

/**
 * The header's "Import" button, and the page as a drop target: a file dropped anywhere on the page
 * opens the import dialog with it (instead of the browser navigating away to the file).
 */
export function ImportButton() {
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | undefined>();

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      const dropped = event.dataTransfer?.files[0];
      if (!dropped || event.defaultPrevented) return;
      event.preventDefault();
      setFile(dropped);
      setOpen(true);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  // Dialog hands focus back to this button when it closes.
  const close = () => {
    setOpen(false);
    setFile(undefined);
  };

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        title="Import a CloudFormation template (cdk synth output too), a SAM template or an OpenAPI document; or drop the file on the page"
      >
        Import
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ImportDialog file={file} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
