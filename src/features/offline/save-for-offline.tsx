import { useState } from 'react';
import { useTranslator } from '../../components/use-translator.ts';

interface SaveForOfflineProps {
  count: number;
  bytes: number;
  save: (onProgress: (saved: number, total: number) => void) => Promise<void>;
}

type Progress = { state: 'idle' } | { state: 'saving'; saved: number; total: number } | { state: 'done' } | { state: 'failed' };

/** Offers to keep every article on the device, with progress, for reading with no network. */
export function SaveForOffline({ count, bytes, save }: SaveForOfflineProps) {
  const t = useTranslator();
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
        <button
          type="button"
          onClick={start}
          className="min-h-11 rounded-3xl border border-edge px-5 py-2 text-sm font-semibold text-balance text-ink hover:border-accent"
        >
          {t.plural('offline.save', count, { size: t.size(bytes) })}
        </button>
      ) : null}
      <p role="status" className="text-sm text-muted">
        {progress.state === 'saving' && t.text('offline.saving', { saved: progress.saved, total: progress.total })}
        {progress.state === 'done' && t.text('offline.done')}
        {progress.state === 'failed' && t.text('offline.failed')}
      </p>
    </div>
  );
}
