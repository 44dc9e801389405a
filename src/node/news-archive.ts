import { fileURLToPath } from 'node:url';
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { palettesOf, type SiteConfig } from '../content/publishing/site-config.ts';
import { textDirection } from '../content/publishing/translator.ts';
import { boundHeapGrowth } from './heap.ts';
import { SHELL_PATTERNS } from './shell-files.ts';
import { sitePlugins, type SiteBuildOptions } from './site-plugins.ts';
import { SiteBuild } from './site-build.ts';

/**
 * The site's build, as the plugins a Vite config lists after the app's own (React,
 * Tailwind): the service worker and web app manifest, then the site's own. Those
 * come last, so the build summary counts the service worker; both read the publisher's
 * settings as the site's build resolved them, once.
 */
export function newsArchive(options: SiteBuildOptions = {}): PluginOption[] {
  boundHeapGrowth();
  const site = new SiteBuild(options);
  return [VitePWA(serviceWorkerOptions(site.config)), sitePlugins(site)];
}

function serviceWorkerOptions(config: SiteConfig): Parameters<typeof VitePWA>[0] {
  return {
    strategies: 'injectManifest',
    // The app's own, wherever the site's root is.
    srcDir: fileURLToPath(new URL('..', import.meta.url)),
    filename: 'service-worker.ts',
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: config.title,
      short_name: config.title,
      description: config.description,
      lang: config.language,
      dir: textDirection(config.language),
      display: 'standalone',
      background_color: palettesOf(config).light.paper,
      theme_color: config.accentColor,
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      globPatterns: SHELL_PATTERNS,
      // The data folder is named after its content's hash: no revision needed.
      dontCacheBustURLsMatching: /^(assets|data\/[0-9a-f]+)\//,
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  };
}
