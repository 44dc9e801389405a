import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, pageAssembler, preparePage } from '../../../src/node/page-assembly.ts';
import { PAGE_IDS } from '../../../src/content/contracts.ts';
import { en } from '../../../src/content/publishing/messages/en.ts';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const BOOT = 'document.documentElement.dataset.theme = "dark";';
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <!--app-head--><title>The Archive</title>
    <script>${BOOT}</script>
    <script type="module" src="/assets/start-app-abc.js"></script>
  </head>
  <body><div id="root"><!--app-html--></div></body>
</html>`;
const SITE = { title: 'The Archive', description: 'News', language: 'en', logo: null, messages: en };

describe('contentSecurityPolicy', () => {
  it("allows the page's own inline scripts by hash, and no script by address or data block", () => {
    const policy = contentSecurityPolicy(`${TEMPLATE}<script type="application/json" id="x">{"a":1}</script><script type="application/ld+json">{}</script>`);
    expect(policy).toContain(`script-src 'self' ${sha(BOOT)};`);
    expect(policy.match(/'sha256-/g)).toHaveLength(1);
    for (const rule of ["default-src 'self'", "object-src 'none'", "img-src 'self' data:", "base-uri 'self'", "form-action 'self'"])
      expect(policy).toContain(rule);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});

describe('pageAssembler', () => {
  const assemble = pageAssembler(TEMPLATE, 'https://archive.example/news/', SITE);
  const page = (title: string, html = '<article>text</article>') =>
    preparePage({ html, head: { title, description: `About ${title}`, type: 'article' } }, '/news/articles/a', { files: ['articles/a.json'], stamp: title });

  it('shares an article’s image by its absolute address, size and alt text, as a large card, and names it in the structured data', () => {
    const head = {
      title: 'Harbour',
      description: 'About the harbour',
      type: 'article' as const,
      jsonLd: { '@type': 'NewsArticle' },
      image: { path: 'assets/img/aaaaaaaaaaaaaaaa-1600.webp', width: 1600, height: 1067, alt: 'The "harbour"' },
    };
    const out = assemble(preparePage({ html: '', head }, '/news/articles/a', { files: [], stamp: '' }), 'https://archive.example/news/articles/a').toString();
    expect(out).toContain('<meta property="og:image" content="https://archive.example/news/assets/img/aaaaaaaaaaaaaaaa-1600.webp" />');
    expect(out).toContain('<meta property="og:image:width" content="1600" />');
    expect(out).toContain('<meta property="og:image:height" content="1067" />');
    expect(out).toContain('<meta property="og:image:alt" content="The &#34;harbour&#34;" />');
    expect(out).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(out).toContain('"image":["https://archive.example/news/assets/img/aaaaaaaaaaaaaaaa-1600.webp"]');
    expect(assemble(page('Oil'), 'https://archive.example/news/articles/b').toString()).toContain('<meta name="twitter:card" content="summary" />');
  });

  it('puts the head, the markup and the router data where the template says, with a policy for its scripts', () => {
    const out = assemble(page('Oil prices rise'), 'https://archive.example/news/articles/a').toString();
    expect(out).toContain('<title>Oil prices rise — The Archive</title>');
    expect(out).toContain('<link rel="canonical" href="https://archive.example/news/articles/a" />');
    expect(out).toContain('<div id="root"><article>text</article></div>');
    const data = new RegExp(`<script type="application/json" id="${PAGE_IDS.routerData}">(.*?)</script>`).exec(out)?.[1];
    expect(JSON.parse(data!)).toEqual({ path: '/news/articles/a', files: ['articles/a.json'], stamp: 'Oil prices rise' });
    expect(out).toMatch(new RegExp(`<meta http-equiv="Content-Security-Policy" content="[^"]*${sha(BOOT).replace(/[+/]/g, '\\$&')}`));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
  });

  it('writes a hostile title as text in every place it goes, and keeps the router data inside its element', () => {
    const hostile = `</title><script>alert(1)</script>"'&`;
    const out = assemble(page(hostile), 'https://archive.example/news/articles/a').toString();
    expect(out).not.toContain('<script>alert(1)');
    expect(out.match(/<\/script>/g)).toHaveLength(3);
    expect(out).toContain('&#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62;&#34;&#39;&#38; — The Archive');
  });

  it('gives a page with extra head tags their own policy, leaving other pages unchanged', () => {
    const extra = `<script type="application/json" id="${PAGE_IDS.searchDirectory}">{}</script>`;
    const plain = assemble(page('A'), 'https://archive.example/news/a').toString();
    const withExtra = assemble(page('A'), 'https://archive.example/news/a', extra).toString();
    expect(withExtra).toContain(extra);
    expect(withExtra.replace(`\n${extra}`, '')).toBe(plain);
  });
});
