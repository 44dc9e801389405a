import { mkdtempSync, readdirSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DeflatedFiles } from '../../../src/node/deflated-files.ts';

const scratch = mkdtempSync(join(tmpdir(), 'deflated-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const texts = ['{"title":"Grain shipments"}', '{"title":"Currency markets"}', '{"title":"Federal reserve"}'];

describe('DeflatedFiles', () => {
  it('gives the bytes zlib gives, and a rebuild the stored ones for every text that did not change', () => {
    const dir = join(scratch, 'reuse');
    const first = new DeflatedFiles(dir);
    expect(texts.map((text) => first.deflate(text))).toEqual(texts.map((text) => deflateRawSync(text)));
    expect(first.hits).toBe(0);
    first.save();

    const second = new DeflatedFiles(dir);
    const edited = [texts[0]!, '{"title":"Currency markets, edited"}', texts[2]!];
    const bodies = edited.map((text) => second.deflate(text));
    expect(bodies.map((body) => inflateRawSync(body).toString())).toEqual(edited);
    expect(second.hits).toBe(2);
    second.save();
    // One file of entries: the last build's is gone.
    expect(readdirSync(dir).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
    expect(new DeflatedFiles(dir).deflate(edited[1]!)).toEqual(deflateRawSync(edited[1]!));
  });

  it('deflates again a text whose stored entry was cut short', () => {
    const dir = join(scratch, 'torn');
    const first = new DeflatedFiles(dir);
    texts.forEach((text) => first.deflate(text));
    first.save();
    const [file] = readdirSync(dir).filter((name) => name.endsWith('.bin'));
    // The last entry loses its end.
    const kept = texts.slice(0, 2).reduce((sum, text) => sum + deflateRawSync(text).length, 0);
    truncateSync(join(dir, file!), kept + 3);

    const second = new DeflatedFiles(dir);
    expect(texts.map((text) => second.deflate(text))).toEqual(texts.map((text) => deflateRawSync(text)));
    expect(second.hits).toBe(2);
  });

  it('leaves the last saved entries to a build that stops before it saves, and its own are removed by the next that saves', () => {
    const dir = join(scratch, 'stopped');
    const first = new DeflatedFiles(dir);
    first.deflate(texts[0]!);
    first.save();
    const stopped = new DeflatedFiles(dir);
    stopped.deflate(texts[1]!);
    stopped.close();
    expect(readdirSync(dir).filter((name) => name.endsWith('.bin'))).toHaveLength(2);

    const next = new DeflatedFiles(dir);
    next.deflate(texts[0]!);
    next.deflate(texts[1]!);
    expect(next.hits).toBe(1);
    next.save();
    expect(readdirSync(dir).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
  });
});
