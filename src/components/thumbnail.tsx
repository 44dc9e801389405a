import { THUMB_CLASS, thumbSrc } from './thumbnail-image.ts';

/**
 * A list entry's or a search result's small picture of its lead image. Its alt text is empty:
 * the title beside it names the article, and the image's own alt text is read in the article.
 */
export function Thumbnail({ hash }: { hash: string }) {
  return <img src={thumbSrc(hash)} alt="" width={96} height={72} loading="lazy" decoding="async" className={THUMB_CLASS} />;
}
