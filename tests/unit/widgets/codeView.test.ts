import { describe, expect, it } from 'vitest';
import lossSource from '../../../src/model/loss.ts?raw';
import autoencoderSource from '../../../src/model/autoencoder.ts?raw';
import loss from '../../../src/model/loss.ts?highlight';
import { codeViewHtml, tokensHtml } from '../../../src/widgets/codeView.ts';
import { findDeclaration, findSpan, mergeRanges } from '../../../src/widgets/codeDeclarations.ts';
import { listingFor } from '../../../src/widgets/codeListings.ts';
import { listingText, type CodeToken } from '../../../src/widgets/codeListing.ts';

const autoencoder = listingFor('src/model/autoencoder.ts')!;
const linesOf = (src: string, r: { start: number; end: number }) => src.split('\n').slice(r.start - 1, r.end);

describe('listingFor', () => {
  it('holds the quoted files, highlighted at build time, line for line with the source', () => {
    expect(listingText(listingFor('src/model/loss.ts')!).join('\n')).toBe(lossSource);
    expect(listingText(autoencoder).join('\n')).toBe(autoencoderSource);
    expect(listingFor('/src/model/loss.ts')).toBe(listingFor('src/model/loss.ts'));
    expect(listingFor('src/model/trainer.ts')).toBeNull();
  });
  it('is the same listing a `?highlight` import gives', () => {
    expect(listingFor('src/model/loss.ts')).toEqual(loss);
  });
});

describe('findDeclaration', () => {
  it('finds reparameterizeTensor in src/model/loss.ts with its doc comment, down to its closing brace', () => {
    const r = findDeclaration(loss, 'reparameterizeTensor');
    expect(r).not.toBeNull();
    const lines = linesOf(lossSource, r!);
    expect(lines[0]).toMatch(/^\/\*\*/);
    expect(lines.some((l) => l.includes('export function reparameterizeTensor'))).toBe(true);
    expect(lines[lines.length - 1]).toBe('}');
    expect(linesOf(lossSource, findDeclaration(loss, 'reparameterizeTensor', false)!)[0]).toMatch(/^export function reparameterizeTensor/);
  });

  it('finds the encode method of AutoencoderNet past its `{ … }` return type', () => {
    const lines = linesOf(autoencoderSource, findDeclaration(autoencoder, 'encode')!);
    expect(lines.join('\n')).toContain('zMean.applyLogits');
    expect(lines[lines.length - 1].trim()).toBe('}');
    expect(lines.join('\n')).not.toContain('decodeLogits(z');
  });

  it('ignores braces in strings and comments', () => {
    const lines: CodeToken[][] = [
      [['keyword', 'function'], ['plain', ' '], ['call', 'f'], ['plain', '() {']],
      [['plain', '  '], ['string', "'}'"], ['plain', '; '], ['comment', '// }']],
      [['plain', '}']],
    ];
    expect(findDeclaration({ lines }, 'f')).toEqual({ start: 1, end: 3 });
  });

  it('returns null for a name that is not declared', () => {
    expect(findDeclaration(loss, 'noSuchFunction')).toBeNull();
  });
});

describe('findSpan', () => {
  it('finds the encoder part of the AutoencoderNet constructor by its first and last lines', () => {
    const r = findSpan(autoencoder, { from: 'this.encoderHidden = hidden.map', to: 'this.zLogVar =' });
    const lines = linesOf(autoencoderSource, r!);
    expect(lines[0]).toContain('this.encoderHidden');
    expect(lines[lines.length - 1]).toContain('this.zLogVar =');
  });

  it('returns null when a marker is missing', () => {
    expect(findSpan(autoencoder, { from: 'no such line', to: '}' })).toBeNull();
  });
});

describe('mergeRanges', () => {
  it('sorts and merges overlapping or touching ranges', () => {
    expect(mergeRanges([{ start: 10, end: 12 }, { start: 1, end: 3 }, { start: 4, end: 5 }, { start: 11, end: 20 }])).toEqual([
      { start: 1, end: 5 },
      { start: 10, end: 20 },
    ]);
  });
});

describe('tokensHtml', () => {
  it('escapes text, wraps coloured kinds, and drops leading indentation across tokens', () => {
    expect(tokensHtml([['plain', '  '], ['plain', '  x < '], ['string', "'&'"]], 4)).toBe('x &lt; <span class="tok-string">&#39;&amp;&#39;</span>');
    expect(tokensHtml([['plain', '    '], ['comment', '// a']], 2)).toBe('  <span class="tok-comment">// a</span>');
  });
});

describe('codeViewHtml', () => {
  it('shows the file, its own line numbers and a gap between separate declarations', () => {
    const html = codeViewHtml({ file: 'src/model/loss.ts', symbols: ['klToStandardNormalTensor', 'bceWithLogitsPerImage'], lang: 'en' });
    const r = findDeclaration(loss, 'bceWithLogitsPerImage')!;
    expect(html).toContain('<code>src/model/loss.ts</code>');
    expect(html).toContain(`<span class="ln">${r.start}</span>`);
    expect(html).toContain('<span class="ln gap" aria-hidden="true">⋮</span>');
    expect(html).toContain('<span class="tok-keyword">export</span>');
    expect(html).not.toContain('code-missing');
  });

  it('names a missing declaration, or a file that is not listed, on the slide instead of hiding it', () => {
    expect(codeViewHtml({ file: 'src/model/loss.ts', symbols: ['gone'], lang: 'fr' })).toContain('Introuvable dans src/model/loss.ts\u00a0: gone');
    expect(codeViewHtml({ file: 'src/nowhere.ts', symbols: ['f'], lang: 'en' })).toContain('Not found in src/nowhere.ts: f');
  });

  it('removes the indentation common to the excerpt (a method reads from column 0)', () => {
    const html = codeViewHtml({ source: autoencoderSource, file: 'src/model/autoencoder.ts', symbols: ['encode'], lang: 'en' });
    const r = findDeclaration(autoencoder, 'encode')!;
    expect(autoencoderSource.split('\n')[r.start - 1].startsWith('  ')).toBe(true);
    expect(html).toContain(`<span class="ln">${r.start}</span><span class="lc"><span class="tok-comment">/**`);
  });
});
