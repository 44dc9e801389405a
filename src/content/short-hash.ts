const utf8 = new TextEncoder();

/**
 * A short hex hash (FNV-1a, 32 bits) of a text's UTF-8 bytes: enough to keep two shortened
 * names apart (a tag's page name), or to tell two manifests apart (a page's manifest stamp);
 * not for anything an attacker chooses.
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of utf8.encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
