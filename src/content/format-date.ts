const formats = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO `YYYY-MM-DD` date for the reader's locale, in UTC so it never shifts a day. */
export function formatDate(iso: string, locale?: string): string {
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${iso}T00:00:00Z`));
}

// Formatters are slow to create: the prerender labels months on thousands of list pages.
const calendarFormats = new Map<string, Intl.DateTimeFormat>();

/** `March 2005` for (`2005`, `03`), `2005` for a year alone, `March` when `withYear` is false; in English, as the list's headings are. */
export function formatMonth(year: string, month?: string, withYear = true): string {
  const options: Intl.DateTimeFormatOptions = { ...(withYear ? { year: 'numeric' } : {}), ...(month ? { month: 'long' } : {}), timeZone: 'UTC' };
  const key = JSON.stringify(options);
  let format = calendarFormats.get(key);
  if (!format) calendarFormats.set(key, (format = new Intl.DateTimeFormat('en', options)));
  return format.format(new Date(`${year}-${month ?? '01'}-01T00:00:00Z`));
}
