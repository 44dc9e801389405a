// The ICU data behind Intl.DateTimeFormat takes 15–25 ms to load on a page's first use, which
// a phone's slower CPU turns into a long task while the page starts. Month names and US
// English dates, the common case, are written from a table instead; other languages use Intl,
// always in the site's language (never the reader's), so the app's dates are the prerender's.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TABLE_LOCALES = new Set(['en', 'en-US']);

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let found = formats.get(key);
  // Latin digits, as the numbers are (see translator.ts); UTC so a date never shifts a day.
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(locale, { ...options, numberingSystem: 'latn', timeZone: 'UTC' })));
  return found;
}

/** Formats an ISO `YYYY-MM-DD` date in `locale` (the site's language), in UTC so it never shifts a day. */
export function formatDate(iso: string, locale = 'en'): string {
  if (TABLE_LOCALES.has(locale)) {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    return `${MONTHS[month - 1]} ${day}, ${year}`;
  }
  return format(locale, { dateStyle: 'long' }).format(new Date(`${iso}T00:00:00Z`));
}

/** `March 2005` for (`2005`, `03`), `2005` for a year alone, `March` when `withYear` is false; in `locale`. */
export function formatMonth(year: string, month?: string, withYear = true, locale = 'en'): string {
  const yearText = String(Number(year));
  if (TABLE_LOCALES.has(locale)) {
    const name = month ? MONTHS[Number(month) - 1] : undefined;
    if (!withYear) return name ?? '';
    return name ? `${name} ${yearText}` : yearText;
  }
  if (!month) return withYear ? yearText : '';
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, 1));
  return format(locale, withYear ? { month: 'long', year: 'numeric' } : { month: 'long' }).format(date);
}
