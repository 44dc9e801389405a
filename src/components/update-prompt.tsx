import { useTranslator } from './use-translator.ts';

/** A quiet notice that a new version of the site is ready, with a button to switch to it. */
export function UpdatePrompt({ onReload }: { onReload: () => void }) {
  const t = useTranslator();
  return (
    <div
      role="status"
      className="fixed inset-x-4 bottom-4 z-50 mx-auto flex max-w-md items-center justify-between gap-4 rounded-xl border border-edge bg-paper p-3 ps-4 text-sm shadow-lg"
    >
      <span>{t.text('update.available')}</span>
      <button type="button" onClick={onReload} className="min-h-11 rounded-full bg-accent px-4 font-semibold text-paper">
        {t.text('update.reload')}
      </button>
    </div>
  );
}
