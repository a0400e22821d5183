import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { drawingText, readZip } from '../../../scripts/lib/zipEntries.ts';

const work = mkdtempSync(join(tmpdir(), 'zip-entries-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('readZip', () => {
  it('returns stored and deflated entries by name, byte for byte', () => {
    const big = 'ppt '.repeat(5000);
    const path = join(work, 'a.zip');
    writeFileSync(path, zipSync({ 'stored.txt': [strToU8('abc'), { level: 0 }], 'ppt/slides/slide1.xml': [strToU8(big), { level: 9 }] }));
    const zip = readZip(path);
    expect([...zip.keys()].sort()).toEqual(['ppt/slides/slide1.xml', 'stored.txt']);
    expect(zip.get('stored.txt')!.toString('utf8')).toBe('abc');
    expect(zip.get('ppt/slides/slide1.xml')!.toString('utf8')).toBe(big);
  });

  it('names the file when it is not a ZIP archive', () => {
    const path = join(work, 'not.zip');
    writeFileSync(path, 'hello, not a zip');
    expect(() => readZip(path)).toThrow(/not\.zip: not a readable ZIP archive/);
  });
});

describe('drawingText', () => {
  it('joins the text runs and decodes XML entities', () => {
    expect(drawingText('<a:r><a:t>Le &lt;VAE&gt; &amp; l&#8217;ELBO</a:t></a:r><a:t>x&#x2212;1</a:t>')).toBe('Le <VAE> & l’ELBO x−1');
  });
});
