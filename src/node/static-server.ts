// A static file server that behaves like GitHub Pages: no rewrites, a folder redirects to its
// trailing-slash URL, an address without `.html` is answered by the file with it (as GitHub
// Pages, Netlify and Cloudflare Pages do), an unknown path answers 404 with 404.html, text is sent gzipped to clients that accept it, with the cache rules and
// protections the build's _headers file gives other hosts. It is `npm run preview`, and the
// e2e tests use it so that deep-link bugs cannot hide behind an SPA fallback.
// Usage: tsx src/node/static-server.ts <folder> [--port 4173] [--base /news/]
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2SecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { cacheControlFor, SECURITY_HEADERS } from '../content/publishing/cache-rules.ts';
import { NOT_FOUND_FILE } from '../content/contracts.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  // The seeds' images (build/image-files.ts).
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  // The articles' packs (content/archive/article-pack.ts) and the search's result rows
  // (content/search/search-docs.ts): sent as they are, so a range is of their own bytes.
  '.bin': 'application/octet-stream',
};

/** A stat that treats every failure (missing, a name over the file system's limit, no access) as "no such file". */
function statOf(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
const isFile = (path: string) => statOf(path)?.isFile() ?? false;
const isDir = (path: string) => statOf(path)?.isDirectory() ?? false;

/** The path of a request URL, decoded; null when its percent-encoding is malformed. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** A key and certificate (PEM) to serve over TLS with HTTP/2, as the hosts a site is published to do. */
export interface Tls {
  key: string;
  cert: string;
}

/**
 * Serves `folder` at `http://127.0.0.1:<port><base>` the way a plain static host does (with
 * `tls`, at `https://` over HTTP/2, HTTP/1.1 still offered). A bad request (malformed
 * encoding, a name too long for the file system) gets its own answer and never stops the
 * server: `npm run preview` is a user-facing command.
 */
export function serveStatic(folder: string, port: number, basePath?: string): Promise<Server>;
export function serveStatic(folder: string, port: number, basePath: string, tls: Tls): Promise<Http2SecureServer>;
export function serveStatic(folder: string, port: number, basePath = '/', tls?: Tls): Promise<Server | Http2SecureServer> {
  const root = resolve(folder);
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const handle = (request: IncomingMessage | Http2ServerRequest, response: ServerResponse | Http2ServerResponse) => {
    const headers = (path: string) => ({ 'cache-control': cacheControlFor(path.slice(root.length + 1)), ...SECURITY_HEADERS });
    const send = (status: number, file: string) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && /text|json|xml|svg|javascript/.test(type);
      // One range of a file sent as it is, as the hosts do (an article's record in its pack).
      const size = statOf(file)?.size ?? 0;
      const range = status === 200 && !gzip ? /^bytes=(\d+)-(\d+)$/.exec(String(request.headers.range ?? '')) : null;
      const [start, end] = range ? [Number(range[1]), Math.min(Number(range[2]), size - 1)] : [0, size - 1];
      if (range && start > end) {
        response.writeHead(416, { 'content-range': `bytes */${size}`, ...SECURITY_HEADERS });
        response.end();
        return;
      }
      const stream = createReadStream(file, range ? { start, end } : {});
      stream.once('error', () => response.destroy());
      response.writeHead(range ? 206 : status, {
        'content-type': type,
        vary: 'accept-encoding',
        ...headers(file),
        ...(gzip ? { 'content-encoding': 'gzip' } : { 'accept-ranges': 'bytes' }),
        ...(range ? { 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': String(end - start + 1) } : {}),
      });
      if (gzip) stream.pipe(createGzip()).pipe(response as NodeJS.WritableStream);
      else stream.pipe(response as NodeJS.WritableStream);
    };
    const plain = (status: number, text: string) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      response.end(text);
    };
    const notFound = () => {
      const page = join(root, NOT_FOUND_FILE);
      if (isFile(page)) send(404, page);
      else plain(404, '404 Not Found');
    };
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      return plain(400, '400 Bad Request');
    }
    const pathname = decodedPath(url.pathname);
    if (pathname === null || pathname.includes('\0')) return plain(400, '400 Bad Request: the address is not validly encoded');
    if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound();
    const file = join(root, normalize(pathname.slice(base.length - 1) || '/'));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (isFile(file)) return send(200, file);
    if (!url.pathname.endsWith('/') && isFile(`${file}.html`)) return send(200, `${file}.html`);
    if (isDir(file)) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}`, ...SECURITY_HEADERS });
        response.end();
        return;
      }
      if (isFile(join(file, 'index.html'))) return send(200, join(file, 'index.html'));
    }
    notFound();
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  // A client that drops its connection mid-response must not take the server down either.
  server.on('clientError', (_error: Error, socket: { destroy(): void }) => socket.destroy());
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string', default: '4173' }, base: { type: 'string', default: '/' } },
  });
  const folder = positionals[0] ?? 'dist';
  await serveStatic(folder, Number(values.port), values.base);
  console.log(`serving ${resolve(folder)} at http://127.0.0.1:${values.port}${values.base}`);
}
