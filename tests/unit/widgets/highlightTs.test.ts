import { describe, expect, it } from 'vitest';
import lossSource from '../../../src/model/loss.ts?raw';
import { highlightTs } from '../../../scripts/build/highlightTs.ts';
import type { CodeToken, TokenKind } from '../../../src/widgets/codeListing.ts';

/** The kind of the token whose text is exactly `text` on a one-line source. */
const kindOf = (tokens: CodeToken[][], text: string): TokenKind | undefined => tokens.flat().find(([, t]) => t.trim() === text)?.[0];

describe('highlightTs (build time, Shiki)', () => {
  it('gives lines whose tokens join back to the source exactly', () => {
    expect(highlightTs(lossSource).map((l) => l.map(([, t]) => t).join('')).join('\n')).toBe(lossSource);
  });

  it('classifies comments, strings, numbers, keywords, types and calls', () => {
    const t = highlightTs("const z = tf.add(mu, 0.5e-3); // z = μ + σ·ε\nlet s: Tensor = 'a{b';");
    expect(kindOf(t, 'const')).toBe('keyword');
    expect(kindOf(t, 'add')).toBe('call');
    expect(kindOf(t, '0.5e-3')).toBe('number');
    expect(kindOf(t, '// z = μ + σ·ε')).toBe('comment');
    expect(kindOf(t, 'Tensor')).toBe('type');
    expect(kindOf(t, "'a{b'")).toBe('string');
    expect(kindOf(t, '=')).toBe('plain');
  });

  it('reads a regex literal as one string, quote and slash included (the old tokenizer saw a comment)', () => {
    const t = highlightTs("const re = /\\/\\/ '[a-z]{2}\"/g; f();");
    expect(kindOf(t, "/\\/\\/ '[a-z]{2}\"/g")).toBe('string');
    expect(kindOf(t, 'f')).toBe('call');
  });

  it('colours the code inside nested template literals as code', () => {
    const t = highlightTs('const s = `a ${`b ${g(1)} c`} d`;');
    expect(kindOf(t, 'g')).toBe('call');
    expect(kindOf(t, '1')).toBe('number');
    expect(kindOf(t, '`a')).toBe('string');
    expect(kindOf(t, 'd`')).toBe('string');
  });

  it('reads bigint and hex literals as one number', () => {
    const t = highlightTs('const n = 10n + 0xFFn;');
    expect(kindOf(t, '10n')).toBe('number');
    expect(kindOf(t, '0xFFn')).toBe('number');
  });

  it('splits a block comment into self-contained lines', () => {
    expect(highlightTs('/* a\n b */ x')).toEqual([[['comment', '/* a']], [['comment', ' b */'], ['plain', ' x']]]);
  });
});
