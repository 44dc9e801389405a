// Tags, authors and sections from the seeds' front matter, as the archive lists them: each
// with the address-safe name of its page (/tags/<slug>, /authors/<slug>, /sections/<slug>),
// the label readers see, and its articles.
import { shortHash } from '../short-hash.ts';

/**
 * The most bytes (UTF-8) of a tag's page name. It names a folder (`tags/<slug>/`) or a page file (`tags/<slug>.html`), and a data
 * file (`tags/<slug>.json`): file systems refuse names over 255 bytes, some (eCryptfs) over 143.
 */
export const MAX_SLUG_BYTES = 120;
const utf8 = new TextEncoder();

/**
 * A tag's page name: lower case, runs of anything but letters and digits made one `-`. A
 * name over {@link MAX_SLUG_BYTES} is cut at a character boundary and ends in a hash of the
 * whole, so two long tags that begin alike still get pages of their own.
 */
export function tagSlug(tag: string): string {
  const slug = tag
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (utf8.encode(slug).length <= MAX_SLUG_BYTES) return slug;
  const suffix = `-${shortHash(slug)}`;
  let prefix = '';
  let bytes = 0;
  for (const char of slug) {
    const size = utf8.encode(char).length;
    if (bytes + size > MAX_SLUG_BYTES - suffix.length) break;
    prefix += char;
    bytes += size;
  }
  return prefix.replace(/-+$/, '') + suffix;
}

export interface ArchiveTag {
  slug: string;
  /** As the newest article carrying it writes it. */
  label: string;
  /** Positions of its articles in the newest-first list. */
  docs: number[];
}

/** Every tag of a newest-first list of articles, in alphabetical order of label. Tags that differ only in case or punctuation are one tag. */
export function collectTags(articles: readonly { tags: readonly string[] }[]): ArchiveTag[] {
  return collectGroup(articles.map((article) => article.tags));
}

/** The values of a group kind of a newest-first list of articles (each article's tags, authors or sections), as tags are collected. */
export function collectGroup(valuesOf: readonly (readonly string[])[]): ArchiveTag[] {
  const tags = new Map<string, ArchiveTag>();
  valuesOf.forEach((own, doc) => {
    for (const label of own) {
      const slug = tagSlug(label);
      if (!slug) continue;
      const tag = tags.get(slug) ?? { slug, label, docs: [] };
      tags.set(slug, tag);
      if (tag.docs[tag.docs.length - 1] !== doc) tag.docs.push(doc);
    }
  });
  return [...tags.values()].sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) || (a.slug < b.slug ? -1 : 1));
}
