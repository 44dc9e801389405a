// The interface's words and formats in the site's language: one translator, made from the
// site's resolved catalog, for the prerender and the browser alike, so the app's first
// render says (and dates) exactly what the prerendered page does, whatever the reader's
// browser language.
import type { Catalog, MessageKey, Plural } from './messages/en.ts';
import { formatDate, formatMonth } from './format-date.ts';
import { formatCount, formatSize } from './format-number.ts';

/** Keys of plain messages, and of messages with plural forms. */
export type TextKey = { [K in MessageKey]: Catalog[K] extends string ? K : never }[MessageKey];
export type PluralKey = Exclude<MessageKey, TextKey>;

type Params = Record<string, string | number>;

/** Languages written from right to left (their primary subtags). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** `rtl` for a language written from right to left, `ltr` otherwise. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  return RTL.has(language.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

export interface Translator {
  language: string;
  dir: 'ltr' | 'rtl';
  /** A message with its placeholders filled (numbers written in the site's language). */
  text(key: TextKey, params?: Params): string;
  /** A plural message for `count`, which fills `{count}`. */
  plural(key: PluralKey, count: number, params?: Params): string;
  /** A message split at its placeholders: text, and `{ name }` where each placeholder goes (for a link or an emphasis). */
  parts(key: TextKey, params?: Params): (string | { name: string })[];
  /** An ISO `YYYY-MM-DD` date, written out. */
  date(iso: string): string;
  /** `March 2005`, `2005`, or `March` alone when `withYear` is false. */
  month(year: string, month?: string, withYear?: boolean): string;
  /** A whole number with the language's separators. */
  count(n: number): string;
  /** A download's size: `840 KB`, `3.2 MB`. */
  size(bytes: number): string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The names of a message's placeholders, in order. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

// English needs no ICU data (the first Intl object a page makes costs a phone tens of
// milliseconds): its plural rule and number format are written here.
const isEnglish = (language: string) => language === 'en' || language === 'en-US';

/** A download's size with the language's own unit names (`840 ko`, `3,2 MB`). */
function sizeIn(language: string, bytes: number): string {
  const kilobytes = Math.round(bytes / 1024);
  const [value, unit, digits] = kilobytes < 1000 ? [Math.max(1, kilobytes), 'kilobyte', 0] : [bytes / 1024 / 1024, 'megabyte', 1];
  return new Intl.NumberFormat(language, { style: 'unit', unit, numberingSystem: 'latn', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    value,
  );
}

/** A translator for `language` from a complete catalog (the site's, overrides included). */
export function createTranslator(language: string, messages: Catalog): Translator {
  const english = isEnglish(language);
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  // Latin digits everywhere: the newsroom's own convention in most Arabic and Hebrew sites,
  // and the same on every engine (ICU versions differ on Arabic's default digits).
  const count = (n: number) =>
    english ? formatCount(n) : (numbers ??= new Intl.NumberFormat(language, { numberingSystem: 'latn', maximumFractionDigits: 1 })).format(n);
  const fill = (text: string, params: Params = {}) =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : typeof value === 'number' ? count(value) : value;
    });
  const category = (n: number) => (english ? (n === 1 ? 'one' : 'other') : (rules ??= new Intl.PluralRules(language)).select(n));
  return {
    language,
    dir: textDirection(language),
    text: (key, params) => fill(messages[key], params),
    plural: (key, n, params) => {
      const forms: Plural = messages[key];
      return fill(forms[category(n) as keyof Plural] ?? forms.other, { ...params, count: n });
    },
    parts: (key, params) => {
      const parts: (string | { name: string })[] = [];
      for (const piece of messages[key].split(/(\{\w+\})/)) {
        const name = /^\{(\w+)\}$/.exec(piece)?.[1];
        const part = name === undefined ? piece : params?.[name] !== undefined ? fill(piece, params) : { name };
        // Text runs join up (a filled placeholder is text), so the parts are as few as the slots allow.
        if (typeof part === 'string' && typeof parts.at(-1) === 'string') parts[parts.length - 1] += part;
        else if (part !== '') parts.push(part);
      }
      return parts;
    },
    date: (iso) => formatDate(iso, language),
    month: (year, month, withYear = true) => formatMonth(year, month, withYear, language),
    count,
    size: (bytes) => (english ? formatSize(bytes) : sizeIn(language, bytes)),
  };
}
