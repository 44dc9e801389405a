/**
 * A whole number with thousands separators, as `toLocaleString('en')` writes it, without
 * ICU: the first Intl formatter a page creates costs tens of milliseconds on a slow phone,
 * on the main thread, while the app starts.
 */
export function formatCount(n: number): string {
  const digits = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+$)/g, ',');
  return n <= -1 ? `-${digits}` : digits;
}

/** A download's size as a reader weighs it: `840 KB`, `3.2 MB` (never `0.0 MB`). */
export function formatSize(bytes: number): string {
  const kilobytes = Math.round(bytes / 1024);
  if (kilobytes < 1000) return `${Math.max(1, kilobytes)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
