// Your site's settings: this file is yours. The project never changes it, so pulling
// upstream updates never conflicts with your edits. Every setting is optional; README.md
// lists them, and src/content/publishing/site-config.ts says what each one does. SITE_URL,
// SITE_LANGUAGE and PAGE_FORMAT in the environment override siteUrl, language and pageFormat.
import type { SiteOptions } from './src/content/publishing/site-config.ts';

export const site: SiteOptions = {};
