// The app built for Node, for the prerender: Vite builds it during the site's build, beside
// the browser's bundle, from the same entry the browser's routes live in
// (src/entry-server.tsx), and the build's threads import it (page-renderer.ts).
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import type { PublicSite } from '../content/publishing/site-config.ts';
import { ARCHIVE_INPUT_SOURCE, serverArchiveModuleSource } from './archive-module.ts';
import { SERVER_FILES } from './page-renderer.ts';

/** The app's root folder, wherever the site being built is. */
export const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARCHIVE = 'virtual:archive';
const INPUT = '\0news-archive-input';

/** A built server bundle: its folder, removed with `remove()`. */
export interface ServerBundle {
  dir: string;
  remove(): void;
}

/** Removes the bundles of builds whose process has ended without removing its own (killed halfway). */
function removeOrphans(parent: string): void {
  for (const name of readdirSync(parent)) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    if (pid && !running(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user, alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `virtual:archive` for the server bundle: the manifest each thread provides, and the publisher's settings. */
function serverArchive(site: PublicSite): Plugin {
  return {
    name: 'news-server-archive',
    resolveId: (id) => (id === ARCHIVE ? `\0${ARCHIVE}` : id === INPUT ? INPUT : undefined),
    load: (id) => (id === `\0${ARCHIVE}` ? serverArchiveModuleSource(INPUT, site) : id === INPUT ? ARCHIVE_INPUT_SOURCE : undefined),
  };
}

/**
 * Builds the server bundle for a site's base path and settings into a folder of its own:
 * each build's modules are new ones to Node, which evaluates a module once per address.
 * The folder is inside the app's node_modules, so the bundle's imports of React and the
 * router resolve to the app's own packages.
 */
export async function buildServerBundle({ base, site }: { base: string; site: PublicSite }): Promise<ServerBundle> {
  const parent = join(APP_ROOT, 'node_modules', '.cache', 'news-archive-server');
  mkdirSync(parent, { recursive: true });
  removeOrphans(parent);
  const dir = mkdtempSync(join(parent, `${process.pid}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    await build({
      root: APP_ROOT,
      base,
      mode: 'production',
      configFile: false,
      envFile: false,
      publicDir: false,
      logLevel: 'error',
      plugins: [react(), serverArchive(site)],
      build: {
        ssr: true,
        outDir: dir,
        emptyOutDir: false,
        minify: false,
        reportCompressedSize: false,
        rolldownOptions: {
          input: {
            [SERVER_FILES.app.replace(/\.mjs$/, '')]: join(APP_ROOT, 'src', 'entry-server.tsx'),
            [SERVER_FILES.worker.replace(/\.mjs$/, '')]: join(APP_ROOT, 'src', 'node', 'render-worker.ts'),
            [SERVER_FILES.input.replace(/\.mjs$/, '')]: INPUT,
          },
          output: { format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
        },
      },
    });
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}
