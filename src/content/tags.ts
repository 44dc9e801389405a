// Tags from the seeds' front matter, as the archive lists them: each with the address-safe
// name of its page (/tags/<slug>), the label readers see, and its articles.

/** A tag's page name: lower case, runs of anything but letters and digits made one `-`. */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
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
  const tags = new Map<string, ArchiveTag>();
  articles.forEach(({ tags: own }, doc) => {
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
