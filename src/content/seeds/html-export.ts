// A CMS's "export as HTML" gives one long line of tags: `<html><body><h1>Title</h1><p>…`. Read
// as plain text it would be one giant heading of escaped tags, so it is recognised and
// refused. Text that mentions markup (`<script>` in a story about security) is not an export:
// the line must open with a page or block tag, end with a tag and be mostly tags of a page.

const OPENING = /^<(?:!doctype\s+html|html|head|body|article|section|main|header|div|h[1-6]|p|ul|ol|table)\b[^>]*>/i;
const TAG = /<\/?([a-z][a-z0-9]*)\b[^>]*>/gi;
const PAGE_TAGS = new Set(
  'html head body title meta link article section main header footer nav aside div span h1 h2 h3 h4 h5 h6 p br hr ul ol li table tr td th a strong em b i figure img blockquote'.split(
    ' ',
  ),
);

/** The index of the first line from `start` on that is an HTML export (one line of page markup), or -1. */
export function htmlExportLine(lines: readonly string[], start: number): number {
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!OPENING.test(line) || !line.endsWith('>')) continue;
    const tags = [...line.matchAll(TAG)].map((match) => match[1]!.toLowerCase());
    const page = tags.filter((tag) => PAGE_TAGS.has(tag));
    if (/^<!doctype/i.test(line) || (page.length >= 4 && new Set(page).size >= 2)) return i;
  }
  return -1;
}
