// A throwaway certificate for 127.0.0.1, so a benchmark can serve the build over HTTP/2 as
// the hosts it is published to do (browsers speak HTTP/2 only over TLS). Made once with
// Debian's openssl and kept under .tmp/; the browser is told to accept it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Tls } from '../../src/node/static-server.ts';

export function localTls(): Tls {
  const dir = resolve(import.meta.dirname, '../../.tmp/bench/tls');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '3650', '-subj', '/CN=127.0.0.1'], {
      stdio: 'ignore',
    });
  }
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}
