import { useEffect } from 'react';
import { useAppStore, type Notice } from '../../state/store';

const INFO_MS = 6000;

function NoticeItem({ notice }: { notice: Notice }) {
  const dismiss = useAppStore((s) => s.dismissNotice);
  useEffect(() => {
    if (notice.kind !== 'info') return;
    const timer = setTimeout(() => dismiss(notice.id), INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <li className={`notice notice-${notice.kind}`}>
      <span>{notice.text}</span>
      <button type="button" onClick={() => dismiss(notice.id)} aria-label="Dismiss message">
        ×
      </button>
    </li>
  );
}

/** Messages about loading, saving and sharing. Errors stay until dismissed; the rest fade after a while. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const errors = notices.filter((n) => n.kind === 'error');
  const infos = notices.filter((n) => n.kind !== 'error');
  return (
    <div className="notices">
      <ul role="alert" aria-label="Errors">
        {errors.map((n) => (
          <NoticeItem key={n.id} notice={n} />
        ))}
      </ul>
      <ul role="status" aria-label="Messages">
        {infos.map((n) => (
          <NoticeItem key={n.id} notice={n} />
        ))}
      </ul>
    </div>
  );
}
