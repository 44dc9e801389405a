const formats = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO `YYYY-MM-DD` date for the reader's locale, in UTC so it never shifts a day. */
export function formatDate(iso: string, locale?: string): string {
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${iso}T00:00:00Z`));
}
