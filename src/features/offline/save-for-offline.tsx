import { useState } from 'react';
import { formatCount, formatSize } from '../../content/format-number.ts';

interface SaveForOfflineProps {
  count: number;
  bytes: number;
  save: (onProgress: (saved: number, total: number) => void) => Promise<void>;
}

type Progress = { state: 'idle' } | { state: 'saving'; saved: number; total: number } | { state: 'done' } | { state: 'failed' };

/** Offers to keep every article on the device, with progress, for reading with no network. */
export function SaveForOffline({ count, bytes, save }: SaveForOfflineProps) {
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const start = () => {
    setProgress({ state: 'saving', saved: 0, total: count });
    save((saved, total) => setProgress({ state: 'saving', saved, total })).then(
      () => setProgress({ state: 'done' }),
      () => setProgress({ state: 'failed' }),
    );
  };
  return (
    <div className="flex flex-wrap items-center justify-center gap-3">
      {progress.state === 'idle' || progress.state === 'failed' ? (
        <button type="button" onClick={start} className="min-h-11 rounded-full border border-edge px-5 text-sm font-semibold text-ink hover:border-accent">
          {count === 1 ? 'Save the 1 article' : `Save all ${formatCount(count)} articles`} for offline reading ({formatSize(bytes)})
        </button>
      ) : null}
      <p role="status" className="text-sm text-muted">
        {progress.state === 'saving' && `Saving for offline… ${formatCount(progress.saved)} of ${formatCount(progress.total)}`}
        {progress.state === 'done' && 'Every article is saved: the archive reads without a network.'}
        {progress.state === 'failed' && 'Saving stopped (the connection may have dropped). Try again to continue.'}
      </p>
    </div>
  );
}
