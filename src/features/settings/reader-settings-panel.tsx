import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslator } from '../../components/use-translator.ts';
import { TEXT_SIZES, type ReaderSettings, type SettingName } from '../../content/reader/reader-settings.ts';
import type { TextKey } from '../../content/publishing/translator.ts';

interface PanelProps {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
}

// Each setting's name and its choices' names are messages (src/content/publishing/messages/en.ts).
const CHOICES: { name: Exclude<SettingName, 'size'>; legend: TextKey; options: [string, TextKey][] }[] = [
  {
    name: 'theme',
    legend: 'settings.theme',
    options: [
      ['system', 'settings.system'],
      ['light', 'settings.light'],
      ['sepia', 'settings.sepia'],
      ['dark', 'settings.dark'],
    ],
  },
  {
    name: 'font',
    legend: 'settings.font',
    options: [
      ['serif', 'settings.serif'],
      ['sans', 'settings.sans'],
    ],
  },
  {
    name: 'measure',
    legend: 'settings.width',
    options: [
      ['narrow', 'settings.narrow'],
      ['medium', 'settings.medium'],
      ['wide', 'settings.wide'],
    ],
  },
  {
    name: 'leading',
    legend: 'settings.spacing',
    options: [
      ['tight', 'settings.tight'],
      ['normal', 'settings.normal'],
      ['loose', 'settings.loose'],
    ],
  },
];

const pill =
  'inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-full border border-edge px-2 text-sm sm:px-3 has-checked:border-ink has-checked:bg-ink has-checked:font-semibold has-checked:text-paper has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent';
// One row per setting, its name beside its choices, so the whole panel stays a small part of
// a phone's screen and the text being adjusted stays in view above it.
const row = 'flex items-center gap-x-2';
const label = 'w-16 shrink-0 text-sm font-semibold sm:w-20';

/** Type and theme controls; every change applies at once and is kept on this device. */
export function ReaderSettingsPanel({ settings, onChange }: PanelProps) {
  const t = useTranslator();
  const size = TEXT_SIZES.indexOf(settings.size);
  const step = (by: number) => onChange({ size: TEXT_SIZES[size + by] });
  return (
    <div className="space-y-1.5">
      <div role="group" aria-labelledby="text-size-label" className={row}>
        <p id="text-size-label" className={label}>
          {t.text('settings.size')}
        </p>
        {/* A− and A+ are Latin symbols: left to right even on a right-to-left page, where the sign would otherwise lead. */}
        <button type="button" className={pill} onClick={() => step(-1)} disabled={size === 0} aria-label={t.text('settings.smaller')}>
          <span aria-hidden="true" dir="ltr" className="text-xs">
            A−
          </span>
        </button>
        <output aria-live="polite" className="min-w-20 text-center text-sm">
          {t.text('settings.sizeOf', { size: size + 1, count: TEXT_SIZES.length })}
        </output>
        <button type="button" className={pill} onClick={() => step(1)} disabled={size === TEXT_SIZES.length - 1} aria-label={t.text('settings.larger')}>
          <span aria-hidden="true" dir="ltr" className="text-lg">
            A+
          </span>
        </button>
      </div>
      {CHOICES.map(({ name, legend, options }) => (
        <fieldset key={name} className={row}>
          {/* A floated legend sits in the row like any other element (a rendered legend would sit on the border). */}
          <legend className={`float-start ${label}`}>{t.text(legend)}</legend>
          <div className="flex flex-wrap gap-1.5">
            {options.map(([value, text]) => (
              <label key={value} className={pill}>
                <input
                  type="radio"
                  name={`reader-${name}`}
                  value={value}
                  checked={settings[name] === value}
                  onChange={() => onChange({ [name]: value })}
                  className="sr-only"
                />
                {t.text(text)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}

/**
 * The "Aa" button and the panel it opens: a non-modal popover that Esc, the close button
 * or a click elsewhere closes, handing focus back to the button.
 */
export function ReaderSettingsButton({ settings, onChange }: PanelProps) {
  const t = useTranslator();
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    // Into the panel, at the current theme: the choice most often changed.
    panel.current?.querySelector<HTMLElement>('input[name="reader-theme"]:checked')?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    // Esc closes it wherever focus is (a button that just became disabled drops focus).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close(true);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => (open ? close(true) : setOpen(true))}
        className="settings-toggle"
      >
        <span aria-hidden="true">Aa</span>
        <span className="sr-only">{t.text('settings.title')}</span>
      </button>
      {open && (
        <Popover id={id} panelRef={panel} onClose={() => close(true)}>
          <ReaderSettingsPanel settings={settings} onChange={onChange} />
        </Popover>
      )}
    </div>
  );
}

function Popover({
  id,
  panelRef,
  onClose,
  children,
}: {
  id: string;
  panelRef: React.RefObject<HTMLDivElement | null>;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useTranslator();
  return (
    <div
      ref={panelRef}
      id={id}
      role="dialog"
      aria-label={t.text('settings.title')}
      className="fixed inset-x-0 bottom-0 z-50 max-h-[50dvh] overflow-y-auto rounded-t-2xl border-t border-edge bg-paper px-3 pt-1 pb-[max(0.75rem,env(safe-area-inset-bottom))] text-ink shadow-[0_-8px_24px_rgb(0_0_0/0.15)] sm:absolute sm:inset-x-auto sm:end-0 sm:bottom-auto sm:top-full sm:mt-2 sm:w-[27rem] sm:rounded-2xl sm:border sm:p-4 sm:shadow-xl print:hidden"
    >
      {/* On a phone, a sheet along the bottom edge: the text being adjusted stays in view above it. */}
      <div className="flex items-center justify-between sm:mb-2">
        <h2 className="font-serif text-lg font-semibold max-sm:sr-only">{t.text('settings.title')}</h2>
        <button
          type="button"
          onClick={onClose}
          className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full text-xl hover:bg-rule max-sm:absolute max-sm:end-2 max-sm:top-1"
          aria-label={t.text('settings.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </div>
  );
}
