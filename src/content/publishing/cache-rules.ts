// How long hosts may cache each file of the build. Files whose names carry a content hash
// (assets/, data/<hash>/) never change: a year, immutable. Everything else (pages, feed,
// sitemap, manifest, service worker, icons) is revalidated, so a deployment shows at once.

import { DATA_ROOT } from '../contracts.ts';

/** Cache-Control for files that never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control for everything else. */
export const REVALIDATE = 'no-cache';

/**
 * Protections a page's meta Content-Security-Policy cannot give: whether other sites may
 * frame it (clickjacking), MIME sniffing, and how much of its address leaves with a link.
 */
export const SECURITY_HEADERS = {
  'content-security-policy': "frame-ancestors 'self'",
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
} as const;

/** A header's name as hosts' files spell it: `x-content-type-options` → `X-Content-Type-Options`. */
export function headerCase(name: string): string {
  return name.replace(/(^|-)\w/g, (c) => c.toUpperCase());
}

/** Folders (under the base) whose files never change. */
export const IMMUTABLE_FOLDERS = ['assets/', DATA_ROOT] as const;

/** The Cache-Control a file (path relative to the build's output) should be served with. */
export function cacheControlFor(path: string): string {
  return IMMUTABLE_FOLDERS.some((folder) => path.startsWith(folder)) ? IMMUTABLE : REVALIDATE;
}

/**
 * A `_headers` file for Netlify and Cloudflare Pages. Both join the headers of every rule
 * a path matches, so the rules must not overlap: hashed folders get a year, the service
 * worker is named explicitly, and every other file keeps the hosts' default (revalidate).
 * The protections apply to every file; they name no header the cache rules name.
 */
export function headersFile(base: string): string {
  return [
    '# Written by the build. Hashed files never change; everything else is revalidated.',
    `${base}*\n${Object.entries(SECURITY_HEADERS)
      .map(([name, value]) => `  ${headerCase(name)}: ${value}`)
      .join('\n')}`,
    ...IMMUTABLE_FOLDERS.map((folder) => `${base}${folder}*\n  Cache-Control: ${IMMUTABLE}`),
    `${base}service-worker.js\n  Cache-Control: ${REVALIDATE}`,
    '',
  ].join('\n');
}
