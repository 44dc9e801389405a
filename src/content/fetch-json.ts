// Reading a JSON data file: in the search worker, and in the page where it answers a search
// itself (features/search/search-client.ts) or reads the search directory (app/archive.ts).

/** A file's JSON, parsed; a response other than 2xx fails, naming the URL and the status. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return JSON.parse(await response.text()) as T;
}
