import { describe, expect, it } from 'vitest';
import lossSource from '../../../src/model/loss.ts?raw';
import autoencoderSource from '../../../src/model/autoencoder.ts?raw';
import { highlightTsLines, tokenizeTs } from '../../../src/widgets/highlightTs.ts';
import { codeViewHtml, findDeclaration, findSpan } from '../../../src/widgets/codeView.ts';

const linesOf = (src: string, r: { start: number; end: number }) => src.split('\n').slice(r.start - 1, r.end);

describe('tokenizeTs', () => {
  it('gives tokens that concatenate back to the source exactly', () => {
    for (const src of [lossSource, autoencoderSource]) expect(tokenizeTs(src).map((t) => t.text).join('')).toBe(src);
  });

  it('classifies comments, strings, numbers, keywords, types and calls', () => {
    const toks = tokenizeTs("const z = tf.add(mu, 0.5e-3); // z = μ + σ·ε\nlet s: Tensor = 'a{b';");
    const kindOf = (text: string) => toks.find((t) => t.text === text)?.kind;
    expect(kindOf('const')).toBe('keyword');
    expect(kindOf('add')).toBe('call');
    expect(kindOf('0.5e-3')).toBe('number');
    expect(kindOf('// z = μ + σ·ε')).toBe('comment');
    expect(kindOf('Tensor')).toBe('type');
    expect(kindOf("'a{b'")).toBe('string');
  });
});

describe('highlightTsLines', () => {
  it('returns one self-contained HTML line per source line, escaping < and &', () => {
    const html = highlightTsLines('/* a\n b */ x < y && z');
    expect(html).toHaveLength(2);
    expect(html[0]).toBe('<span class="tok-comment">/* a</span>');
    expect(html[1]).toContain('&lt;');
    expect(html[1]).toContain('&amp;&amp;');
  });
});

describe('findDeclaration', () => {
  it('finds reparameterize in src/model/loss.ts with its doc comment, down to its closing brace', () => {
    const r = findDeclaration(lossSource, 'reparameterize');
    expect(r).not.toBeNull();
    const lines = linesOf(lossSource, r!);
    expect(lines[0]).toMatch(/^\/\*\*/);
    expect(lines.some((l) => l.includes('export function reparameterize'))).toBe(true);
    expect(lines[lines.length - 1]).toBe('}');
  });

  it('finds the encode method of AutoencoderNet past its `{ … }` return type', () => {
    const r = findDeclaration(autoencoderSource, 'encode');
    const lines = linesOf(autoencoderSource, r!);
    expect(lines.join('\n')).toContain('zMean.applyLogits');
    expect(lines[lines.length - 1].trim()).toBe('}');
    expect(lines.join('\n')).not.toContain('decodeLogits(z');
  });

  it('returns null for a name that is not declared', () => {
    expect(findDeclaration(lossSource, 'noSuchFunction')).toBeNull();
  });
});

describe('codeViewHtml', () => {
  it('shows the file, its own line numbers and a gap between separate declarations', () => {
    const html = codeViewHtml({ source: lossSource, file: 'src/model/loss.ts', symbols: ['klToStandardNormalTensor', 'bceWithLogitsPerImage'], lang: 'en' });
    const r = findDeclaration(lossSource, 'bceWithLogitsPerImage')!;
    expect(html).toContain('src/model/loss.ts');
    expect(html).toContain(`<span class="ln">${r.start}</span>`);
    expect(html).toContain('tok-keyword');
    expect(html).not.toContain('code-missing');
  });

  it('names a missing declaration on the slide instead of hiding it', () => {
    const html = codeViewHtml({ source: lossSource, file: 'src/model/loss.ts', symbols: ['gone'], lang: 'fr' });
    expect(html).toContain('Introuvable dans src/model/loss.ts : gone');
  });
});

describe('findSpan', () => {
  it('finds the encoder part of the AutoencoderNet constructor by its first and last lines', () => {
    const r = findSpan(autoencoderSource, { from: 'this.encoderHidden = hidden.map', to: 'this.zLogVar =' });
    const lines = linesOf(autoencoderSource, r!);
    expect(lines[0]).toContain('this.encoderHidden');
    expect(lines[lines.length - 1]).toContain('this.zLogVar =');
  });

  it('returns null when a marker is missing', () => {
    expect(findSpan(autoencoderSource, { from: 'no such line', to: '}' })).toBeNull();
  });
});

describe('codeViewHtml indentation', () => {
  it('removes the indentation common to the excerpt (a method reads from column 0)', () => {
    const html = codeViewHtml({ source: autoencoderSource, file: 'src/model/autoencoder.ts', symbols: ['encode'], lang: 'en' });
    const r = findDeclaration(autoencoderSource, 'encode')!;
    const firstCode = autoencoderSource.split('\n')[r.start - 1];
    expect(firstCode.startsWith('  ')).toBe(true);
    expect(html).toContain(`<span class="ln">${r.start}</span><span class="lc"><span class="tok-comment">/**`);
  });
});
