import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/content/publishing/messages/en.ts';
import { catalogFor, CATALOGS, checkMessageOverrides, siteMessages } from '../../../../src/content/publishing/site-messages.ts';

describe('the site’s catalog', () => {
  it('is the language’s own, or its primary language’s', () => {
    expect(catalogFor('de')).toBe(CATALOGS.de);
    expect(catalogFor('pt-BR')).toBe(CATALOGS.pt);
    expect(catalogFor('sv')).toBeNull();
  });

  it('takes the publisher’s words over the catalog’s, and English for a language without one', () => {
    const messages = siteMessages('de', { 'list.latest': 'Aus der Redaktion', 'list.count': { one: 'Ein Text', other: '{count} Texte' } });
    expect(messages['list.latest']).toBe('Aus der Redaktion');
    expect(messages['list.count']).toEqual({ one: 'Ein Text', other: '{count} Texte' });
    expect(messages['pages.older']).toBe('Älter');
    expect(siteMessages('sv')['pages.older']).toBe(en['pages.older']);
  });

  it('accepts overrides in English’s shape', () => {
    expect(checkMessageOverrides(undefined)).toEqual([]);
    expect(checkMessageOverrides({ 'list.latest': 'Front page', 'title.tagged': 'Filed under {tag}', 'list.count': { other: '{count} stories' } })).toEqual([]);
  });

  it('names the key of every wrong override', () => {
    expect(
      checkMessageOverrides({
        'list.lates': 'Front page',
        'list.latest': 42,
        'title.tagged': 'Filed under {label}',
        'list.count': 'stories',
        'search.count': { one: '{count} story', lots: '{count} stories' },
        'list.countInArchive': { other: '{count} stories', lots: 'many stories' },
        'head.listDescription': { other: '{total} stories' },
      }),
    ).toEqual([
      expect.stringMatching(/^site\.messages\["list\.lates"\] is not a message of the interface/),
      'site.messages["list.latest"] is 42: expected a text',
      'site.messages["title.tagged"] uses {label}: this message can only use {tag}',
      expect.stringMatching(/^site\.messages\["list\.count"\] is "stories": expected plural forms/),
      expect.stringMatching(/^site\.messages\["search\.count"\] is .*: expected plural forms, at least/),
      'site.messages["list.countInArchive"].lots is not a plural form (forms: zero, one, two, few, many, other)',
      'site.messages["head.listDescription"].other uses {total}: this message can only use {count}, {description}',
    ]);
    expect(checkMessageOverrides(['x'])).toEqual([expect.stringMatching(/^site\.messages is \["x"\]: expected an object/)]);
  });
});
