import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, jsonForScript } from '../../../src/content/escape.ts';

/** What an HTML parser makes of escaped text: the numeric references escapeXml writes, decoded. */
const decode = (html: string) => html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('escapeXml', () => {
  it('leaves no character that could open a tag, an entity or end a quoted attribute, and loses nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeXml(text);
        expect(escaped).not.toMatch(/[<>"']|&(?!#\d+;)/);
        expect(decode(escaped)).toBe(text);
      }),
    );
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;');
  });
});

describe('jsonForScript', () => {
  it('is JSON that parses back to the value, with nothing that could end a <script> element or open a comment in it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const input of [value, text, { text: `</script><!--${text}` }]) {
          const json = jsonForScript(input);
          expect(json).not.toMatch(/[<>&\u2028\u2029]/);
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(input)));
        }
      }),
    );
  });
});
