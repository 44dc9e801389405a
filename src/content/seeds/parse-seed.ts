import type { Article, Block, Picture, SeedProblem } from './article.ts';
import { readFrontMatter, type FrontMatterKey } from './front-matter.ts';
import { htmlExportLine } from './html-export.ts';
import { seedId } from './seed-id.ts';
import { tagSlug } from '../archive/tags.ts';
import { dateDoubt, dateProblem } from './seed-date.ts';
import { inlinesFrom, toBlocks } from './blocks.ts';
import { markdownBlocks } from './markdown.ts';
import { leadImage } from './lead-image.ts';
import { typeset as typesetText, typesetBlock } from './typography.ts';
import { looksLikeHeadline, readableCase, splitTitle, textLength, truncateAtWord } from './text.ts';

/** The result of parsing one seed: an article (with any warnings), or the problems that stop it. */
export type ParseResult = { ok: true; article: Article; problems: SeedProblem[] } | { ok: false; problems: SeedProblem[] };

const DATE_HEADER = /^\s*date\s+(\S+)(?:\s+(.*))?$/;
const EXCERPT_MAX_CHARS = 220;
// Control characters other than tab and line ends (C0 and C1) and the noncharacters U+FFFE
// and U+FFFF: nothing a reader can see, and invalid in XML (the feed, the sitemap). NUL is
// refused before (the file is binary).
const UNSHOWABLE = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

interface Paragraph {
  lines: string[];
  line: number;
}

/** How the publisher's settings shape parsing. */
export interface SeedOptions {
  /** Words read a minute, for reading times. */
  readingSpeed?: number;
  /** The site's language (BCP 47), whose quotation marks and dashes the text is set with. */
  language?: string;
  /** Today's date (ISO), against which a date far in the future is doubted; the clock's date by default. */
  today?: string;
}

/** Parses a seed's text (already decoded) into an article, or reports every problem it finds, each with its line. */
export function parseSeed(
  file: string,
  rawText: string,
  { readingSpeed, language = 'en', today = new Date().toISOString().slice(0, 10) }: SeedOptions = {},
): ParseResult {
  const problems: SeedProblem[] = [];
  const error = (message: string, line?: number) => problems.push({ severity: 'error', file, line, message });

  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) {
    error('file is empty: write " date YYYY-MM-DD " followed by the article text, or delete the file');
    return { ok: false, problems };
  }
  const lines = text.split('\n');
  const unshowable = lines.flatMap((line, i) => [...line.matchAll(UNSHOWABLE)].map((match) => ({ line: i + 1, char: match[0] })));
  if (unshowable.length > 0) {
    const kinds = [...new Set(unshowable.map(({ char }) => codePoint(char)))];
    const where = unshowable.length === 1 ? '' : ` (${unshowable.length} in all, the first here)`;
    problems.push({
      severity: 'warning',
      file,
      line: unshowable[0]!.line,
      message: `control character${kinds.length > 1 ? 's' : ''} ${kinds.slice(0, 4).join(', ')}${kinds.length > 4 ? ', …' : ''} cannot be shown and ${unshowable.length > 1 ? 'are' : 'is'} left out${where}: remove ${unshowable.length > 1 ? 'them' : 'it'} from the file`,
    });
    for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.replace(UNSHOWABLE, '');
  }
  const front = readFrontMatter(file, lines);
  // What the name says is reported first, as before front matter could carry the id.
  /** Whether the front matter value of `key` was refused with an error, which then says what to do. */
  const refused = (key: FrontMatterKey) => front.problems.some((p) => p.severity === 'error' && p.line !== undefined && p.line === front.lines[key]);
  const identity = seedId(file, front.data.id, front.lines.id, refused('id'));
  problems.push(...identity.problems.filter((p) => p.line === undefined), ...front.problems, ...identity.problems.filter((p) => p.line !== undefined));
  if (front.bodyStart >= lines.length && problems.some((p) => p.severity === 'error')) return { ok: false, problems };

  let start = front.bodyStart;
  while (start < lines.length && !lines[start]!.trim()) start++;
  let date = front.data.date;
  const header = DATE_HEADER.exec(lines[start] ?? '');
  if (header) {
    date ??= header[1]!;
    const problem = dateProblem(header[1]!);
    if (problem) error(`${problem}: the header must be " date YYYY-MM-DD " with a real date, such as " date 2024-02-29 "`, start + 1);
    lines[start] = header[2] ?? '';
  }
  const html = htmlExportLine(lines, start);
  // A front matter date refused has its own error; a file that is an HTML export has no date
  // line either, and what to do about the export is what helps.
  if (!header && date === undefined && !refused('date') && html !== start) {
    error(
      `the text must begin with " date YYYY-MM-DD " (the publication date) but begins with "${truncateAtWord((lines[start] ?? '').trim(), 40)}"`,
      Math.min(start + 1, lines.length),
    );
  }
  if (html >= 0)
    error(
      'this is an HTML export (a line of page markup), which would be shown as tags, not as an article: export the article as plain text (or Markdown) and put that in the seed folder instead',
      html + 1,
    );
  const markdown = file.endsWith('.md') ? markdownBlocks(file, lines.slice(start).join('\n'), start + 1, front.data.title) : null;
  if (markdown) problems.push(...markdown.problems);
  const lead = leadImage(file, front);
  problems.push(...lead.problems);
  const paragraphs = markdown ? [] : splitParagraphs(lines, start);
  // A file that ends after its front matter has no line after it: the last line is named.
  // Images alone are an article only with a title: there is no text to take one from.
  if (markdown ? !markdown.blocks.some((b) => b.text.trim()) && (front.data.title ?? markdown.title) === undefined : paragraphs.length === 0)
    error('the article has no text after its date: add at least one paragraph', Math.min(start + 1, lines.length));
  if (problems.some((p) => p.severity === 'error') || !identity.id || !date) return { ok: false, problems };
  const doubt = dateDoubt(date, today);
  if (doubt) problems.push({ severity: 'warning', file, line: front.data.date !== undefined ? front.lines.date : start + 1, message: doubt });

  // Typographic quotes and dashes are set here, once, so the reader, the list, search, feeds
  // and page heads all show the same text.
  const typeset = (text: string) => typesetText(text, language);
  let title = front.data.title ?? markdown?.title;
  title = title === undefined ? undefined : typeset(title);
  const first = paragraphs[0];
  if (first && paragraphs.length > 1 && looksLikeHeadline(first.lines)) {
    // The source's headline line: the title, whole, not body text.
    title ??= typeset(readableCase(first.lines[0]!));
    paragraphs.shift();
  }
  const blocks: Block[] = markdown
    ? markdown.blocks.map((b) => (b.image ? { ...b, image: typesetPicture(b.image, typeset) } : typesetBlock(b, language)))
    : toBlocks(paragraphs.map((p) => p.lines)).map((b) => ({ kind: b.kind, text: typeset(b.text) }));
  const body = blocks.map((b) => b.text).join('\n');
  const lede = blocks.findIndex((b) => b.kind === 'paragraph');
  let excerpt = blocks[Math.max(lede, 0)]!.text;
  if (title === undefined) {
    const derived = splitTitle(excerpt);
    title = derived.title;
    if (derived.cut) {
      // The reader needs the whole sentence the title cuts; the list goes on where the title stops.
      excerpt = `…${derived.rest}`;
    } else if (lede >= 0 && derived.rest) {
      // The title is the lede's first sentence, whole: the body goes on after it.
      const block = blocks[lede]!;
      // A Markdown lede keeps its emphasis and links from where the title stops.
      if (block.inlines) {
        if (block.text.endsWith(derived.rest)) block.inlines = inlinesFrom(block.inlines, block.text.length - derived.rest.length);
        else delete block.inlines;
      }
      excerpt = block.text = derived.rest;
    } else if (lede >= 0 && blocks.length > 1) {
      blocks.splice(lede, 1);
      excerpt = blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
    } else {
      // The title is all the text there is: the body keeps it, the list shows it once.
      excerpt = '';
    }
  }

  const article: Article = {
    id: identity.id,
    ...(identity.order === undefined ? {} : { order: identity.order }),
    file,
    date,
    title,
    excerpt: truncateAtWord(excerpt, EXCERPT_MAX_CHARS),
    ...textLength(body, readingSpeed),
    tags: [],
    blocks,
  };
  // Categories (Hugo's other taxonomy) are tags here: one kind of topic page.
  const tagged = [
    ...(front.data.tags ?? []).map((tag) => ({ tag, key: 'tags' as const })),
    ...(front.data.categories ?? []).map((tag) => ({ tag, key: 'categories' as const })),
  ];
  for (const { tag, key } of tagged) {
    if (article.tags.includes(tag)) continue;
    if (tagSlug(tag)) article.tags.push(tag);
    else
      problems.push({
        severity: 'warning',
        file,
        line: front.lines[key],
        message: `tag "${tag}" has no letter or digit, so it can have no page and is left out: write it as a word, or remove it`,
      });
  }
  if (lead.image) article.image = typesetPicture(lead.image, typeset);
  if (front.data.author) article.author = typeset(front.data.author);
  if (front.data.source) article.source = typeset(front.data.source);
  const sections = [...new Set([...(front.data.section ? [front.data.section] : []), ...(front.data.sections ?? [])])];
  if (sections.length > 0) article.sections = sections;
  return { ok: true, article, problems };
}

/** An image's alt text and caption with the language's quotes and dashes, as the text around them. */
function typesetPicture(picture: Picture, typeset: (text: string) => string): Picture {
  return { ...picture, alt: typeset(picture.alt), ...(picture.caption ? { caption: typeset(picture.caption) } : {}) };
}

function splitParagraphs(lines: readonly string[], start: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      current = null;
    } else if (current) {
      current.lines.push(line);
    } else {
      current = { lines: [line], line: i + 1 };
      paragraphs.push(current);
    }
  }
  return paragraphs;
}
