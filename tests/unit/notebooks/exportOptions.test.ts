import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pdfOptions } from '../../../scripts/pdf.ts';
import { pptxOptions } from '../../../scripts/pptx.ts';
import { exportsDir, repoRoot } from '../../../scripts/lib/exportPaths.ts';
import { htmlFor } from '../../../scripts/notebook.ts';

const saved = process.env.EXPORTS_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.EXPORTS_DIR;
  else process.env.EXPORTS_DIR = saved;
});

describe('export paths and options (util.parseArgs)', () => {
  it('every export defaults to exports/, a folder vite build does not empty', () => {
    delete process.env.EXPORTS_DIR;
    expect(exportsDir()).toBe(join(repoRoot, 'exports'));
    expect(pdfOptions([])).toEqual({ lang: 'fr', notes: false, data: 'mnist', out: join(repoRoot, 'exports/handout.pdf') });
    expect(pdfOptions(['--lang', 'en', '--notes']).out).toBe(join(repoRoot, 'exports/handout-en-notes.pdf'));
    expect(pdfOptions(['--lang=en']).lang).toBe('en');
    expect(pptxOptions([])).toEqual({ lang: 'fr', data: 'mnist', out: join(repoRoot, 'exports/presentation.pptx') });
    expect(pptxOptions(['--lang', 'en']).out).toBe(join(repoRoot, 'exports/presentation-en.pptx'));
    // --data fashion: the deck as ?data=fashion shows it, in its own files (the MNIST files keep their names)
    expect(pdfOptions(['--data', 'fashion'])).toEqual({ lang: 'fr', notes: false, data: 'fashion', out: join(repoRoot, 'exports/handout-fashion.pdf') });
    expect(pdfOptions(['--lang', 'en', '--data', 'fashion', '--notes']).out).toBe(join(repoRoot, 'exports/handout-en-fashion-notes.pdf'));
    expect(pptxOptions(['--data=fashion']).out).toBe(join(repoRoot, 'exports/presentation-fashion.pptx'));
    expect(pptxOptions(['--data', 'mnist', '--lang', 'en']).out).toBe(join(repoRoot, 'exports/presentation-en.pptx'));
    expect(htmlFor(join(repoRoot, 'exports/vae-mnist.executed.ipynb'))).toBe(join(repoRoot, 'exports/vae-mnist.html'));
    expect(htmlFor('/tmp/probe.out.ipynb')).toBe('/tmp/probe.out.html');
  });

  it('EXPORTS_DIR moves the folder, --out names one file', () => {
    process.env.EXPORTS_DIR = '/tmp/elsewhere';
    expect(pdfOptions([]).out).toBe('/tmp/elsewhere/handout.pdf');
    expect(pptxOptions(['--out', '/tmp/x.pptx']).out).toBe('/tmp/x.pptx');
  });

  it('a bad language, an unknown option or a missing value is a clear error', () => {
    expect(() => pdfOptions(['--lang', 'de'])).toThrow('--lang must be fr or en, not "de"');
    expect(() => pptxOptions(['--langue', 'en'])).toThrow(/Unknown option '--langue'/);
    expect(() => pdfOptions(['--out'])).toThrow(/--out <value>' argument missing/);
    expect(() => pdfOptions(['--data', 'celeba'])).toThrow('--data must be mnist or fashion, not "celeba"');
    expect(() => pptxOptions(['--data', 'FASHION'])).toThrow('--data must be mnist or fashion, not "FASHION"');
  });
});
