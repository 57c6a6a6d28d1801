import { acceptPendingExternal, refusePendingExternal } from '../../state/session';
import { useAppStore } from '../../state/store';
import { Dialog } from './Dialog';

/** Another tab of this browser saved a different design: load it, or keep this tab's (and save it). */
export function ExternalChangeDialog() {
  const pending = useAppStore((s) => s.pendingExternal);
  if (!pending) return null;
  return (
    <Dialog title="The design was changed in another tab" onClose={refusePendingExternal}>
      <p>
        Another tab of Integration Studio saved the design{' '}
        <strong>{pending.api.restApiName ?? pending.api.id}</strong>. Both tabs save to the same place in this
        browser, so only one version can be kept there.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={refusePendingExternal}>
          Keep this tab&apos;s design
        </button>
        <button type="button" className="primary" onClick={acceptPendingExternal} data-autofocus>
          Load the other tab&apos;s design
        </button>
      </div>
    </Dialog>
  );
}
