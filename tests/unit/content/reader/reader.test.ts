import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BEGUN,
  continueReading,
  LOG_LIMIT,
  parseLog,
  READING_LOG_KEY,
  recordPosition,
  RESUME_ATTRIBUTE,
  resumeBootScript,
  statusOf,
} from '../../../../src/content/reader/reading-log.ts';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  SETTING_CHOICES,
  settingAttributes,
  settingsBootScript,
  SETTING_NAMES,
  SETTINGS_KEY,
} from '../../../../src/content/reader/reader-settings.ts';
import { relatedArticles } from '../../../../src/content/archive/related.ts';
import { shortcutOf } from '../../../../src/components/shortcuts.ts';
import { markArticle } from '../../../../src/content/search/snippet.ts';
import { articleTerms, type ArticleTerms } from '../../../../src/content/search/article-terms.ts';

describe('reader settings', () => {
  it('keeps each valid stored choice and falls back per setting otherwise', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ theme: 'sepia', size: '6', font: 'comic', leading: 3 })).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', size: '6' });
    fc.assert(
      fc.property(fc.anything(), (stored) =>
        Object.entries(parseSettings(stored)).every(([k, v]) => (SETTING_CHOICES[k as keyof typeof SETTING_CHOICES] as readonly string[]).includes(v)),
      ),
    );
  });

  it('sets an attribute only for choices other than the default', () => {
    expect(settingAttributes({ ...DEFAULT_SETTINGS, theme: 'dark', measure: 'wide' })).toEqual({
      'data-theme': 'dark',
      'data-size': null,
      'data-measure': 'wide',
      'data-font': null,
      'data-leading': null,
    });
  });

  it('has a boot script that applies exactly what the app applies, and survives bad storage', () => {
    const run = (stored: string | null) => {
      const attributes = new Map<string, string>();
      const document = { documentElement: { setAttribute: (k: string, v: string) => attributes.set(k, v) } };
      const localStorage = { getItem: (key: string) => (key === SETTINGS_KEY ? stored : null) };
      new Function('document', 'localStorage', settingsBootScript())(document, localStorage);
      return Object.fromEntries(attributes);
    };
    expect(run(JSON.stringify({ theme: 'dark', size: '7', font: 'sans', measure: 'bogus' }))).toEqual({
      'data-theme': 'dark',
      'data-size': '7',
      'data-font': 'sans',
    });
    expect(run('{not json')).toEqual({});
    expect(run(null)).toEqual({});
    fc.assert(
      fc.property(
        // Any choice, and what storage may hold instead: a setting's own name, other text, a number.
        fc.record(
          Object.fromEntries(
            SETTING_NAMES.map((name) => [name, fc.oneof(fc.constantFrom(...SETTING_CHOICES[name], name), fc.string(), fc.integer({ min: 0, max: 9 }))]),
          ),
          { requiredKeys: [] },
        ),
        (s) => {
          const expected = Object.fromEntries(Object.entries(settingAttributes(parseSettings(s))).filter(([, v]) => v !== null));
          return JSON.stringify(run(JSON.stringify(s))) === JSON.stringify(expected);
        },
      ),
    );
  });
});

describe('reading log', () => {
  it('marks in progress, then read for good, and offers the latest unfinished article', () => {
    let log = recordPosition({}, 'a', 'A', 0.4, false, 1);
    log = recordPosition(log, 'b', 'B', 0.01, false, 2);
    expect(statusOf(log, 'a')).toBe('in-progress');
    expect(statusOf(log, 'b')).toBe('unread');
    expect(statusOf(log, 'c')).toBe('unread');
    expect(continueReading(log)).toMatchObject({ id: 'a', title: 'A', position: 0.4 });
    log = recordPosition(log, 'a', 'A', 0.9, true, 3);
    log = recordPosition(log, 'a', 'A', 0.1, false, 4);
    expect(statusOf(log, 'a')).toBe('read');
    expect(continueReading(log)).toBeNull();
  });

  it('forgets the least recently read articles beyond the limit', () => {
    let log = {};
    for (let i = 0; i <= LOG_LIMIT; i++) log = recordPosition(log, `id${i}`, 't', 0.5, false, i);
    expect(Object.keys(log)).toHaveLength(LOG_LIMIT);
    expect(statusOf(log, 'id0')).toBe('unread');
    expect(statusOf(log, `id${LOG_LIMIT}`)).toBe('in-progress');
  });

  it('keeps only well-formed records from storage', () => {
    expect(parseLog({ a: { title: 'A', position: 0.5, read: false, at: 1 }, b: { title: 'B', position: 7 }, c: 'x' })).toEqual({
      a: { title: 'A', position: 0.5, read: false, at: 1 },
    });
    fc.assert(fc.property(fc.anything(), (stored) => Object.values(parseLog(stored)).every((r) => r.position >= 0 && r.position <= 1)));
  });

  /** Whether the front page's early script, run over `stored` as the page's storage holds it, marks the page. */
  const bootMarks = (stored: string | null) => {
    const marked: string[] = [];
    const localStorage = { getItem: (key: string) => (key === READING_LOG_KEY ? stored : null) };
    const document = { documentElement: { setAttribute: (name: string) => marked.push(name) } };
    new Function('localStorage', 'document', resumeBootScript())(localStorage, document);
    return marked.length > 0 && marked.every((name) => name === RESUME_ATTRIBUTE);
  };

  it('the early script keeps the card’s place exactly when the app will offer an article to continue', () => {
    const record = fc.record(
      {
        title: fc.oneof(fc.string(), fc.integer()),
        position: fc.oneof(fc.double({ min: -0.5, max: 1.5 }), fc.constantFrom(0, BEGUN, 1, Number.NaN), fc.string()),
        read: fc.oneof(fc.boolean(), fc.constant('no')),
        at: fc.oneof(fc.integer(), fc.constant(null)),
      },
      { requiredKeys: [] },
    );
    const stored = fc.oneof(fc.dictionary(fc.string(), fc.oneof(record, fc.anything())), fc.array(record), fc.anything());
    fc.assert(
      fc.property(stored, (value) => {
        const text = JSON.stringify(value) ?? null;
        expect(bootMarks(text)).toBe(continueReading(parseLog(text === null ? null : JSON.parse(text))) !== null);
      }),
      { numRuns: 2000 },
    );
    expect(bootMarks('{not json')).toBe(false);
    expect(bootMarks(JSON.stringify({ a: { title: 'A', position: 0.4, read: false, at: 1 } }))).toBe(true);
    // A place written as text is no place (the app does not accept it), though "1" >= 0.02.
    expect(bootMarks(JSON.stringify({ a: { title: 'A', position: '1', read: false, at: 0 } }))).toBe(false);
  });
});

describe('related articles', () => {
  it('relates articles that share rare words, never an article to itself', () => {
    const filler = (i: number) => `Report number ${i} about ordinary matters of the week.`;
    const articles = [
      { title: 'Lions tour squad named', text: 'Henson and Umaga in the Lions squad for the tour of New Zealand.' },
      { title: 'Budget date set', text: 'The chancellor will deliver the budget on 16 March, the treasury said.' },
      { title: 'Henson fit for Lions', text: 'Henson is fit for the Lions tour, Umaga says.' },
      { title: 'Treasury budget plans', text: 'The chancellor and the treasury outline the budget.' },
      ...Array.from({ length: 40 }, (_, i) => ({ title: `Weekly ${i}`, text: filler(i) })),
    ];
    const related = relatedArticles(articles.map(({ title, text }) => articleTerms({ title, blocks: [{ kind: 'paragraph', text }] })));
    expect(related[0]![0]).toBe(2);
    expect(related[2]![0]).toBe(0);
    expect(related[1]![0]).toBe(3);
    related.forEach((list, i) => expect(list).not.toContain(i));
  });
  it('gives what comparing every pair of articles gives', () => {
    // The definition, worked out the slow way: each article's 24 most telling words (a
    // title's count twice; words of 3+ characters, not numbers, in 2 to 5 % of the
    // articles), weighed (1 + ln tf) × ln(n / df), as a unit vector; two articles' cosine;
    // the best 3 from 0.05 up, ties to the earlier article.
    const slowly = (articles: ArticleTerms[]) => {
      const n = articles.length;
      const tfs = articles.map(({ title, body, counts }) => {
        const tf = new Map<string, number>();
        for (const term of title) tf.set(term, (tf.get(term) ?? 0) + 2);
        (body ? body.split(' ') : []).forEach((term, i) => tf.set(term, (tf.get(term) ?? 0) + counts[i]!));
        for (const term of tf.keys()) if (term.length <= 2 || /^\d+$/.test(term)) tf.delete(term);
        return tf;
      });
      const df = new Map<string, number>();
      for (const tf of tfs) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
      const maxDf = Math.max(2, Math.floor(n * 0.05));
      const vectors = tfs.map((tf) => {
        const weighted = [...tf]
          .filter(([term]) => df.get(term)! >= 2 && df.get(term)! <= maxDf)
          .map(([term, f]): [string, number] => [term, (1 + Math.log(f)) * Math.log(n / df.get(term)!)])
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, 24);
        const length = Math.hypot(...weighted.map(([, w]) => w)) || 1;
        return weighted.map(([term, w]): [string, number] => [term, w / length]);
      });
      return vectors.map((vector, a) =>
        vectors
          .map((other, b) => {
            const weights = new Map(other);
            return { b, score: vector.reduce((sum, [term, w]) => (weights.has(term) ? sum + w * weights.get(term)! : sum), 0) };
          })
          .filter(({ b, score }) => b !== a && score > 0 && score >= 0.05)
          .sort((x, y) => y.score - x.score || x.b - y.b)
          .slice(0, 3)
          .map(({ b }) => b),
      );
    };
    // Common words, a short one and a number, and enough rarer ones that articles share a few.
    const words = ['the', 'of', '1987', 'said', 'bank', 'rate', ...Array.from({ length: 60 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`)];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 10 });
    fc.assert(
      fc.property(fc.array(fc.record({ title: text, body: text }), { minLength: 1, maxLength: 60 }), (drafts) => {
        // Some twice, so that scores tie.
        const articles = [...drafts, ...drafts.filter((_, i) => i % 3 === 0)].map(({ title, body }) =>
          articleTerms({ title: title.join(' '), blocks: [{ kind: 'paragraph', text: body.join(' ') }] }),
        );
        expect(relatedArticles(articles)).toEqual(slowly(articles));
      }),
    );
  });
});

describe('marking an article for a search', () => {
  it('numbers every match and starts at the passage with the most distinct words', () => {
    const { blocks, count, best } = markArticle(
      ['Budget news.', 'Nothing here.', 'The government budget, and the budget again.'],
      new Set(['budget', 'government']),
    );
    expect(count).toBe(4);
    expect(best).toBe(1);
    expect(blocks[2]!.filter((s) => s.match).map((s) => s.text)).toEqual(['government', 'budget', 'budget']);
  });
});

describe('keyboard shortcuts', () => {
  const key = (k: string, extra: Partial<KeyboardEvent> = {}) =>
    shortcutOf({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: null, defaultPrevented: false, ...extra });
  it('maps keys to actions, and none with a modifier held', () => {
    expect(key('j')).toBe('next');
    expect(key('k')).toBe('previous');
    expect(key('N')).toBe('previous-match');
    expect(key('?')).toBe('help');
    expect(key('j', { ctrlKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });
});
