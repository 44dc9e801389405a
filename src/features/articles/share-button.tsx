import { useState } from 'react';
import { useTranslator } from '../../components/use-translator.ts';

interface ShareButtonProps {
  title: string;
  /** The address to share, read when the reader asks (the page's own, in the browser). */
  url: () => string;
}

type Outcome = 'idle' | 'copied' | 'failed';

/** Shares through the device's share sheet where there is one, and copies the link otherwise. */
export function ShareButton({ title, url }: ShareButtonProps) {
  const t = useTranslator();
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
    <div className="share-row">
      <button type="button" onClick={() => void share()} className="share-toggle">
        {/* Out of the page, up and towards the start: mirrored in a right-to-left page, as the mark of an outside link is. */}
        <span aria-hidden="true" className="flip-rtl">
          ↗
        </span>
        {/* On a phone the arrow alone, beside the date: its name is still "Share". */}
        <span className="max-sm:sr-only">{t.text('share.button')}</span>
      </button>
      <span role="status" className="share-status">
        {outcome === 'copied' && t.text('share.copied')}
        {outcome === 'failed' && t.text('share.copyThis')}
      </span>
      {outcome === 'failed' && (
        <input
          readOnly
          value={address}
          aria-label={t.text('share.link')}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 w-full rounded-lg border border-edge bg-field px-3 text-sm sm:w-auto sm:flex-1"
        />
      )}
    </div>
  );
}
