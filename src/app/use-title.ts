import { useEffect } from 'react';
import { documentTitle } from '../content/page-head.ts';
import { site } from './archive.ts';

/** Sets the document title as the reader navigates; prerendered pages carry the same title in their HTML. */
export function useTitle(page: string): void {
  useEffect(() => {
    document.title = documentTitle(page, site.title);
  }, [page]);
}
