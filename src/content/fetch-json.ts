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

/**
 * The `length` bytes at `start` of the file at `url`, by a Range request: the host's partial
 * answer (206), or the range taken from the whole file when a host or a cache ignores it
 * (200). Null when there is no such file (404); fails as `fetch` does, on another answer, or
 * when the file is too short to hold the range.
 */
export async function fetchRange(url: string, start: number, length: number, init: FetchInit = {}): Promise<Uint8Array<ArrayBuffer> | null> {
  const response = await fetch(url, { ...init, headers: { range: `bytes=${start}-${start + length - 1}` } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (response.status === 206) return bytes;
  if (bytes.byteLength < start + length) throw new Error(`${url} holds ${bytes.byteLength} bytes, not the range at ${start}+${length}`);
  return bytes.subarray(start, start + length);
}
