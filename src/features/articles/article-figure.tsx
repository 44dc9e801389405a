import type { Picture } from '../../content/seeds/article.ts';
import { pictureSources } from '../../content/seeds/images.ts';

/** The widths the reader's column takes: the whole screen on a phone, at most ~48 rem beside it (the widest measure at the largest text size). */
const COLUMN_SIZES = '(min-width: 48rem) 48rem, 100vw';

/**
 * An image of an article, with its caption and credit as text. Its width and height are set,
 * so the page keeps its place before it loads (no layout shift). The lead image is likely
 * the page's largest paint: it loads at once and first; the body's load as they come near.
 */
export function ArticleFigure({ picture, lead = false }: { picture: Picture; lead?: boolean }) {
  const sources = pictureSources(picture, import.meta.env.BASE_URL);
  if (!sources) return null;
  return (
    // The figure carries the image's size too, so the stylesheet can narrow it (and its
    // caption) to the photo when the photo is drawn narrower than the column.
    <figure className={lead ? 'reader-figure reader-lead-image' : 'reader-figure'} data-width={sources.width} data-height={sources.height}>
      <img
        src={sources.src}
        srcSet={sources.srcSet}
        sizes={COLUMN_SIZES}
        width={sources.width}
        height={sources.height}
        alt={picture.alt}
        decoding="async"
        loading={lead ? undefined : 'lazy'}
        fetchPriority={lead ? 'high' : undefined}
      />
      {(picture.caption || picture.credit) && (
        <figcaption dir="auto">
          {picture.caption}
          {picture.caption && picture.credit && ' '}
          {picture.credit && <span className="reader-credit">{picture.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
