// Reading data files: a JSON file, in the search worker and in the page where it answers a
// search itself (features/search/search-client.ts) or reads the search directory
// (app/archive.ts); a range of a file sent as it is (an article's record in its pack, a
// search result's row).

export type FetchInit = NonNullable<Parameters<typeof fetch>[1]>;

/** A file's JSON, parsed; a response other than 2xx fails, naming the URL and the status. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return JSON.parse(await response.text()) as T;
}

/** What a host answered for a range of a file: the range itself (206), or the whole file when it ignored the range (200). */
export interface RangeAnswer {
  bytes: Uint8Array<ArrayBuffer>;
  partial: boolean;
}

/**
 * What the host answers for the `length` bytes at `start` of the file at `url`, asked for
 * by a Range request; null when there is no such file (404). Fails as `fetch` does, or on
 * another answer.
 */
export async function fetchRangeAnswer(url: string, start: number, length: number, init: FetchInit = {}): Promise<RangeAnswer | null> {
  const response = await fetch(url, { ...init, headers: { range: `bytes=${start}-${start + length - 1}` } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return { bytes: new Uint8Array(await response.arrayBuffer()), partial: response.status === 206 };
}

/** The range asked for in what a host answered: the answer itself when partial, else taken from the whole file (which must hold it). */
export function rangeIn({ bytes, partial }: RangeAnswer, start: number, length: number, url: string): Uint8Array<ArrayBuffer> {
  if (partial) return bytes;
  if (bytes.byteLength < start + length) throw new Error(`${url} holds ${bytes.byteLength} bytes, not the range at ${start}+${length}`);
  return bytes.subarray(start, start + length);
}

/**
 * The `length` bytes at `start` of the file at `url`, by a Range request (`fetchRangeAnswer`):
 * taken from the whole file when a host or a cache ignores the range. Null when there is no
 * such file; fails as `fetch` does, on another answer, or when the file is too short to hold
 * the range.
 */
export async function fetchRange(url: string, start: number, length: number, init: FetchInit = {}): Promise<Uint8Array<ArrayBuffer> | null> {
  const answer = await fetchRangeAnswer(url, start, length, init);
  return answer && rangeIn(answer, start, length, url);
}
