import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { TEXT_SIZES, type ReaderSettings, type SettingName } from '../../content/reader-settings.ts';

interface PanelProps {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
}

const CHOICES: { name: Exclude<SettingName, 'size'>; legend: string; options: [string, string][] }[] = [
  { name: 'theme', legend: 'Theme', options: [['system', 'System'], ['light', 'Light'], ['sepia', 'Sepia'], ['dark', 'Dark']] },
  { name: 'font', legend: 'Font', options: [['serif', 'Serif'], ['sans', 'Sans-serif']] },
  { name: 'measure', legend: 'Line width', options: [['narrow', 'Narrow'], ['medium', 'Medium'], ['wide', 'Wide']] },
  { name: 'leading', legend: 'Line spacing', options: [['tight', 'Tight'], ['normal', 'Normal'], ['loose', 'Loose']] },
];

const pill =
  'inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-full border border-rule px-3 text-sm has-checked:border-ink has-checked:bg-ink has-checked:font-semibold has-checked:text-paper has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent';

/** Type and theme controls; every change applies at once and is kept on this device. */
export function ReaderSettingsPanel({ settings, onChange }: PanelProps) {
  const size = TEXT_SIZES.indexOf(settings.size);
  const step = (by: number) => onChange({ size: TEXT_SIZES[size + by] });
  return (
    <div className="space-y-4">
      <div>
        <p id="text-size-label" className="text-sm font-semibold">
          Text size
        </p>
        <div role="group" aria-labelledby="text-size-label" className="mt-1 flex items-center gap-2">
          <button type="button" className={pill} onClick={() => step(-1)} disabled={size === 0} aria-label="Smaller text">
            <span aria-hidden="true" className="text-xs">
              A−
            </span>
          </button>
          <output aria-live="polite" className="min-w-20 text-center text-sm">
            Size {size + 1} of {TEXT_SIZES.length}
          </output>
          <button type="button" className={pill} onClick={() => step(1)} disabled={size === TEXT_SIZES.length - 1} aria-label="Larger text">
            <span aria-hidden="true" className="text-lg">
              A+
            </span>
          </button>
        </div>
      </div>
      {CHOICES.map(({ name, legend, options }) => (
        <fieldset key={name}>
          <legend className="text-sm font-semibold">{legend}</legend>
          <div className="mt-1 flex flex-wrap gap-2">
            {options.map(([value, label]) => (
              <label key={value} className={pill}>
                <input
                  type="radio"
                  name={`reader-${name}`}
                  value={value}
                  checked={settings[name] === value}
                  onChange={() => onChange({ [name]: value })}
                  className="sr-only"
                />
                {label}
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
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-rule font-serif text-lg text-ink hover:border-accent"
      >
        <span aria-hidden="true">Aa</span>
        <span className="sr-only">Reading settings</span>
      </button>
      {open && (
        <Popover id={id} panelRef={panel} onClose={() => close(true)}>
          <ReaderSettingsPanel settings={settings} onChange={onChange} />
        </Popover>
      )}
    </div>
  );
}

function Popover({ id, panelRef, onClose, children }: { id: string; panelRef: React.RefObject<HTMLDivElement | null>; onClose: () => void; children: ReactNode }) {
  return (
    <div
      ref={panelRef}
      id={id}
      role="dialog"
      aria-label="Reading settings"
      className="absolute right-0 top-full z-50 mt-2 w-[min(22rem,calc(100vw-2rem))] rounded-2xl border border-rule bg-paper p-4 text-ink shadow-xl print:hidden"
    >
      <div className="mb-3 flex items-center justify-between">
        <h2 className="font-serif text-lg font-semibold">Reading settings</h2>
        <button type="button" onClick={onClose} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full text-xl hover:bg-rule" aria-label="Close reading settings">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {children}
    </div>
  );
}
