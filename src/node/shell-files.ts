// The app shell: the files the service worker precaches on a first visit, whatever the
// archive's size (scripts, styles, icons, the manifest, and the front page's data, which also
// names this build's data folder to the service worker). Search files, lists and articles are
// kept as they are used.
import { DATA_ROOT, dataFiles, MANIFEST_FILE } from '../content/contracts.ts';

/** The shell, as the globs workbox lists the precache from (news-archive.ts). */
export const SHELL_PATTERNS = ['assets/**/*.{js,css}', 'index.html', '*.{svg,png}', MANIFEST_FILE, `${DATA_ROOT}*/${dataFiles.list(0)}`];

const FIRST_LIST = `/${dataFiles.list(0)}`;

/**
 * Whether the output's file at `path` (relative, with `/`) is one SHELL_PATTERNS names. A
 * rebuild published in place must show workbox these files in the staging folder, even
 * those it leaves in the output as they were, or the new service worker would not list them.
 */
export function isShellFile(path: string): boolean {
  if (path.startsWith('assets/')) return path.endsWith('.js') || path.endsWith('.css');
  if (!path.includes('/')) return path === 'index.html' || path === MANIFEST_FILE || path.endsWith('.svg') || path.endsWith('.png');
  if (!path.startsWith(DATA_ROOT) || !path.endsWith(FIRST_LIST)) return false;
  const folder = path.slice(DATA_ROOT.length, -FIRST_LIST.length);
  return folder.length > 0 && !folder.includes('/');
}
