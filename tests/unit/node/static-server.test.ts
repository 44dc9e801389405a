import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../src/node/static-server.ts';

// `npm run preview`: one bad request must get an answer, never stop the server.
describe('the preview server', () => {
  let origin = '';
  let close = () => {};
  let root = '';
  beforeAll(async () => {
    mkdirSync('.tmp', { recursive: true });
    root = mkdtempSync(join('.tmp', 'preview-'));
    mkdirSync(join(root, 'articles', 'abc'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<p>home</p>');
    writeFileSync(join(root, '404.html'), '<p>not here</p>');
    writeFileSync(join(root, 'articles', 'abc', 'index.html'), '<p>article</p>');
    writeFileSync(join(root, 'articles', 'def.html'), '<p>a page as a file</p>');
    writeFileSync(join(root, 'articles', '0.bin'), Buffer.from('0123456789'));
    const server = await serveStatic(root, 0, '/news/');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => {
    close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers 400 to a malformed percent-encoding and keeps serving', async () => {
    const bad = await fetch(`${origin}/news/%E0%A4%A`);
    expect(bad.status).toBe(400);
    const good = await fetch(`${origin}/news/`);
    expect(good.status).toBe(200);
    expect(await good.text()).toBe('<p>home</p>');
  });

  it('answers 404 to a path segment longer than a file name can be and keeps serving', async () => {
    const long = await fetch(`${origin}/news/${'a'.repeat(300)}/${'日本語'.repeat(40)}`);
    expect(long.status).toBe(404);
    expect(await long.text()).toBe('<p>not here</p>');
    expect((await fetch(`${origin}/news/articles/abc/`)).status).toBe(200);
  });

  it('redirects a folder to its trailing slash and never serves outside its folder', async () => {
    const folder = await fetch(`${origin}/news/articles/abc`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/news/articles/abc/');
    expect((await fetch(`${origin}/news/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`${origin}/news/%00`)).status).toBe(400);
  });

  it('answers an address without .html with the file that has it, as GitHub Pages does, and nothing under its slash', async () => {
    const page = await fetch(`${origin}/news/articles/def`, { redirect: 'manual' });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<p>a page as a file</p>');
    expect((await fetch(`${origin}/news/articles/def/`)).status).toBe(404);
  });

  it('answers a range of a pack with those bytes alone, as they are, and a range past its end with 416', async () => {
    const range = await fetch(`${origin}/news/articles/0.bin`, { headers: { range: 'bytes=3-5', 'accept-encoding': 'gzip' } });
    expect(range.status).toBe(206);
    expect(range.headers.get('content-range')).toBe('bytes 3-5/10');
    expect(range.headers.get('content-encoding')).toBeNull();
    expect(await range.text()).toBe('345');
    const whole = await fetch(`${origin}/news/articles/0.bin`);
    expect([whole.status, whole.headers.get('accept-ranges'), await whole.text()]).toEqual([200, 'bytes', '0123456789']);
    expect((await fetch(`${origin}/news/articles/0.bin`, { headers: { range: 'bytes=20-30' } })).status).toBe(416);
  });

  it('sends the protections and cache rules a host would', async () => {
    const page = await fetch(`${origin}/news/`);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });
});

// The benchmarks serve a build over HTTP/2, as the hosts it is published to do.
describe('the static server over TLS', () => {
  it('answers HTTP/2 requests, gzipped, with the same rules', async () => {
    const { localTls } = await import('../../bench/local-tls.ts');
    const { connect } = await import('node:http2');
    const { gunzipSync } = await import('node:zlib');
    mkdirSync('.tmp', { recursive: true });
    const root = mkdtempSync(join('.tmp', 'preview-h2-'));
    writeFileSync(join(root, 'index.html'), '<p>home over h2</p>');
    writeFileSync(join(root, '404.html'), '<p>not here</p>');
    const server = await serveStatic(root, 0, '/', localTls());
    const session = connect(`https://127.0.0.1:${(server.address() as AddressInfo).port}`, { rejectUnauthorized: false });
    try {
      const get = (path: string) =>
        new Promise<{ status: number; encoding: unknown; body: Buffer }>((resolve, reject) => {
          const request = session.request({ ':path': path, 'accept-encoding': 'gzip' });
          const chunks: Buffer[] = [];
          let head: Record<string, unknown> = {};
          request.on('response', (headers) => (head = headers));
          request.on('data', (chunk: Buffer) => chunks.push(chunk));
          request.on('end', () => resolve({ status: Number(head[':status']), encoding: head['content-encoding'], body: Buffer.concat(chunks) }));
          request.on('error', reject);
          request.end();
        });
      const home = await get('/');
      expect(home.status).toBe(200);
      expect(home.encoding).toBe('gzip');
      expect(gunzipSync(home.body).toString()).toBe('<p>home over h2</p>');
      expect((await get('/nowhere')).status).toBe(404);
    } finally {
      session.close();
      server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
