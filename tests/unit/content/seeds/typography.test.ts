import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteStyle, typeset, typesetRuns } from '../../../../src/content/seeds/typography.ts';

const LANGUAGES = ['en', 'en-GB', 'de', 'de-CH', 'fr', 'es', 'it', 'pt', 'pt-BR', 'nl', 'ru', 'pl', 'sv', 'da', 'ja', 'zh', 'ar', 'xx'];
const QUOTE_MARKS = /["'“”‘’„‚«»‹›「」『』\u202F]/gu;
// The text with every quotation mark and the narrow spaces of French guillemets taken out, and dashes alike.
const unquoted = (text: string) => text.replace(QUOTE_MARKS, '').replace(/ [-–—]{1,2} /gu, ' - ');

// Text quoted as writers do: words (some with apostrophes) and punctuation, quotes nested in quotes.
const word = fc.constantFrom('time', "don't", 'Vienna', "Anna's", 'x1', '2024', 'élan', 'Москва', '東京', 'a');
// Quotes inside quotes alternate, double and single, as in print.
const words = fc.oneof(
  word,
  word.map((w) => `${w},`),
  word.map((w) => `${w} -`),
);
const { text: quoted } = fc.letrec<{ text: string; inDouble: string; inSingle: string; double: string; single: string }>((tie) => ({
  text: fc.array(fc.oneof({ depthSize: 'small' }, words, tie('double'), tie('single')), { minLength: 1, maxLength: 5 }).map((items) => items.join(' ')),
  inDouble: fc.array(fc.oneof({ depthSize: 'small' }, words, tie('single')), { minLength: 1, maxLength: 4 }).map((items) => items.join(' ')),
  inSingle: fc.array(fc.oneof({ depthSize: 'small' }, words, tie('double')), { minLength: 1, maxLength: 4 }).map((items) => items.join(' ')),
  double: tie('inDouble').map((t) => `"${t}"`),
  single: tie('inSingle').map((t) => `'${t}'`),
}));

describe('typeset', () => {
  it('sets quotes, apostrophes and a spaced hyphen in English', () => {
    expect(typeset(`"We didn't expect this - nobody did," he said. "It's the 'old Vienna' feeling."`)).toBe(
      '“We didn’t expect this – nobody did,” he said. “It’s the ‘old Vienna’ feeling.”',
    );
    expect(typeset("Sales 'fail to boost High Street'")).toBe('Sales ‘fail to boost High Street’');
    expect(typeset("the boys' toys of the '90s")).toBe('the boys’ toys of the ’90s');
  });

  it('sets each language its own marks', () => {
    const text = `"It's the 'old Vienna' feeling - really."`;
    expect(typeset(text, 'de')).toBe('„It’s the ‚old Vienna‘ feeling – really.“');
    expect(typeset(text, 'fr')).toBe('«\u202FIt’s the “old Vienna” feeling – really.\u202F»');
    expect(typeset(text, 'ru')).toBe('«It’s the „old Vienna“ feeling — really.»');
    expect(typeset(text, 'ja')).toBe('「It’s the 『old Vienna』 feeling – really.」');
    expect(quoteStyle('pt-BR')).toEqual(quoteStyle('en'));
    expect(quoteStyle('de-AT')).toEqual(quoteStyle('de'));
    expect(quoteStyle('tlh')).toEqual(quoteStyle('en'));
  });

  it('leaves URLs, tags, code and quotes inside words alone', () => {
    const text = 'See https://example.org/a-b?x=1 - <img alt="x"> or `say "hi"`, alert("x") and class=\'a\' at צה"ל';
    expect(typeset("'https://example.org/it's' - it's")).toBe("‘https://example.org/it's’ – it’s");
    expect(typeset(text)).toBe('See https://example.org/a-b?x=1 – <img alt="x"> or `say "hi"`, alert("x") and class=\'a\' at צה"ל');
  });

  it('pairs every opening quote with a closing one, in order', () => {
    fc.assert(
      fc.property(quoted, fc.constantFrom('en', 'de', 'fr', 'ru', 'pl', 'ja'), (text, language) => {
        const { double, single } = quoteStyle(language);
        const out = typeset(text, language);
        expect(out).not.toMatch(/["]/u);
        // Where the secondary close is also the apostrophe (English ’), only the primary pairs can be checked in order.
        const pairs = single[1] === '’' ? [double] : [double, single];
        const stack: string[] = [];
        for (const ch of out.replace(/\u202F/gu, '')) {
          const open = pairs.findIndex(([o]) => o.trim() === ch);
          const close = pairs.findIndex(([, c]) => c.trim() === ch);
          if (open >= 0) stack.push(ch);
          else if (close >= 0) expect(stack.pop()).toBe(pairs[close]![0].trim());
        }
        expect(stack).toEqual([]);
        // Every single quotation opens with the secondary mark: half the quotes that are not apostrophes inside words.
        const singles = ((text.match(/'/gu)?.length ?? 0) - (text.match(/(?<=\p{L})'(?=\p{L})/gu)?.length ?? 0)) / 2;
        expect(out.split(single[0]).length - 1).toBe(singles);
      }),
    );
  });

  it('is idempotent and never changes anything but quotes and dashes', () => {
    fc.assert(
      fc.property(
        fc.oneof(quoted, fc.string(), fc.string({ unit: fc.constantFrom('"', "'", ' ', '-', 'a', '1', 'é', '“', '»', '\n') })),
        fc.constantFrom(...LANGUAGES),
        (text, language) => {
          const out = typeset(text, language);
          expect(typeset(out, language)).toBe(out);
          expect(unquoted(out)).toBe(unquoted(text));
        },
      ),
    );
  });

  it('returns text without quotes or spaced hyphens as it is', () => {
    fc.assert(
      fc.property(
        fc.string().filter((t) => !/["']| - /u.test(t)),
        fc.constantFrom(...LANGUAGES),
        (text, language) => {
          expect(typeset(text, language)).toBe(text);
        },
      ),
    );
  });
});

describe('typesetRuns', () => {
  it('sets a text in runs as one text: a quotation opened in one run closes in another', () => {
    expect(typesetRuns([{ text: 'He said "' }, { text: 'never' }, { text: '" and left.' }])).toEqual(['He said “', 'never', '” and left.']);
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z "'-]{0,12}$/), { maxLength: 6 }), fc.constantFrom('en', 'de', 'fr'), (texts, language) => {
        expect(
          typesetRuns(
            texts.map((text) => ({ text })),
            language,
          ).join(''),
        ).toBe(typeset(texts.join(''), language));
      }),
    );
  });

  it('leaves a code run as written, even one a spaced hyphen would start in', () => {
    expect(typesetRuns([{ text: 'the marker ' }, { text: '- item', code: true }])).toEqual(['the marker ', '- item']);
    expect(typeset('the marker `- item`')).toBe('the marker `- item`');
  });

  it('leaves a code run as written', () => {
    expect(typesetRuns([{ text: 'Type ' }, { text: `"it's"`, code: true }, { text: ` - it's done.` }])).toEqual(['Type ', `"it's"`, ' – it’s done.']);
  });
});

describe('typesetRuns at the edge of a run', () => {
  it('sets a spaced hyphen split by a run’s end once, and the next run goes on after it', () => {
    expect(typesetRuns([{ text: 'a ' }, { text: '- b' }])).toEqual(['a –', ' b']);
  });
});
