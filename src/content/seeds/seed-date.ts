/** Why a date string is not a usable publication date, or null when it is one. */
export function dateProblem(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return `"${value}" is not a date in the form YYYY-MM-DD`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year === 0) return `${value} is in year 0, which no calendar has`;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `${value} is not a real calendar date`;
  }
  return null;
}

/** The earliest year a news archive plausibly holds; older dates are more often typos (`0024` for `2024`). */
const EARLIEST_PLAUSIBLE_YEAR = 1800;

/**
 * Why a real date is doubtful as a publication date, or null: before 1800, or more than a
 * year after `today` (ISO). A doubtful date is kept, with a warning: a future date would
 * otherwise sit first in the list without a word.
 */
export function dateDoubt(value: string, today: string): string | null {
  const year = Number(value.slice(0, 4));
  if (year < EARLIEST_PLAUSIBLE_YEAR) return `${value} is before ${EARLIEST_PLAUSIBLE_YEAR}: check the year (the article is kept with this date)`;
  const limit = `${String(Number(today.slice(0, 4)) + 1).padStart(4, '0')}${today.slice(4)}`;
  if (value > limit)
    return `${value} is more than a year after today (${today}): check the year (the article is kept, and sorts first while its date is in the future)`;
  return null;
}
