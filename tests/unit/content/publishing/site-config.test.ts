import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/content/publishing/messages/en.ts';
import { contrastRatio, DEFAULT_SITE, publicSite, resolveSiteConfig } from '../../../../src/content/publishing/site-config.ts';

describe('the publisher settings', () => {
  it('fills every setting from the defaults, and SITE_URL overrides siteUrl', () => {
    expect(resolveSiteConfig()).toEqual({ config: DEFAULT_SITE, errors: [], warnings: [] });
    const { config, errors } = resolveSiteConfig(
      { title: 'Harbour Gazette', siteUrl: 'https://a.example', feed: { size: 10 } },
      { SITE_URL: 'https://b.example' },
    );
    expect(errors).toEqual([]);
    expect(config).toMatchObject({ title: 'Harbour Gazette', siteUrl: 'https://b.example', feed: { size: 10, fullText: true }, articlesPerPage: 50 });
  });

  it('canonicalises the language and the colour', () => {
    const { config } = resolveSiteConfig({ language: 'pt-br', accentColor: '#0B5394' });
    expect(config.language).toBe('pt-BR');
    expect(config.accentColor).toBe('#0b5394');
  });

  it('reports every wrong value at once, each with the setting, its value and what it should be', () => {
    const { errors } = resolveSiteConfig({
      title: '',
      language: 'English',
      siteUrl: 'ftp://x',
      accentColor: '#ffd700',
      logo: '../secret.png',
      articlesPerPage: 0,
      readingSpeed: 12.5,
      feed: { size: -1, fullText: 'yes' as unknown as boolean },
      colour: 'red',
    } as never);
    expect(errors).toEqual([
      expect.stringMatching(/^site\.colour is not a setting/),
      'site.title is "": expected a name of 1 to 60 characters',
      expect.stringMatching(/^site\.language is "English": expected a language tag/),
      expect.stringMatching(/^site\.siteUrl is "ftp:\/\/x": expected an http\(s\) address/),
      expect.stringMatching(/^site\.accentColor is "#ffd700": its contrast on the page is 1\.\d\d:1; links and buttons need at least 4\.5:1/),
      expect.stringMatching(/^site\.logo is "\.\.\/secret\.png": expected the name of an SVG file in public\//),
      'site.articlesPerPage is 0: expected a whole number from 5 to 500',
      'site.readingSpeed is 12.5: expected words a minute, a whole number from 50 to 1000',
      'site.feed.size is -1: expected a whole number of articles from 1 to 1000',
      'site.feed.fullText is "yes": expected true or false',
    ]);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#9f1d20', '#faf8f3')).toBeGreaterThan(4.5);
  });
});

describe('the site’s language', () => {
  it('comes from SITE_LANGUAGE when it is set, as siteUrl does from SITE_URL', () => {
    const { config, errors, warnings } = resolveSiteConfig({ language: 'en' }, { SITE_LANGUAGE: 'de' });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config.language).toBe('de');
    expect(publicSite(config).messages['list.latest']).toBe('Neueste Artikel');
  });

  it('writes pages as folders unless PAGE_FORMAT or the setting says files, and refuses any other format', () => {
    expect(resolveSiteConfig({}).config.pageFormat).toBe('directory');
    expect(resolveSiteConfig({ pageFormat: 'directory' }, { PAGE_FORMAT: 'file' }).config.pageFormat).toBe('file');
    expect(resolveSiteConfig({}, { PAGE_FORMAT: 'html' }).errors).toEqual([
      expect.stringMatching(/^site\.pageFormat \(from PAGE_FORMAT\) is "html": expected "directory" or "file"/),
    ]);
  });

  it('names SITE_LANGUAGE when the language it gives is not a language tag', () => {
    const { errors } = resolveSiteConfig({}, { SITE_LANGUAGE: 'German' });
    expect(errors).toEqual([expect.stringMatching(/^site\.language \(from SITE_LANGUAGE\) is "German": expected a language tag/)]);
  });

  it('builds a language without a catalog in English words, with a warning that says what to do', () => {
    const { config, errors, warnings } = resolveSiteConfig({ language: 'sv' });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^site\.language is "sv": the interface has no catalog for it and shows English words .*site\.messages/)]);
    expect(publicSite(config).messages['list.latest']).toBe('Latest articles');
  });

  it('embeds only the site’s own catalog, with the publisher’s words', () => {
    const { config, errors } = resolveSiteConfig({ language: 'ar', messages: { 'list.latest': 'الصفحة الأولى' } });
    expect(errors).toEqual([]);
    const site = publicSite(config);
    expect(site.messages['list.latest']).toBe('الصفحة الأولى');
    expect(site.messages['pages.older']).toBe('أقدم');
    expect(Object.keys(site.messages)).toHaveLength(Object.keys(en).length);
  });

  it('refuses an override of a message that does not exist, naming it', () => {
    const { errors } = resolveSiteConfig({ messages: { 'list.lastest': 'Front page' } as never });
    expect(errors).toEqual([expect.stringMatching(/^site\.messages\["list\.lastest"\] is not a message of the interface/)]);
  });
});
