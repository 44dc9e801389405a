import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataFiles } from '../../../../src/content/contracts.ts';
import { ROWS_PER_FILE } from '../../../../src/content/search/search-docs.ts';
import { answerNumber, answerWords } from '../../../../src/content/search/search-answers.ts';
import { decodeSegments, encodeSegments, readAnswer, type AnswerFile } from '../../../../src/content/search/answer-file.ts';
import { encodeTerms, type SearchDirectory } from '../../../../src/content/search/search-index.ts';
import type { Segment } from '../../../../src/content/search/snippet.ts';
import { openSearch, type SearchSource } from '../../../../src/features/search/search-session.ts';
import { createSearchClient, type PageAnswers } from '../../../../src/features/search/search-client.ts';
import { buildData } from '../../../../src/node/built-data.ts';
import type { Article } from '../../../../src/content/seeds/article.ts';
import { testArticle } from '../test-article.ts';

describe('the words answered at build time', () => {
  it('are the beginnings of one and two characters that begin the most postings, sorted', () => {
    const terms = ['apple', 'apricot', 'banana', 'berry', 'cherry', 'x'];
    const df = [5, 4, 1, 1, 20, 2];
    const parts = [{ terms: encodeTerms(terms), df }];
    expect(answerWords(parts)).toEqual(['a', 'ap', 'b', 'ba', 'be', 'c', 'ch', 'x']);
    // c and ch begin 20 postings each, a and ap 9, then b and x 2: ties in the order of the words.
    expect(answerWords(parts, 5)).toEqual(['a', 'ap', 'b', 'c', 'ch']);
  });

  it('leave out a beginning a query does not read as that one word', () => {
    // "ab" is one word; a run of Japanese is split by the segmenter, which may read two characters as two words.
    const parts = [{ terms: encodeTerms(['ab', 'c’d']), df: [1, 1] }];
    expect(answerWords(parts)).toEqual(['a', 'ab', 'c']);
  });
});

describe('the answer to a query', () => {
  const answers = ['a', 'ap', 'w', 'wh'];

  it('is the one of the word alone in the field, still being typed, whatever its case', () => {
    expect(answerNumber(answers, 'w', false)).toBe(2);
    expect(answerNumber(answers, '  WH', false)).toBe(3);
    expect(answerNumber(answers, 'Ap', false)).toBe(1);
  });

  it('is none for an exact search, a word followed by a space, two words or a word not listed', () => {
    expect(answerNumber(answers, 'w', true)).toBeUndefined();
    expect(answerNumber(answers, 'w ', false)).toBeUndefined();
    expect(answerNumber(answers, 'a w', false)).toBeUndefined();
    expect(answerNumber(answers, 'whe', false)).toBeUndefined();
    expect(answerNumber(undefined, 'w', false)).toBeUndefined();
  });
});

describe("an answer's passages as strings", () => {
  it('read back as the segments they were written from, matches side by side and a match first included', () => {
    // Random runs of plain and matched text (a seeded generator: the same cases every run).
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 200; run++) {
      const segments: Segment[] = Array.from({ length: Math.floor(random() * 8) }, (_, i) => ({
        text: `${'xyz'.slice(0, 1 + Math.floor(random() * 3))}${i}`,
        match: random() < 0.5,
      }));
      expect(decodeSegments(encodeSegments(segments))).toEqual(segments);
    }
    expect(
      encodeSegments([
        { text: '記者', match: true },
        { text: '会見', match: true },
      ]),
    ).toEqual(['', '記者', '', '会見']);
  });
});

describe("an answer's file", () => {
  const file: AnswerFile = {
    total: 12,
    terms: ['wheat'],
    rows: Array.from({ length: 10 }, (_, i) => [`id${i}`, '2024-01-01', `Wheat ${i}`, 1, 0, i * 10, 10]),
    titles: Array.from({ length: 10 }, (_, i) => ['', 'Wheat', ` ${i}`]),
    passages: Array.from({ length: 10 }, () => ['on ', 'wheat']),
  };

  it('answers a query of up to as many results as it holds, its titles marked', () => {
    const read = readAnswer(file, 3)!;
    expect(read.entries.map((e) => e.id)).toEqual(['id0', 'id1', 'id2']);
    expect(read.entries[0]!.titleSegments).toEqual([
      { text: 'Wheat', match: true },
      { text: ' 0', match: false },
    ]);
    expect(read.entries[1]!.at).toEqual([0, 10, 10]);
    expect(read.passages).toHaveLength(3);
    expect(read.total).toBe(12);
  });

  it('does not answer a query of more results than it holds, unless there are no more', () => {
    expect(readAnswer(file, 20)).toBeNull();
    expect(readAnswer({ ...file, total: 10 }, 20)!.entries).toHaveLength(10);
  });
});

describe('a search answered from its file', () => {
  // Enough articles that a letter begins many words, and more than ten results each.
  const words = ['wheat', 'where', 'white', 'whale', 'water', 'world', 'winter', 'wage', 'harvest', 'rain', 'coffee', 'cocoa', 'crop', 'market', 'price'];
  // Every fourth has a heading, a list and a picture besides its paragraph: a passage is picked from all the blocks' text.
  const articles = Array.from({ length: 60 }, (_, i) => {
    const pick = (k: number) => words[(i * k + k) % words.length]!;
    const article = testArticle(
      `${pick(3)} and ${pick(5)} report ${i}`,
      `The ${pick(2)} ${pick(7)} rose, while ${pick(11)} fell. ${pick(13)} ${pick(3)} ${'and more '.repeat(i % 5)}${pick(1)}.`,
      { id: `a${String(i).padStart(3, '0')}`, date: `2024-01-${String(30 - (i % 30)).padStart(2, '0')}` },
    );
    if (i % 4 !== 0) return article;
    const blocks: Article['blocks'] = [
      { kind: 'heading', text: `${pick(4)} outlook`, level: 2 },
      ...article.blocks,
      { kind: 'list', text: `${pick(6)}: up\n${pick(8)}: down` },
      { kind: 'image', text: '', image: { alt: `${pick(9)} fields`, caption: `${pick(10)} at dawn`, hash: 'ab12', width: 800, height: 600 } },
    ];
    return { ...article, blocks };
  });
  const site = buildData({ articles });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  async function sessions() {
    const { files } = await site;
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      const path = new URL(input).pathname.slice(1);
      fetched.push(path);
      const body = files.get(path);
      if (body === undefined) return new Response('', { status: 404 });
      // A range of a pack or of a result-row file, as a static host answers it.
      const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body);
      const [, from, to] = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('range') ?? '') ?? [];
      return from === undefined ? new Response(bytes) : new Response(bytes.subarray(Number(from), Number(to) + 1), { status: 206 });
    });
    const directory = JSON.parse(files.get(dataFiles.searchDirectory) as string) as SearchDirectory;
    const source = (directory: SearchDirectory): SearchSource => ({
      indexUrl: `http://x/${dataFiles.searchDirectory}`,
      directory,
      partUrls: directory.parts.map((_, i) => `http://x/${dataFiles.searchTerms(i)}`),
      shardUrls: directory.shardTerms.map((_, i) => `http://x/${dataFiles.searchPostings(i)}`),
      rowUrls: Array.from({ length: Math.ceil(directory.docCount / ROWS_PER_FILE) }, (_, i) => `http://x/${dataFiles.searchRows(i)}`),
      dataUrl: 'http://x/',
    });
    const { answers, ...without } = directory;
    return {
      answers: answers!.split(' '),
      answered: await openSearch(source(directory)),
      searched: await openSearch(source(without)),
      fetched,
      source: source(directory),
    };
  }

  it('finds what the engine finds, with the same passages, for every word answered', async () => {
    const { answers, answered, searched, fetched } = await sessions();
    let marked = 0;
    expect(answers).toEqual(expect.arrayContaining(['wh', 'co', 'wa', '5', '59']));
    // A word of one letter is searched as that very term, which no article holds here: nothing found, no answer written.
    expect(answers).not.toContain('w');
    expect(await searched.search('w', 10)).toMatchObject({ total: 0 });
    for (const word of answers) {
      for (const [query, limit] of [
        [word, 10],
        [word.toUpperCase(), 4],
      ] as const) {
        fetched.length = 0;
        const fromFile = await answered.search(query, limit);
        const passages = await answered.passages(fromFile!);
        // Its answer file alone, fetched once (and, for the next key, what the engine reads of the word): no result data, no article texts.
        expect(fetched.filter((path) => /^search\/(rows|answers)\/|^articles\//.test(path))).toEqual(
          [dataFiles.searchAnswer(answers.indexOf(word))].slice(0, limit === 10 ? 1 : 0),
        );
        const fromEngine = await searched.search(query, limit);
        expect(fromFile, query).toEqual(fromEngine);
        expect(passages, query).toEqual(await searched.passages(fromEngine!));
        expect(passages.every((passage) => passage !== null)).toBe(true);
        marked += passages.filter((passage) => passage!.some((segment) => segment.match)).length;
      }
    }
    // Passages with their matches marked (a number is found in titles alone, its passage unmarked).
    expect(marked).toBeGreaterThan(100);
  });

  it('is searched by the engine when its file cannot be read (offline, only the shards are kept)', async () => {
    const { answered, searched, fetched } = await sessions();
    const { files } = await site;
    vi.spyOn(files, 'get').mockImplementation(function (this: unknown, path: string) {
      return path.startsWith('search/answers/') ? undefined : files.content(path)?.();
    });
    const found = await answered.search('wh', 10);
    expect(fetched.some((path) => path.startsWith('search/answers/'))).toBe(true);
    expect(found).toEqual(await searched.search('wh', 10));
    expect(found!.entries.length).toBeGreaterThan(0);
  });

  it('is answered in the page for a word of ASCII letters and digits, as the engine answers it, the worker left to fetch for the next key', async () => {
    const { answers, searched, fetched } = await sessions();
    const words = answers.filter((word) => /^[a-z0-9]+$/.test(word));
    const client = createSearchClient(
      // A worker that never starts: the page does not wait for it.
      () => new Promise<SearchSource>(() => undefined),
      undefined,
      () => ({ words: answers, url: (n) => `http://x/${dataFiles.searchAnswer(n)}` }),
    );
    for (const query of [...words, 'WH', 'Co']) {
      fetched.length = 0;
      const answer = await client.search(query, 10);
      // Its file (fetched once: "WH" is answered by the file "wh" fetched), no result data or article texts.
      const path = dataFiles.searchAnswer(answers.indexOf(query.toLowerCase()));
      expect(
        fetched.filter((fetchedPath) => fetchedPath.startsWith('search/answers/')),
        query,
      ).toEqual(/[A-Z]/.test(query) ? [] : [path]);
      expect(
        fetched.filter((path) => /^search\/docs\/|^articles\//.test(path)),
        query,
      ).toEqual([]);
      const { passages, allPassages, ...found } = answer!;
      const fromEngine = await searched.search(query, 10);
      expect(found, query).toEqual(fromEngine);
      expect(await passages, query).toEqual(await searched.passages(fromEngine!));
      // An answer file holds every passage: there are no others to fetch.
      expect(await allPassages(), query).toEqual(await passages);
    }
  });

  it('leaves to the engine what the page cannot read without the tokenizer, or whose file it cannot fetch', async () => {
    const { answers, searched, fetched, source } = await sessions();
    let known: PageAnswers | null = null;
    const client = createSearchClient(
      () => Promise.resolve(source),
      undefined,
      () => known,
    );
    const check = async (query: string) => {
      fetched.length = 0;
      const { passages: _, allPassages: __, ...found } = (await client.search(query, 10))!;
      expect(found, query).toEqual(await searched.search(query, 10));
      return fetched.filter((path) => path.startsWith('search/answers/')).length;
    };
    // No answers known to the page yet (the manifest not read): the session in the worker reads its answer file.
    expect(await check('wa')).toBe(1);
    known = { words: answers, url: (n) => `http://x/${dataFiles.searchAnswer(n)}` };
    // Not a word of ASCII letters alone: the same.
    expect(await check(' wo')).toBe(1);
    // The page's answer file gone: the worker's session, which reads its own.
    known = { words: answers, url: () => 'http://x/search/answers/gone.json' };
    expect(await check('wi')).toBe(2);
  });

  it('resolves to nothing when a newer query overtakes it', async () => {
    const { answers, source } = await sessions();
    const client = createSearchClient(
      () => Promise.resolve(source),
      undefined,
      () => ({ words: answers, url: (n) => `http://x/${dataFiles.searchAnswer(n)}` }),
    );
    const first = client.search('wa', 10);
    const second = client.search('wh', 10);
    expect(await first).toBeNull();
    expect((await second)!.total).toBeGreaterThan(0);
  });
});
