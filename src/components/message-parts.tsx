import { Fragment, type ReactNode } from 'react';
import type { Translator } from '../content/publishing/translator.ts';

/** A message split at its placeholders (`Translator.parts`), each placeholder filled with an element: a key, a link, an emphasis. */
export function MessageParts({ parts, slots }: { parts: ReturnType<Translator['parts']>; slots: Record<string, ReactNode> }) {
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{typeof part === 'string' ? part : slots[part.name]}</Fragment>
      ))}
    </>
  );
}
