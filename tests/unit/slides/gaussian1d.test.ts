// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

import { checkStaticContent, mountSlide } from './mountSlide.ts';
import { loadSlide } from '../../../slides/index.ts';

const slide = await loadSlide('gaussian-1d');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('slide gaussian-1d', () => {
  it('has id gaussian-1d, params mu and sigma, and complete fr/en content', () => {
    expect(slide.id).toBe('gaussian-1d');
    expect(slide.params?.map((p) => p.name)).toEqual(['mu', 'sigma']);
    expect(() => checkStaticContent(slide)).not.toThrow();
    expect(slide.body.fr).toContain('68,3&nbsp;%');
    expect(slide.body.en).toContain('68.3%');
  });

  it('draws the curve, three bands and an empty histogram from the URL state', async () => {
    const m = await mountSlide(slide, { search: '?mu=1&sigma=0.5' });
    expect(m.get<HTMLInputElement>('input[name="mu"]').value).toBe('1');
    expect(m.get('[data-param="sigma"] .slider-value').textContent).toBe('0,50');
    expect(m.section.querySelectorAll('.bands path')).toHaveLength(3);
    expect(m.get('.curve').getAttribute('d')).toMatch(/^M/);
    expect(m.value('.g1d-n')).toBe(0);
    expect(m.section.querySelectorAll('.bars rect[height]:not([height="0"])')).toHaveLength(0);
  });

  it('the draw button adds 1,000 seeded samples whose mean and spread follow μ and σ', async () => {
    const m = await mountSlide(slide, { lang: 'en' });
    m.get('.g1d-draw').click();
    m.get('.g1d-draw').click();
    expect(m.value('.g1d-n')).toBe(2000);
    expect(m.get('.g1d-n').textContent).toBe('2,000');
    expect(Math.abs(m.value('.g1d-mean'))).toBeLessThan(0.1);
    expect(m.value('.g1d-std')).toBeCloseTo(1, 1);
    m.slide('mu', 2);
    m.slide('sigma', 2);
    expect(m.params.get('mu')).toBe(2);
    expect(m.value('.g1d-mean')).toBeCloseTo(2, 0);
    expect(m.value('.g1d-std')).toBeCloseTo(2, 0);
    m.get('.g1d-clear').click();
    expect(m.value('.g1d-n')).toBe(0);
  });

  it('prints with 5,000 samples drawn so the handout shows the histogram', async () => {
    const m = await mountSlide(slide, { mode: 'print' });
    expect(m.value('.g1d-n')).toBe(5000);
  });

  it('never shows NaN at the ends of the sliders, and releases its listeners on dispose', async () => {
    const m = await mountSlide(slide);
    for (const [mu, s] of [[-3, 0.5], [3, 3], [-99, -5]]) {
      m.slide('mu', mu);
      m.slide('sigma', s);
      expect(m.section.innerHTML).not.toMatch(/NaN|Infinity/);
    }
    m.scope.dispose();
    expect(m.scope.size).toBe(0);
    m.slide('mu', 1.5);
    expect(m.params.get('mu')).toBe(-3);
  });
});
