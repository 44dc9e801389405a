// A static file server that behaves like GitHub Pages or nginx with default settings: no
// rewrites, a folder redirects to its trailing-slash URL, an unknown path answers 404 with
// 404.html, and text is sent gzipped to clients that accept it. The e2e tests use it so that deep-link bugs cannot hide behind an SPA
// fallback. Usage: tsx tests/e2e/static-server.ts <folder> [--port 4173] [--base /news/]
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
const isDir = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** Serves `folder` at `http://127.0.0.1:<port><base>` the way a plain static host does. */
export function serveStatic(folder: string, port: number, basePath = '/'): Promise<Server> {
  const root = resolve(folder);
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, file: string) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && /text|json|xml|svg|javascript/.test(type);
      response.writeHead(status, { 'content-type': type, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      const stream = createReadStream(file);
      if (gzip) stream.pipe(createGzip()).pipe(response);
      else stream.pipe(response);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (isFile(page)) send(404, page);
      else response.writeHead(404, { 'content-type': 'text/plain' }).end('404 Not Found');
    };
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound();
    const file = join(root, normalize(pathname.slice(base.length - 1) || '/'));
    if (!file.startsWith(root)) return notFound();
    if (isFile(file)) return send(200, file);
    if (isDir(file)) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      if (isFile(join(file, 'index.html'))) return send(200, join(file, 'index.html'));
    }
    notFound();
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '4173' }, base: { type: 'string', default: '/' } } });
  const folder = positionals[0] ?? 'dist';
  await serveStatic(folder, Number(values.port), values.base);
  console.log(`serving ${resolve(folder)} at http://127.0.0.1:${values.port}${values.base}`);
}
