import type { RefObject } from 'react';

/** The bar across the top of the screen that fills as the reader reads. */
export function ProgressBar({ barRef }: { barRef: RefObject<HTMLDivElement | null> }) {
  return (
    <div
      ref={barRef}
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      className="fixed inset-x-0 top-0 z-50 h-1 origin-left scale-x-0 bg-accent print:hidden"
    />
  );
}

/** Says the article opened where the reader left it, with the way back to its start. */
export function ResumedNotice({ onStartOver }: { onStartOver: () => void }) {
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-md items-center justify-between gap-3 rounded-xl border border-edge bg-paper p-2 pl-4 text-sm shadow-lg print:hidden"
    >
      <span>Continuing where you left off.</span>
      <button type="button" onClick={onStartOver} className="min-h-11 rounded-full px-3 font-semibold text-accent hover:bg-rule">
        Start from the top
      </button>
    </div>
  );
}
