import { useEffect, useMemo, useState } from 'react';
import { MAX_FRAGMENT_CHARS, shareUrl } from '../../state/share';
import { useAppStore } from '../../state/store';
import { copyText } from '../output/download';
import { Dialog } from './Dialog';

/** Shows the share link for the current design and copies it to the clipboard on opening. */
export function ShareDialog({ onClose }: { onClose(): void }) {
  const design = useAppStore((s) => s.design);
  const url = useMemo(() => shareUrl(location.href, design), [design]);
  const [status, setStatus] = useState('');
  const copy = async () =>
    setStatus(
      (await copyText(url))
        ? 'Link copied to the clipboard.'
        : 'Copying was refused: select the link and copy it.',
    );
  useEffect(() => {
    void copy();
    // Copy once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Dialog title="Share this design" onClose={onClose}>
      <p>Anyone who opens this link sees this design. It lives entirely in the link: nothing is uploaded.</p>
      <label className="share-link">
        Share link
        <input
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="share-link"
          spellCheck={false}
        />
      </label>
      {url.length - url.indexOf('#') > MAX_FRAGMENT_CHARS ? (
        <p className="tone-error" role="alert">
          This design is too large for a link that opens reliably; share the file from Save instead.
        </p>
      ) : null}
      <p className="dialog-status" role="status">
        {status} <span className="muted">({url.length.toLocaleString('en')} characters)</span>
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={copy}>
          Copy link
        </button>
        <button type="button" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
