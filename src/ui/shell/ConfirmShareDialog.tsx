import { designFileText } from '../../state/persistence';
import { acceptPendingShare, refusePendingShare } from '../../state/session';
import { useAppStore } from '../../state/store';
import { downloadText } from '../output/download';
import { Dialog } from './Dialog';

/** "Open this shared design?" when a link would replace the user's own work. */
export function ConfirmShareDialog() {
  const pending = useAppStore((s) => s.pendingShare);
  if (!pending) return null;
  return <ConfirmShare pending={pending} />;
}

function ConfirmShare({
  pending,
}: {
  pending: NonNullable<ReturnType<typeof useAppStore.getState>['pendingShare']>;
}) {
  const design = useAppStore((s) => s.design);
  return (
    <Dialog title="Open this shared design?" onClose={refusePendingShare}>
      <p>
        The link contains the design <strong>{pending.api.restApiName ?? pending.api.id}</strong> (
        {pending.methods.length} method{pending.methods.length === 1 ? '' : 's'}). Opening it replaces the
        design you are working on, <strong>{design.api.restApiName ?? design.api.id}</strong>; Undo brings
        yours back.
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() =>
            downloadText(`${design.stack.id}.design.json`, designFileText(design), 'application/json')
          }
        >
          Download my design first
        </button>
        <button type="button" onClick={refusePendingShare}>
          Keep my design
        </button>
        <button type="button" className="primary" onClick={acceptPendingShare} data-autofocus>
          Open shared design
        </button>
      </div>
    </Dialog>
  );
}
