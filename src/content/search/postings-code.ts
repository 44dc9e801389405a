// How a term's postings are written in a shard or head file (search-index.ts, Shard): one
// string of base-32 digits, which the build writes and the engine reads.

// A number is written in base 32, most significant digit first, each digit one character of
// the URL-safe base64 alphabet: the first 32 for a number's last digit, the other 32 for the
// digits before it. As JSON numbers the shards were 1.8 times as large (11.9 against 6.5 MB
// raw at Reuters) and 10 % larger gzipped.
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Each character's digit value (with 32 added for a digit that more digits follow), -1 for none.
const DIGIT_VALUES = new Int8Array(128).fill(-1);
[...DIGITS].forEach((c, i) => (DIGIT_VALUES[c.charCodeAt(0)] = i));

const DIGIT_CODES = Uint8Array.from(DIGITS, (c) => c.charCodeAt(0));
const ascii = new TextDecoder();

/** Writes a term's postings (whole numbers ≥ 0, up to 2^53) as one string. */
export function encodePostings(flat: readonly number[]): string {
  // Eleven base-32 digits hold any safe integer. Written as character codes and decoded once:
  // joining a string digit by digit tripled the time the index took to build.
  const codes = new Uint8Array(flat.length * 11);
  let at = 0;
  for (const value of flat) {
    let digits = 1;
    for (let rest = Math.floor(value / 32); rest > 0; rest = Math.floor(rest / 32)) digits++;
    let n = value;
    for (let i = digits - 1; i >= 0; i--) {
      codes[at + i] = DIGIT_CODES[(n % 32) + (i < digits - 1 ? 32 : 0)]!;
      n = Math.floor(n / 32);
    }
    at += digits;
  }
  return ascii.decode(codes.subarray(0, at));
}

/**
 * Reads a term's postings written by `encodePostings`, into a typed array: pushing the
 * numbers one by one onto an array took two to three times as long (400 shards of a
 * 250,000-article index: 190-215 ms against 55-92 ms).
 */
export function decodePostings(text: string): Float64Array {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && DIGIT_VALUES[code]! >= 0 && DIGIT_VALUES[code]! < 32) count++;
  }
  const flat = new Float64Array(count);
  let at = 0;
  let n = 0;
  let digit = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    digit = code < 128 ? DIGIT_VALUES[code]! : -1;
    if (digit < 0) throw new Error(`postings: "${text[i]}" at ${i} is not a digit`);
    n = n * 32 + (digit & 31);
    if (digit < 32) {
      flat[at++] = n;
      n = 0;
    }
  }
  if (digit >= 32) throw new Error('postings: the last number is cut off');
  return flat;
}
