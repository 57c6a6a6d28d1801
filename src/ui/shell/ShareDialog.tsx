import { useEffect, useState } from 'react';
import type { Design } from '../../core';
import { MAX_FRAGMENT_CHARS } from '../../state/shareFormat';
import { useAppStore } from '../../state/store';
import { copyText } from '../output/download';
import { Dialog } from './Dialog';

/** Shows the share link for the current design and copies it to the clipboard on opening. */
export function ShareDialog({ onClose }: { onClose(): void }) {
  const design = useAppStore((s) => s.design);
  const url = useShareUrl(design);
  const [status, setStatus] = useState('');
  const copy = async (link: string) =>
    setStatus(
      (await copyText(link))
        ? 'Link copied to the clipboard.'
        : 'Copying was refused: select the link and copy it.',
    );
  const [copiedOnOpen, setCopiedOnOpen] = useState(false);
  useEffect(() => {
    // Copy once, when the dialog opens and its link is ready.
    if (url === undefined || copiedOnOpen) return;
    setCopiedOnOpen(true);
    void copy(url);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url]);
  // One layout before and after the link is ready, so the focused Close button stays the same element.
  return (
    <Dialog title="Share this design" onClose={onClose}>
      <p>Anyone who opens this link sees this design. It lives entirely in the link: nothing is uploaded.</p>
      <label className="share-link">
        Share link
        <input
          readOnly
          value={url ?? ''}
          placeholder="Preparing the link…"
          onFocus={(e) => e.currentTarget.select()}
          data-testid="share-link"
          spellCheck={false}
        />
      </label>
      {url !== undefined && url.length - url.indexOf('#') > MAX_FRAGMENT_CHARS ? (
        <p className="tone-error" role="alert">
          This design is too large for a link that opens reliably; share the file from Save instead.
        </p>
      ) : null}
      <p className="dialog-status" role="status">
        {url === undefined ? (
          'Preparing the link…'
        ) : (
          <>
            {status} <span className="muted">({url.length.toLocaleString('en')} characters)</span>
          </>
        )}
      </p>
      <div className="dialog-actions">
        <button type="button" disabled={url === undefined} onClick={() => url && void copy(url)}>
          Copy link
        </button>
        <button type="button" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}

/** The link for `design`, once the share codec (./state/share, with fflate) has loaded. */
function useShareUrl(design: Design): string | undefined {
  const [link, setLink] = useState<{ design: Design; url: string }>();
  useEffect(() => {
    let current = true;
    void import('../../state/share').then(({ shareUrl }) => {
      if (current) setLink({ design, url: shareUrl(location.href, design) });
    });
    return () => {
      current = false;
    };
  }, [design]);
  return link?.design === design ? link.url : undefined;
}
