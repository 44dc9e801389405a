import { describe, expect, it } from 'vitest';
import { fileNameProblems, refusals } from '../../../src/node/check-site.ts';
import { buildData, DataFiles, type BuiltData } from '../../../src/node/built-data.ts';

const long = 'x'.repeat(300);
const files = new DataFiles();
files.set(`tags/${long}.json`, '[0]');
const site: BuiltData = {
  manifest: {
    dataPath: 'data/0123456789ab/',
    count: 1,
    pageSize: 50,
    months: [['2024-05', 1]],
    searchParts: 0,
    searchShards: 0,
    offlineBytes: 0,
    groups: { tag: [[long, 'X', 1]], author: [], section: [] },
    searchExample: null,
  },
  places: { placeOf: () => undefined, articleText: () => undefined },
  files,
  hashes: new Map([[`tags/${long}.json`, 'a hash']]),
};

describe('the checks the build and check-seeds share', () => {
  it('refuses a site that would need a file name over 255 bytes, saying where it comes from', () => {
    const problems = fileNameProblems(site, ['693449e0a82507a3']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/\(305 bytes\), longer than the 255 bytes a file system allows: .*data\/0123456789ab\/tags/),
    });
    // A page is checked as a file (`tags/<slug>.html`), the longer of the two page formats.
    expect(problems[1]!.message).toMatch(/\(305 bytes\).*\(tags\/x{300}\)/);
  });

  it("passes a site whose names all fit, and reports the seeds' own errors first", async () => {
    expect(await refusals({ articles: [], problems: [] }, () => buildData({ articles: [] }))).toEqual([]);
    const error = { severity: 'error' as const, file: 'a.txt', message: 'bad' };
    expect(await refusals({ articles: [], problems: [error, { ...error, severity: 'warning' }] }, () => Promise.resolve(site))).toEqual([error]);
  });
});
