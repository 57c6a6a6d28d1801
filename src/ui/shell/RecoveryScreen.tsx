import { startFresh } from '../../state/session';
import { useAppStore } from '../../state/store';
import { downloadText } from '../output/download';

/** Shown instead of the designer when the saved design cannot be read: rescue it, then start fresh. */
export function RecoveryScreen() {
  const recovery = useAppStore((s) => s.recovery);
  if (!recovery) return null;
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Your saved design could not be opened</h1>
      <p role="alert">{recovery.reason}</p>
      <p>
        Nothing has been deleted. Download the saved data to keep it (
        {recovery.raw.length.toLocaleString('en')} characters), then start fresh. Starting fresh also keeps a
        copy in this browser&apos;s storage.
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => downloadText('integration-studio-saved-data.json', recovery.raw, 'application/json')}
        >
          Download the saved data
        </button>
        <button type="button" className="primary" onClick={startFresh}>
          Start fresh
        </button>
      </div>
    </main>
  );
}
