import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../src/content/seeds/article.ts';
import { inlinesFrom, inlineText, listTree, type ListTree } from '../../../../src/content/seeds/blocks.ts';
import { markdownBlocks } from '../../../../src/content/seeds/markdown.ts';
import { parseSeed } from '../../../../src/content/seeds/parse-seed.ts';

const FILE = '001_0123456789abcdef.md';
const body = (source: string) => markdownBlocks(FILE, source, 1);

/** Every block's text is the plain text of its inline runs, or of its items one a line: search marks are counted in it. */
function holdsItsText(block: Block): void {
  if (block.items) expect(block.text).toBe(block.items.map(inlineText).join('\n'));
  else if (block.inlines) expect(block.text).toBe(inlineText(block.inlines));
  if (block.items) for (const item of block.items) expect(inlineText(item)).not.toContain('\n');
}

describe('markdownBlocks', () => {
  it('makes headings, paragraphs, lists, quotations and code into blocks, and keeps emphasis, code and links inside them', () => {
    const { blocks, title, problems } = body(
      [
        '# The title',
        '',
        'Some *emphasis*, **strong** text, `code` and [a link](https://example.org/a).',
        '',
        '## A section',
        '### A part',
        '',
        '- one',
        '- two',
        '  - nested',
        '',
        '3. third',
        '4. fourth',
        '',
        '> quoted',
        '> on two lines',
        '',
        '```',
        'let x = 1;',
        '```',
      ].join('\n'),
    );
    expect(title).toBe('The title');
    expect(problems).toEqual([]);
    expect(blocks.map((b) => [b.kind, b.level ?? null, b.text])).toEqual([
      ['paragraph', null, 'Some emphasis, strong text, code and a link.'],
      ['heading', 2, 'A section'],
      ['heading', 3, 'A part'],
      ['list', null, 'one\ntwo\nnested'],
      ['list', null, 'third\nfourth'],
      ['quote', null, 'quoted on two lines'],
      ['code', null, 'let x = 1;'],
    ]);
    expect(blocks[0]!.inlines).toEqual([
      { kind: 'text', text: 'Some ' },
      { kind: 'emphasis', children: [{ kind: 'text', text: 'emphasis' }] },
      { kind: 'text', text: ', ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'strong' }] },
      { kind: 'text', text: ' text, ' },
      { kind: 'code', text: 'code' },
      { kind: 'text', text: ' and ' },
      { kind: 'link', href: 'https://example.org/a', children: [{ kind: 'text', text: 'a link' }] },
      { kind: 'text', text: '.' },
    ]);
    expect(blocks[4]).toMatchObject({ ordered: true, start: 3 });
    // A paragraph of plain text keeps only its text, as a plain seed's does.
    expect(body('Just words.').blocks).toEqual([{ kind: 'paragraph', text: 'Just words.' }]);
  });

  it('ranks headings by the depths the text uses, so sections starting at ### or skipping one never skip a rank', () => {
    const levels = (source: string) =>
      body(source)
        .blocks.filter((b) => b.kind === 'heading')
        .map((b) => [b.text, b.level]);
    expect(levels('### Timetable\n\ntext\n\n##### Detail\n\nmore\n\n### Costs')).toEqual([
      ['Timetable', 2],
      ['Detail', 3],
      ['Costs', 2],
    ]);
    expect(levels('## A\n\n### B\n\n#### C\n\n##### D\n\n###### E')).toEqual([
      ['A', 2],
      ['B', 3],
      ['C', 4],
      ['D', 4],
      ['E', 4],
    ]);
  });

  it('keeps lists inside list items as lists inside them, numbered or not as written', () => {
    const { blocks } = body(['- one', '  1. first', '  2. second', '     - deep', '- two', '-', '  - lifted'].join('\n'));
    expect(blocks).toHaveLength(1);
    const [list] = blocks;
    expect(list!.text).toBe('one\nfirst\nsecond\ndeep\ntwo\nlifted');
    expect(list!.levels).toEqual([
      [0, false],
      [1, true],
      [1, true],
      [2, false],
      [0, false],
      // An item with no text of its own leaves its list at its own level.
      [0, false],
    ]);
    const shape = (tree: ListTree): unknown => tree.items.map(({ index, inner }) => (inner ? [index, tree.ordered, shape(inner)] : index));
    expect(shape(listTree(list!, list!.items!.length))).toEqual([[0, false, [1, [2, true, [3]]]], 4, 5]);
    // A list with nothing nested carries no levels: its JSON stays as it was.
    expect(body('- a\n- b').blocks[0]!.levels).toBeUndefined();
  });

  it('nests any depths into lists that hold every item once, in order, each one level at most below its parent', () => {
    const depths = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.boolean()), { maxLength: 30 });
    fc.assert(
      fc.property(depths, fc.boolean(), (levels, ordered) => {
        const order: number[] = [];
        const walk = (tree: ListTree, depth: number) => {
          for (const { index, inner } of tree.items) {
            order.push(index);
            // An item is never deeper than its depth says, and never deeper than one below the item before it.
            expect(depth).toBeLessThanOrEqual(levels[index]![0]);
            if (inner) walk(inner, depth + 1);
          }
        };
        walk(listTree({ ordered, levels }, levels.length), 0);
        expect(order).toEqual(levels.map((_, i) => i));
      }),
    );
  });

  it('keeps each list item one line of the list’s text, whatever is wrapped across the source’s lines', () => {
    const { blocks } = body('- one `a\n  b` two <a\n  b>x</a>\n- three');
    expect(blocks[0]!.items!.map(inlineText)).toEqual(['one a b two <a b>x</a>', 'three']);
    holdsItsText(blocks[0]!);
  });

  it('keeps raw HTML as the text it is, never as markup', () => {
    const { blocks } = body('<script>alert(1)</script>\n\nA <b>bold</b> claim <img src=x onerror=alert(1)>.');
    expect(blocks.map((b) => b.text)).toEqual(['<script>alert(1)</script>', 'A <b>bold</b> claim <img src=x onerror=alert(1)>.']);
    expect(blocks.every((b) => !b.inlines || b.inlines.every((i) => i.kind === 'text'))).toBe(true);
  });

  it('follows only http(s) and mailto links, and says which others it shows as text, on their line', () => {
    const { blocks, problems } = markdownBlocks(
      FILE,
      'Intro.\n\n[run](javascript:alert(1)), [page](other.md), [mail](mailto:desk@example.org) and [ref][r].\n\n[r]: https://example.org/r',
      5,
    );
    expect(blocks[1]!.inlines!.filter((i) => i.kind === 'link').map((i) => i.kind === 'link' && i.href)).toEqual([
      'mailto:desk@example.org',
      'https://example.org/r',
    ]);
    expect(blocks[1]!.text).toBe('run, page, mail and ref.');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', file: FILE, line: 7, message: expect.stringMatching(/"javascript:alert\(1\)" is shown as plain text/) }),
      expect.objectContaining({ severity: 'warning', line: 7, message: expect.stringMatching(/"other\.md"/) }),
    ]);
  });

  it('makes an image standing alone an image block, with its alt text, its title as caption and its file beside the seed', () => {
    const { blocks, problems } = markdownBlocks('2024/06/flood.md', 'Before.\n\n![A flooded street](street.jpg "The high street at noon")', 1);
    expect(problems).toEqual([]);
    expect(blocks[1]).toEqual({
      kind: 'image',
      text: '',
      image: { alt: 'A flooded street', caption: 'The high street at noon', source: '2024/06/street.jpg', line: 3 },
    });
  });

  it('shows an image inside a paragraph after the paragraph’s text, and one inside a list as its alt text, with a warning', () => {
    const { blocks, problems } = body('See ![A map](map.png) here.\n\n- item ![A pin](pin.png)');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'image', 'list']);
    expect(blocks[0]!.text).toBe('See  here.');
    expect(blocks[2]!.text).toBe('item A pin');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: 3, message: expect.stringMatching(/image "pin\.png" is not shown inside a heading or a list/) }),
    ]);
  });

  it('refuses an image without alt text, on another site, or outside the seed folder, naming the line', () => {
    const { problems } = body('Text.\n\n![](a.jpg)\n\n![A](https://example.org/a.jpg)\n\n![B](../../etc/b.jpg)\n\n![C][ref]\n\n[ref]: //cdn.example/c.png');
    expect(problems.map((p) => [p.severity, p.line])).toEqual([
      ['error', 3],
      ['error', 5],
      ['error', 7],
      ['error', 9],
    ]);
    expect(problems[0]!.message).toMatch(/no alt text/);
    expect(problems[1]!.message).toMatch(/another site.*download the image, put it beside the seed/);
    expect(problems[2]!.message).toMatch(/leads out of the seed folder/);
  });

  it('fails the seed whose image has no alt text', () => {
    const result = parseSeed(FILE, '---\ndate: 2024-06-03\n---\nText here.\n\n![](a.jpg)\n');
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', line: 6 })]);
  });

  it('never throws, and every block holds its own text, whatever the input', () => {
    const markdownish = fc.stringMatching(/^[-*_`#>[\]()!\n a-z0-9<>/:.1]{0,200}$/);
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string()), (source) => {
        const { blocks, problems } = body(source);
        for (const block of blocks) holdsItsText(block);
        for (const problem of problems) expect(problem.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('inlinesFrom', () => {
  it('cuts inline runs at a place in their plain text, keeping the marks around what is left', () => {
    const inlines = body('First sentence. Then *more* text.').blocks[0]!.inlines!;
    const rest = inlinesFrom(inlines, 'First sentence. '.length);
    expect(inlineText(rest)).toBe('Then more text.');
    expect(rest[1]).toEqual({ kind: 'emphasis', children: [{ kind: 'text', text: 'more' }] });
    fc.assert(
      fc.property(fc.nat(40), (from) => {
        expect(inlineText(inlinesFrom(inlines, from))).toBe(inlineText(inlines).slice(from));
      }),
    );
  });
});

describe('a Markdown seed', () => {
  const seed = (text: string) => parseSeed(FILE, text, { today: '2026-01-01' });

  it('takes its title from a first-line "# heading", its date from the front matter, and is typeset like a plain seed', () => {
    const result = seed('---\ndate: 2024-05-06\n---\n# Council "agrees" budget\n\nThe mayor said "it\'s a *fair* deal".');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Council “agrees” budget');
    expect(result.article.date).toBe('2024-05-06');
    expect(result.article.blocks[0]!.text).toBe('The mayor said “it’s a fair deal”.');
    expect(result.article.blocks[0]!.inlines![1]).toEqual({ kind: 'emphasis', children: [{ kind: 'text', text: 'fair' }] });
  });

  it('without a title, takes the lede’s first sentence, and the lede keeps its emphasis after it', () => {
    const result = seed(' date 2024-05-06 The council met. It agreed a *fair* budget.');
    expect(result.ok && result.article.title).toBe('The council met');
    if (!result.ok) return;
    expect(result.article.blocks[0]!.text).toBe('It agreed a fair budget.');
    expect(result.article.blocks[0]!.inlines).toEqual([
      { kind: 'text', text: 'It agreed a ' },
      { kind: 'emphasis', children: [{ kind: 'text', text: 'fair' }] },
      { kind: 'text', text: ' budget.' },
    ]);
  });

  it('names the seed line of a problem below its front matter', () => {
    const result = seed('---\ndate: 2024-05-06\n---\n# Title\n\nText with [a bad link](ftp://x).');
    expect(result.problems).toEqual([expect.objectContaining({ line: 6 })]);
  });

  it('is refused with a line when it has no text', () => {
    const result = seed('---\ndate: 2024-05-06\n---\n');
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/no text/) })]);
  });
});

describe('a Markdown seed with a title in its front matter', () => {
  const seed = (text: string) => parseSeed(FILE, `---\ndate: 2024-05-06\ntitle: Budget agreed\n---\n${text}`, { today: '2026-01-01' });

  it('drops an opening "# heading" that repeats it, and keeps one that does not as a heading of the text', () => {
    const repeated = seed('# Budget  agreed\n\nThe text.');
    expect(repeated.ok && repeated.article.blocks.map((b) => b.text)).toEqual(['The text.']);
    const other = seed('# The night session\n\nThe text.');
    expect(other.ok && [other.article.title, other.article.blocks.map((b) => [b.kind, b.text])]).toEqual([
      'Budget agreed',
      [
        ['heading', 'The night session'],
        ['paragraph', 'The text.'],
      ],
    ]);
  });
});
