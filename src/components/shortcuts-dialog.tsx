import type { Ref } from 'react';
import { SHORTCUTS } from './shortcuts.ts';
import { useTranslator } from './use-translator.ts';

/** The list of keyboard shortcuts, in a modal <dialog> (which traps focus and closes on Esc by itself). */
export function ShortcutsDialog({ ref }: { ref: Ref<HTMLDialogElement> }) {
  const t = useTranslator();
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-heading"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border border-edge bg-paper p-5 text-ink shadow-xl backdrop:bg-black/50"
    >
      <div className="flex items-center justify-between">
        <h2 id="shortcuts-heading" className="font-serif text-xl font-semibold">
          {t.text('shortcuts.title')}
        </h2>
        <form method="dialog">
          <button
            type="submit"
            aria-label={t.text('shortcuts.close')}
            className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full text-xl hover:bg-rule"
          >
            <span aria-hidden="true">×</span>
          </button>
        </form>
      </div>
      {/* Keys in a column of their own, each description beside its key: read across, not across the dialog. */}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 divide-y divide-rule">
        {SHORTCUTS.map(({ keys, description }) => (
          <div key={description} className="col-span-2 grid grid-cols-subgrid items-baseline py-2">
            <dt>
              {keys.map((key) => (
                <kbd key={key} className="rounded border border-rule px-1.5 font-mono text-sm">
                  {key === 'Esc' ? t.text('shortcuts.escKey') : key}
                </kbd>
              ))}
            </dt>
            <dd className="text-sm text-pretty">{t.text(description)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-muted">{t.text('shortcuts.note')}</p>
    </dialog>
  );
}
