// A host in front of a test's site whose connection stalls in the middle of one page: it
// sends the page's HTML up to a marker at once and the rest only when the test says. What a
// slow phone network does to a page, on cue, so what the browser paints from half a page can
// be checked every run rather than when the machine happens to be busy.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StallingHost {
  /** The stalled page's address on this host. */
  url: string;
  /** Sends the rest of the page. */
  release: () => void;
  close: () => Promise<void>;
}

/** Serves `origin`'s files, and `path`'s HTML in two parts: up to the end of `stallAfter`'s first match, then the rest on `release()`. */
export async function stallingHost(origin: string, path: string, stallAfter: RegExp): Promise<StallingHost> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = createServer(async (request, response) => {
    const upstream = await fetch(new URL(request.url ?? '/', origin));
    const type = upstream.headers.get('content-type');
    response.writeHead(upstream.status, type ? { 'content-type': type } : {});
    const body = Buffer.from(await upstream.arrayBuffer());
    if (request.url !== path) return response.end(body);
    const html = body.toString('utf8');
    const found = stallAfter.exec(html);
    if (!found) throw new Error(`${path} has no ${stallAfter.source} to stall after`);
    const cut = found.index + found[0].length;
    response.write(html.slice(0, cut));
    await released;
    response.end(html.slice(cut));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    release,
    close: () => {
      release();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
