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

// Reading an article's record (content/reader/article-record.ts): in the page, the search
// worker and the service worker.
declare function fetch(
  input: string,
  init?: { headers?: Record<string, string>; signal?: unknown; priority?: 'high' | 'low' | 'auto'; cache?: 'no-store' },
): Promise<Response>;

declare class Response {
  constructor(body?: unknown);
  readonly ok: boolean;
  readonly status: number;
  readonly body: { pipeThrough(transform: DecompressionStream): unknown } | null;
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
}

declare class DecompressionStream {
  constructor(format: 'deflate-raw');
}
