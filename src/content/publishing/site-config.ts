// The publisher's settings: one typed configuration in the publisher's own site.config.ts
// (vite.config.ts passes it to newsArchive), checked here (every wrong value is
// reported, not just the first), and read by everything that shows or emits them.
import type { Catalog } from './messages/en.ts';
import { catalogFor, CATALOGS, checkMessageOverrides, siteMessages, type MessageOverrides } from './site-messages.ts';

import { DEFAULTS, PAGE_FORMATS, type PageFormat } from '../contracts.ts';
import { fontProblems, type FontOptions } from './site-fonts.ts';
import { contrastRatio, resolvePalettes, type Palette, type ThemeName, type ThemeOptions } from './theme.ts';

export { contrastRatio };

export interface SiteConfig {
  /** The site's name: the masthead, page titles, the feed, the web app manifest. */
  title: string;
  /** One sentence for search engines, link previews and the manifest. */
  description: string;
  /** A BCP 47 language tag: `<html lang>` and `dir`, the interface's words, dates and numbers; SITE_LANGUAGE overrides it. */
  language: string;
  /** The publisher's own words for any message of the interface, by key (src/content/publishing/messages/en.ts), as plain text. */
  messages: MessageOverrides;
  /** The public address of the site's root, for canonical links, the feed and the sitemap; SITE_URL overrides it. */
  siteUrl: string | null;
  /**
   * How pages are written, and so which address of a page the host answers with 200 and the
   * canonical links, sitemap and feed name: `directory` (`articles/<id>/index.html`, named
   * `/articles/<id>/`: any static host) or `file` (`articles/<id>.html`, named
   * `/articles/<id>`: hosts that serve `.html` without it, as GitHub Pages, Netlify and
   * Cloudflare Pages do). PAGE_FORMAT overrides it. `/articles/<id>` works on both.
   */
  pageFormat: PageFormat;
  /** The light theme's accent (links, buttons) as `#rrggbb`; it must keep 4.5:1 contrast on the page. */
  accentColor: string;
  /**
   * Any colour of the light, sepia and dark themes (paper, field, ink, muted, rule, edge,
   * accent, mark: see content/publishing/theme.ts), each checked for contrast against what it is read on.
   * The light theme's accent is `accentColor`.
   */
  theme: ThemeOptions;
  /** The publisher's own typefaces for the serif (headlines, the reader's text) and the sans-serif (the interface), from font files in public/. */
  fonts: FontOptions;
  /** An SVG in public/ shown before the title in the masthead, e.g. `logo.svg`. */
  logo: string | null;
  /** An SVG in public/ (square) the favicon and the web app's icons are made from, e.g. `icon.svg`; the project's own without it. */
  icon: string | null;
  articlesPerPage: number;
  /** Words read a minute, for reading times (CJK text counts characters at about twice this). */
  readingSpeed: number;
  feed: {
    /** Newest articles in feed.xml. */
    size: number;
    /** Whether entries carry the whole text, or only the excerpt. */
    fullText: boolean;
  };
}

/** What site.config.ts may set: any part of the configuration. */
export type SiteOptions = Partial<Omit<SiteConfig, 'feed'>> & { feed?: Partial<SiteConfig['feed']> };

export const DEFAULT_SITE: SiteConfig = {
  title: 'The Archive',
  description: 'A reading archive of news articles: browse, search and read.',
  language: 'en',
  messages: {},
  siteUrl: null,
  pageFormat: 'directory',
  accentColor: '#9f1d20',
  theme: {},
  fonts: {},
  logo: null,
  icon: null,
  articlesPerPage: DEFAULTS.articlesPerPage,
  readingSpeed: DEFAULTS.readingSpeed,
  feed: { size: 50, fullText: true },
};

const isWhole = (value: unknown, min: number, max: number) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/**
 * The configuration from the plugin's options and the environment, or every problem with
 * it, each naming the option, what it holds and what it should hold.
 */
export function resolveSiteConfig(
  options: SiteOptions = {},
  env: { SITE_URL?: string | undefined; SITE_LANGUAGE?: string | undefined; PAGE_FORMAT?: string | undefined } = {},
): { config: SiteConfig; errors: string[]; warnings: string[] } {
  const config: SiteConfig = { ...DEFAULT_SITE, ...options, feed: { ...DEFAULT_SITE.feed, ...options.feed } };
  if (env.SITE_URL) config.siteUrl = env.SITE_URL;
  if (env.SITE_LANGUAGE) config.language = env.SITE_LANGUAGE;
  if (env.PAGE_FORMAT) config.pageFormat = env.PAGE_FORMAT as PageFormat;
  const errors: string[] = [];
  const warnings: string[] = [];
  const wrong = (option: string, value: unknown, expected: string) => errors.push(`site.${option} is ${JSON.stringify(value)}: ${expected}`);

  const known = new Set([...Object.keys(DEFAULT_SITE)]);
  for (const key of Object.keys(options)) if (!known.has(key)) errors.push(`site.${key} is not a setting (settings: ${[...known].join(', ')})`);
  for (const key of Object.keys(options.feed ?? {}))
    if (!(key in DEFAULT_SITE.feed)) errors.push(`site.feed.${key} is not a setting (settings: size, fullText)`);

  if (typeof config.title !== 'string' || !config.title.trim() || config.title.length > 60)
    wrong('title', config.title, 'expected a name of 1 to 60 characters');
  if (typeof config.description !== 'string' || config.description.length > 300)
    wrong('description', config.description, 'expected a sentence of at most 300 characters');
  let language: string | null;
  try {
    language =
      typeof config.language === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(config.language) ? Intl.getCanonicalLocales(config.language)[0]! : null;
  } catch {
    language = null;
  }
  const languageName = env.SITE_LANGUAGE ? 'language (from SITE_LANGUAGE)' : 'language';
  if (language) config.language = language;
  else wrong(languageName, config.language, 'expected a language tag such as "en", "de" or "pt-BR"');
  // A language without a catalog still gets its own lang, dates and numbers, and the
  // publisher may word every message in site.messages: a warning, not a refusal.
  if (language && !catalogFor(language))
    warnings.push(
      `site.${languageName} is ${JSON.stringify(language)}: the interface has no catalog for it and shows English words (catalogs: ${Object.keys(CATALOGS).join(', ')}); add one (docs/languages.md) or give the words in site.messages`,
    );
  errors.push(...checkMessageOverrides(options.messages));
  if (config.siteUrl !== null) {
    let url: URL | null;
    try {
      url = new URL(config.siteUrl);
    } catch {
      url = null;
    }
    if (!url || !/^https?:$/.test(url.protocol))
      wrong(env.SITE_URL ? 'siteUrl (from SITE_URL)' : 'siteUrl', config.siteUrl, 'expected an http(s) address such as "https://news.example.org"');
  }
  let accentUsable = false;
  if (typeof config.accentColor !== 'string' || !/^#[0-9a-f]{6}$/i.test(config.accentColor))
    wrong('accentColor', config.accentColor, 'expected a colour written #rrggbb');
  else {
    config.accentColor = config.accentColor.toLowerCase();
    const ratio = Math.min(...(['paper', 'field'] as const).map((ground) => contrastRatio(config.accentColor, palettesOf(config).light[ground])));
    if (ratio < 4.5)
      wrong(
        'accentColor',
        config.accentColor,
        `its contrast on the page is ${ratio.toFixed(2)}:1; links and buttons need at least 4.5:1, so choose a darker colour`,
      );
    else accentUsable = true;
  }
  const theme = (config.theme ?? {}) as ThemeOptions;
  if (typeof theme === 'object' && theme.light?.accent !== undefined)
    errors.push("site.theme.light.accent is the light theme's accent, which site.accentColor sets: set it there alone");
  // The light accent's own check is above: the palettes are checked with it only when it passed.
  const light = { ...theme.light, accent: accentUsable ? config.accentColor : DEFAULT_SITE.accentColor };
  errors.push(...resolvePalettes(typeof theme === 'object' && !Array.isArray(theme) ? { ...theme, light } : theme).errors);
  errors.push(...fontProblems(config.fonts));
  if (config.logo !== null && (typeof config.logo !== 'string' || !/^[\w./-]+\.svg$/.test(config.logo) || config.logo.includes('..')))
    wrong('logo', config.logo, 'expected the name of an SVG file in public/, such as "logo.svg"');
  if (config.icon !== null && (typeof config.icon !== 'string' || !/^[\w./-]+\.svg$/.test(config.icon) || config.icon.includes('..')))
    wrong('icon', config.icon, 'expected the name of a square SVG file in public/, such as "icon.svg"');
  if (!(PAGE_FORMATS as readonly unknown[]).includes(config.pageFormat))
    wrong(env.PAGE_FORMAT ? 'pageFormat (from PAGE_FORMAT)' : 'pageFormat', config.pageFormat, `expected ${PAGE_FORMATS.map((f) => `"${f}"`).join(' or ')}`);
  if (!isWhole(config.articlesPerPage, 5, 500)) wrong('articlesPerPage', config.articlesPerPage, 'expected a whole number from 5 to 500');
  if (!isWhole(config.readingSpeed, 50, 1000)) wrong('readingSpeed', config.readingSpeed, 'expected words a minute, a whole number from 50 to 1000');
  if (!isWhole(config.feed.size, 1, 1000)) wrong('feed.size', config.feed.size, 'expected a whole number of articles from 1 to 1000');
  if (typeof config.feed.fullText !== 'boolean') wrong('feed.fullText', config.feed.fullText, 'expected true or false');
  return { config, errors, warnings };
}

/** The colours of the site's three themes: the defaults with the publisher's in (resolveSiteConfig has checked them). */
export function palettesOf(config: Pick<SiteConfig, 'theme' | 'accentColor'>): Record<ThemeName, Palette> {
  return resolvePalettes({ ...config.theme, light: { ...config.theme?.light, accent: config.accentColor } }).palettes;
}

/** What the app needs of the configuration in the browser (the rest is used at build time), with the site's resolved catalog. */
export type PublicSite = Pick<SiteConfig, 'title' | 'description' | 'language' | 'logo'> & { messages: Catalog };

/** The settings the bundle embeds: the catalog of the site's language with the publisher's words, and no other language's. */
export function publicSite({ title, description, language, logo, messages }: SiteConfig): PublicSite {
  return { title, description, language, logo, messages: siteMessages(language, messages) };
}
