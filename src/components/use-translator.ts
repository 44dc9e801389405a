import type { Translator } from '../content/publishing/translator.ts';

/** The site's translator, set once (app/archive.ts) before anything renders: the prerender and the browser use the same one. */
let active: Translator | null = null;

/** Sets the site's translator, once, before anything renders. */
export function setTranslator(translator: Translator): void {
  active = translator;
}

/** The interface's words, dates and numbers in the site's language (never the reader's browser language, so hydration matches). */
export function useTranslator(): Translator {
  if (!active) throw new Error('The translator is not set: app/archive.ts sets it before the app renders.');
  return active;
}
