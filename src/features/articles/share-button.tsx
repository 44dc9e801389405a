import { useState } from 'react';

interface ShareButtonProps {
  title: string;
  /** The address to share, read when the reader asks (the page's own, in the browser). */
  url: () => string;
}

type Outcome = 'idle' | 'copied' | 'failed';

/** Shares through the device's share sheet where there is one, and copies the link otherwise. */
export function ShareButton({ title, url }: ShareButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const [address, setAddress] = useState('');
  const share = async () => {
    const link = url();
    if (typeof navigator.share === 'function') {
      // A dismissed share sheet rejects: nothing to report.
      await navigator.share({ title, url: link }).catch(() => undefined);
      return;
    }
    setAddress(link);
    try {
      await navigator.clipboard.writeText(link);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 print:hidden">
      <button
        type="button"
        onClick={() => void share()}
        className="inline-flex min-h-11 items-center gap-2 rounded-full border border-rule px-4 text-sm font-semibold hover:border-accent"
      >
        <span aria-hidden="true">↗</span> Share
      </button>
      <span role="status" className="text-sm text-muted">
        {outcome === 'copied' && 'Link copied.'}
        {outcome === 'failed' && 'Copy this link:'}
      </span>
      {outcome === 'failed' && (
        <input
          readOnly
          value={address}
          aria-label="Link to this article"
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 w-full rounded-lg border border-rule bg-field px-3 text-sm sm:w-auto sm:flex-1"
        />
      )}
    </div>
  );
}
