// Types of render-server.mjs (plain JavaScript, so a worker thread can run it).
import type { ArchiveManifest } from '../content/archive.ts';
import type { RenderedPage } from '../content/page-head.ts';
import type { PublicSite } from '../content/site-config.ts';
import type { PageInputs } from './page-cache.ts';

export const APP_ROOT: string;

/** A page rendered, with what its render read. */
export interface Rendered {
  path: string;
  page: RenderedPage;
  inputs: PageInputs;
}

/** Renders pages on this thread. */
export interface PageRenderer {
  start(): Promise<unknown>;
  render(path: string): Promise<Rendered>;
  close(): Promise<void>;
}

export function pageRenderer(options: {
  base: string;
  site: PublicSite;
  manifest: ArchiveManifest;
  read: (file: string) => Promise<string | null>;
}): PageRenderer;

/** The build's helper thread. */
export interface BuildHelper {
  /** Loads the app for this manifest, ahead of `render`. */
  prepare(manifest: ArchiveManifest): Promise<void>;
  render(job: { dataDir: string; paths: readonly string[] }, receive: (batch: Rendered[]) => void): Promise<void>;
  close(): Promise<void>;
}

export function buildHelper(options: { base: string; site: PublicSite }): BuildHelper;
