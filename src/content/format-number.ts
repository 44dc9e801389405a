/**
 * A whole number with thousands separators, as `toLocaleString('en')` writes it, without
 * ICU: the first Intl formatter a page creates costs tens of milliseconds on a slow phone,
 * on the main thread, while the app starts.
 */
export function formatCount(n: number): string {
  const digits = String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+$)/g, ',');
  return n <= -1 ? `-${digits}` : digits;
}
