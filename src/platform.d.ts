// The web-platform APIs that every runtime of src/content/ has (Node, the page, the search
// and service workers), declared only as far as the core uses them. Only the core's project
// (tsconfig.core.json) reads this file: it has neither the DOM's types nor Node's, so that
// anything else of either is a compile error in the core.

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}

declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
}
