// The ICU data behind Intl.DateTimeFormat takes 15–25 ms to load on a page's first use, which
// a phone's slower CPU turns into a long task while the page starts. Month names and US
// English dates, the common case, are written from a table instead; other locales use Intl.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TABLE_LOCALES = new Set(['en', 'en-US']);

const formats = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO `YYYY-MM-DD` date for the reader's locale, in UTC so it never shifts a day. */
export function formatDate(iso: string, locale?: string): string {
  if (locale !== undefined && TABLE_LOCALES.has(locale)) {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    return `${MONTHS[month - 1]} ${day}, ${year}`;
  }
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** `March 2005` for (`2005`, `03`), `2005` for a year alone, `March` when `withYear` is false; in English, as the list's headings are. */
export function formatMonth(year: string, month?: string, withYear = true): string {
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  const yearText = String(Number(year));
  if (!withYear) return name ?? '';
  return name ? `${name} ${yearText}` : yearText;
}
