// The reader's type and theme choices: what they may be, how they are stored on the device,
// and how they reach the page (as data-* attributes on <html>, which the stylesheet reads).

/** Each setting and its choices, the default first. */
export const SETTING_CHOICES = {
  theme: ['system', 'light', 'sepia', 'dark'],
  size: ['3', '1', '2', '4', '5', '6', '7'],
  measure: ['medium', 'narrow', 'wide'],
  font: ['serif', 'sans'],
  leading: ['normal', 'tight', 'loose'],
} as const;

export type SettingName = keyof typeof SETTING_CHOICES;
export type ReaderSettings = { [K in SettingName]: (typeof SETTING_CHOICES)[K][number] };

export const SETTING_NAMES = Object.keys(SETTING_CHOICES) as SettingName[];
/** The text sizes, smallest first. */
export const TEXT_SIZES: readonly ReaderSettings['size'][] = [...SETTING_CHOICES.size].sort();

export const DEFAULT_SETTINGS = Object.fromEntries(SETTING_NAMES.map((name) => [name, SETTING_CHOICES[name][0]])) as ReaderSettings;

/** The localStorage key the settings live under. */
export const SETTINGS_KEY = 'archive.reader-settings';

/** Settings from whatever was stored: each unknown or missing value falls back to its default. */
export function parseSettings(stored: unknown): ReaderSettings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS } as Record<SettingName, string>;
  for (const name of SETTING_NAMES) {
    const value = record[name];
    if ((SETTING_CHOICES[name] as readonly unknown[]).includes(value)) settings[name] = value as string;
  }
  return settings as ReaderSettings;
}

/** The attribute each setting sets on <html>: `data-<name>`, absent for the default. */
export function settingAttributes(settings: ReaderSettings): Record<`data-${SettingName}`, string | null> {
  return Object.fromEntries(SETTING_NAMES.map((name) => [`data-${name}`, settings[name] === DEFAULT_SETTINGS[name] ? null : settings[name]])) as Record<
    `data-${SettingName}`,
    string | null
  >;
}

/** Sets the settings' attributes on an element (the page's <html>). */
export function applySettings(
  element: { setAttribute(name: string, value: string): void; removeAttribute(name: string): void },
  settings: ReaderSettings,
): void {
  for (const [attribute, value] of Object.entries(settingAttributes(settings))) {
    if (value === null) element.removeAttribute(attribute);
    else element.setAttribute(attribute, value);
  }
}

/**
 * A classic script for the page's <head> that applies the stored settings before the first
 * paint, so no page ever flashes the wrong theme or size. It inlines each setting's name and
 * its choices other than the default (data only: `theme light sepia dark|size 1 2 …`, a third
 * of the JSON's bytes in each of tens of thousands of pages), and the page's
 * Content-Security-Policy allows it by its hash.
 */
export function settingsBootScript(): string {
  const choices = SETTING_NAMES.map((name) => [name, ...SETTING_CHOICES[name].slice(1)].join(' ')).join('|');
  return `(function(){try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_KEY)})),d=document.documentElement;${JSON.stringify(choices)}.split("|").forEach(function(c){c=c.split(" ");if(c.indexOf(s[c[0]])>0)d.setAttribute("data-"+c[0],s[c[0]])})}catch(e){}})();`;
}
