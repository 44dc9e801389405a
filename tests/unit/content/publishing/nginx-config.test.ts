import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMMUTABLE, REVALIDATE } from '../../../../src/content/publishing/cache-rules.ts';
import { nginxServer } from '../../../../src/content/publishing/nginx-config.ts';

describe('nginxServer', () => {
  it('is the block docs/deploying.md shows, so a publisher copies what the e2e tests serve', () => {
    const readme = readFileSync('docs/deploying.md', 'utf8');
    const indented = nginxServer({ root: '/srv/www', base: '/news/' })
      .trimEnd()
      .replace(/^(?=.)/gm, '  ');
    expect(readme).toContain(`  \`\`\`nginx\n${indented}\n  \`\`\``);
  });

  it('gives a sub-path its own 404 page, its address without the slash, and cache rules under it', () => {
    const block = nginxServer({ root: '/srv/www', base: '/news/' });
    expect(block).toContain('error_page 404 /news/404.html;');
    expect(block).toContain('location = /news { return 301 /news/; }');
    expect(block).toMatch(new RegExp(`location /news/assets/ \\{\\n    add_header Cache-Control "${IMMUTABLE}" always;`));
    expect(block).toMatch(new RegExp(`location /news/ \\{\\n    add_header Cache-Control "${REVALIDATE}" always;`));
    expect(block).toContain('types { application/manifest+json webmanifest; }');
  });

  it('looks up <address>.html only for a build whose pages are files', () => {
    expect(nginxServer({ root: '/srv/www', base: '/news/' })).not.toContain('try_files');
    expect(nginxServer({ root: '/srv/www', base: '/news/', format: 'file' })).toMatch(/location \/news\/ \{\n {4}try_files \$uri \$uri\.html \$uri\/ =404;/);
  });

  it('serves the root without a redirect line', () => {
    const block = nginxServer({ root: '/srv/www/dist', base: '/' });
    expect(block).toContain('error_page 404 /404.html;');
    expect(block).not.toContain('return 301');
    expect(block).toContain('location /data/ {');
  });
});
