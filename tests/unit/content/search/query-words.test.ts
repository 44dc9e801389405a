import { describe, expect, it } from 'vitest';
import { resolveQueryWords } from '../../../../src/content/search/query-words.ts';

// The vocabulary of an index built from 東京都庁で記者会見 and ガソリン価格.
const vocabulary = ['東京', '都庁', 'で', '記者', '会見', 'ガソリン', '価格'];
const holds = async (term: string, prefix: boolean) => vocabulary.some((t) => t === term || (prefix && t.startsWith(term)));

describe('resolveQueryWords', () => {
  it('searches an unspaced run as the words the index holds', async () => {
    expect(await resolveQueryWords('東京都庁', false, holds)).toEqual(['東京', '都庁']);
    expect(await resolveQueryWords('記者会見 ガソリン', false, holds)).toEqual(['記者', '会見', 'ガソリン']);
  });

  it('completes the last piece of a run being typed', async () => {
    expect(await resolveQueryWords('記者会', true, holds)).toEqual(['記者', '会']);
  });

  it('takes a half-typed word whole when the segmenter splits it into letters no article has as words', async () => {
    expect(await resolveQueryWords('ガソ', true, holds)).toEqual(['ガソ']);
    // Finished, a run whose pieces the index lacks is one word too: a correction may still find it.
    expect(await resolveQueryWords('記者会', false, holds)).toEqual(['記者会']);
  });

  it('leaves words of spaced scripts as they are', async () => {
    expect(await resolveQueryWords('Zürich Straße', true, holds)).toEqual(['zurich', 'strasse']);
  });
});
