// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { liveTex } from '../../../src/widgets/liveTex.ts';

describe('liveTex', () => {
  it('renders once and then rewrites only the numbers, in French', () => {
    const el = document.createElement('div');
    const f = liveTex(el, (n) => `\\begin{pmatrix} ${n(0)} & ${n(1)} \\\\ ${n(1)} & ${n(2)} \\end{pmatrix}`, { lang: 'fr', digits: 2 });
    f.set([1.44, -0.5, 0.49]);
    const html = el.querySelector('.katex-html')!;
    const spans = html.querySelectorAll('span');
    expect(html.textContent).toContain('1,44');
    expect(html.textContent).toContain('\u22120,50');
    expect(Array.from(el.querySelectorAll('mn'), (m) => m.textContent)).toEqual(['1,44', '\u22120,50', '\u22120,50', '0,49']);
    expect(el.querySelector('annotation')?.textContent).toContain('-0{,}50');
    f.set([2, 0.25, 1]);
    expect(el.querySelector('.katex-html')).toBe(html);
    expect(html.querySelectorAll('span')).toHaveLength(spans.length);
    expect(html.textContent).toContain('2,00');
    expect(html.textContent).not.toMatch(/91\d\d/);
  });

  it('writes the English way in English and never shows -0', () => {
    const el = document.createElement('div');
    const f = liveTex(el, (n) => `x = ${n(0)}`, { lang: 'en', digits: 1 });
    f.set([-0.01]);
    expect(el.querySelector('.katex-html')?.textContent).toBe('x=0.0');
    f.set([3.14159]);
    expect(el.querySelector('.katex-html')?.textContent).toBe('x=3.1');
  });
});
