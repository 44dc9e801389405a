// The reader's settings on this device, applied to the page as they change.
import { applySettings, DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type ReaderSettings } from '../content/reader/reader-settings.ts';
import { deviceStore } from './device-store.ts';

const store = deviceStore(SETTINGS_KEY, parseSettings, DEFAULT_SETTINGS, (settings) => applySettings(document.documentElement, settings));

/** Changes settings, keeps them on the device and applies them to the page. */
export function updateSettings(change: Partial<ReaderSettings>): void {
  store.write({ ...store.read(), ...change });
}

/** The current settings; the defaults while prerendering and hydrating. */
export const useReaderSettings = store.use;
