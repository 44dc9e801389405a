// The thumbnail's address and box, apart from its React component: the search page's early
// results (features/search/results-markup.ts) draw it before React has loaded.
import { thumbFile } from '../content/seeds/images.ts';

/**
 * The thumbnail's box: a fixed size (72 × 54 px on a phone, 96 × 72 beside it), so an entry
 * never moves when it loads; at the end of the entry's first lines, the text flowing beside it.
 */
export const THUMB_CLASS = 'float-end ms-3 mb-1 h-[54px] w-[72px] rounded-sm bg-rule/40 object-cover sm:ms-4 sm:h-[72px] sm:w-24';

/** The address of a lead image's thumbnail. */
export const thumbSrc = (hash: string) => `${import.meta.env.BASE_URL}${thumbFile(hash)}`;
