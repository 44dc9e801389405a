import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// .ci/run (the project's machines) and .github/workflows/ci.yml (GitHub) run the same checks,
// and the Pages deploy publishes only what passed them.
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const checks = (text: string) => [...text.matchAll(/^\s*(?:- run: |run: )?(npm (?:test|run [\w:-]+))\s*$/gm)].map((m) => m[1]!);

describe('CI', () => {
  it('runs typecheck, lint, the format check, unit, integration and end-to-end tests from .ci/run', () => {
    expect(checks(read('.ci/run'))).toEqual([
      'npm run typecheck',
      'npm run lint',
      'npm run format:check',
      'npm test',
      'npm run test:integration',
      'npm run test:e2e',
    ]);
  });

  it('runs on GitHub exactly what .ci/run runs, on Node 20 and 22', () => {
    const workflow = read('.github/workflows/ci.yml');
    expect(checks(workflow)).toEqual(checks(read('.ci/run')));
    expect(workflow).toMatch(/node: \[20, 22\]/);
    expect(workflow).toMatch(/^ {2}pull_request:/m);
  });

  it('deploys to GitHub Pages only after CI has passed, on Node 22', () => {
    const deploy = read('.github/workflows/deploy.yml');
    expect(deploy).toMatch(/^ {2}ci:\n {4}uses: \.\/\.github\/workflows\/ci\.yml$/m);
    expect(deploy).toMatch(/^ {2}build:\n {4}needs: ci$/m);
    expect(deploy).toMatch(/node-version: 22/);
  });
});
