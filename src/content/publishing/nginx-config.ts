// The nginx recipe of docs/deploying.md, written by code so that the e2e test serves the build with
// exactly what a publisher copies. Three things nginx does not do by default: a sub-path's
// own 404 page and its address without the slash; cache rules that reach the hashed folders
// under that sub-path; and the web app manifest's type, which nginx 1.22 serves as
// application/octet-stream.
import { NOT_FOUND_FILE, type PageFormat } from '../contracts.ts';
import { headerCase, IMMUTABLE, IMMUTABLE_FOLDERS, REVALIDATE, SECURITY_HEADERS } from './cache-rules.ts';

/** Where the site is served from and under which address. */
export interface NginxOptions {
  /** The folder whose `<base>` subfolder holds a copy of `dist/` (for base `/`, the copy itself). */
  root: string;
  /** The build's base path, `/` or `/news/`. */
  base: string;
  /** `listen` value; 80 unless a test or a proxy needs another port. */
  listen?: string | number;
  serverName?: string;
  /** How the build wrote its pages (SiteConfig.pageFormat): pages written as files need `$uri.html` looked up. */
  format?: PageFormat;
}

const GZIP_TYPES = [
  'text/css',
  'text/plain',
  'application/javascript',
  'text/javascript',
  'application/json',
  'application/xml',
  'application/atom+xml',
  'application/manifest+json',
  'image/svg+xml',
];

/** A `server { … }` block that serves the build as the app expects, at the root or under a sub-path. */
export function nginxServer({ root, base, listen = 80, serverName = 'archive.example.org', format = 'directory' }: NginxOptions): string {
  // add_header in a location replaces the server's, so each location names every header.
  const headers = (cache: string) => [
    `add_header Cache-Control "${cache}" always;`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${headerCase(name)} "${value}" always;`),
  ];
  const location = (match: string, cache: string, extra: string[] = []) => [
    `location ${match} {`,
    ...[...extra, ...headers(cache)].map((line) => `  ${line}`),
    '}',
  ];
  const lines = [
    `listen ${listen};`,
    `server_name ${serverName};`,
    `root ${root};`,
    'index index.html;',
    // Redirects to a folder's slash keep the address the reader used (port, proxy's host).
    'absolute_redirect off;',
    'charset utf-8;',
    'include /etc/nginx/mime.types;',
    'types { application/manifest+json webmanifest; }',
    'gzip on;',
    `gzip_types ${GZIP_TYPES.join(' ')};`,
    `error_page 404 ${base}${NOT_FOUND_FILE};`,
    ...(base === '/' ? [] : [`location = ${base.slice(0, -1)} { return 301 ${base}; }`]),
    // Pages written as files: `/articles/<id>` is answered by articles/<id>.html, as GitHub Pages does.
    ...location(base, REVALIDATE, format === 'file' ? ['try_files $uri $uri.html $uri/ =404;'] : []),
    ...IMMUTABLE_FOLDERS.flatMap((folder) => location(`${base}${folder}`, IMMUTABLE)),
  ];
  return ['server {', ...lines.map((line) => `  ${line}`), '}', ''].join('\n');
}
