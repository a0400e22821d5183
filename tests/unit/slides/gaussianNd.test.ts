// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

import { checkStaticContent, mountSlide } from './mountSlide.ts';
import { loadSlide } from '../../../slides/index.ts';

const slide = await loadSlide('gaussian-nd');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('slide gaussian-nd', () => {
  it('has id gaussian-nd, five params and complete fr/en content with the n-D diagonal formula', () => {
    expect(slide.id).toBe('gaussian-nd');
    expect(slide.params?.map((p) => p.name)).toEqual(['mu1n', 'mu2n', 's1n', 's2n', 'rho']);
    expect(() => checkStaticContent(slide)).not.toThrow();
    for (const spec of slide.params!.filter((p) => p.name === 'rho')) expect(spec.max).toBeLessThan(1);
  });

  it('shows μ and Σ live in KaTeX, with the raw numbers in data attributes', async () => {
    const m = await mountSlide(slide, { search: '?mu1n=1&mu2n=-0.5&s1n=2&s2n=0.5&rho=0.5' });
    const mat = m.get('.nd-matrices');
    expect(mat.querySelector('.katex')).not.toBeNull();
    expect(mat.dataset.mean).toBe('1,-0.5');
    expect(mat.dataset.cov).toBe('4,0.5,0.5,0.25');
    expect(mat.textContent).toContain('4,00');
    m.slide('rho', -0.8);
    expect(m.get('.nd-matrices').dataset.cov).toBe('4,-0.8,-0.8,0.25');
  });

  it('draws three ellipses, 400 samples and the mean', async () => {
    const m = await mountSlide(slide, { lang: 'en' });
    expect(m.section.querySelectorAll('.contours path')).toHaveLength(3);
    expect(m.get('.samples').getAttribute('d')?.match(/M/g)).toHaveLength(400);
    expect(m.get('.mean').getAttribute('d')).toMatch(/^M/);
  });

  it('“ρ = 0” makes the covariance diagonal', async () => {
    const m = await mountSlide(slide);
    m.get('.nd-diag').click();
    expect(m.params.get('rho')).toBe(0);
    expect(m.get('.nd-matrices').dataset.cov?.split(',')[1]).toBe('0');
    expect(m.get('[data-param="rho"] .slider-value').dataset.value).toBe('0');
  });

  it('never shows NaN at the ends of the sliders', async () => {
    const m = await mountSlide(slide);
    for (const v of [-1e9, 1e9]) {
      for (const name of ['mu1n', 'mu2n', 's1n', 's2n', 'rho']) m.slide(name, v);
      expect(m.section.innerHTML).not.toMatch(/NaN|Infinity/);
    }
  });
});
