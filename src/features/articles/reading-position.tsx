import type { RefCallback } from 'react';
import { useLive } from '../../components/use-live.ts';
import { useTranslator } from '../../components/use-translator.ts';

/**
 * The bar across the top of the screen that fills as the reader reads. Only the running app
 * moves it, so no prerendered page carries it (fixed to the top, it moves nothing when it comes).
 */
export function ProgressBar({ barRef }: { barRef: RefCallback<HTMLDivElement> }) {
  const t = useTranslator();
  if (!useLive()) return null;
  return <div ref={barRef} role="progressbar" aria-label={t.text('reader.progress')} aria-valuemin={0} aria-valuemax={100} className="reading-progress" />;
}

/** Says the article opened where the reader left it, with the way back to its start. */
export function ResumedNotice({ onStartOver }: { onStartOver: () => void }) {
  const t = useTranslator();
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-md items-center justify-between gap-3 rounded-xl border border-edge bg-paper p-2 ps-4 text-sm shadow-lg print:hidden"
    >
      <span>{t.text('reader.resumed')}</span>
      <button type="button" onClick={onStartOver} className="min-h-11 rounded-full px-3 font-semibold text-accent hover:bg-rule">
        {t.text('reader.startOver')}
      </button>
    </div>
  );
}
