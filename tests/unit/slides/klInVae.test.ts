// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

import { klToStandardNormal } from '../../../src/math/kl.ts';
import { checkStaticContent, mountSlide } from './mountSlide.ts';
import { loadSlide } from '../../../slides/index.ts';

const slide = await loadSlide('kl-in-vae');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('slide kl-in-vae', () => {
  it('has id kl-in-vae, params zmu and zlogvar, and complete fr/en content with β and posterior collapse', () => {
    expect(slide.id).toBe('kl-in-vae');
    expect(slide.params?.map((p) => p.name)).toEqual(['zmu', 'zlogvar']);
    expect(() => checkStaticContent(slide)).not.toThrow();
    expect(slide.body.fr).toContain('effondrement de la loi <i>a posteriori</i>');
    expect(slide.body.en).toContain('posterior collapse');
  });

  it('shows −½(1 + log σ² − μ² − σ²) split into its centre and width parts', async () => {
    const m = await mountSlide(slide, { search: '?zmu=1&zlogvar=-2' });
    expect(m.value('.kv-total')).toBeCloseTo(klToStandardNormal(1, -2), 12);
    expect(m.value('.kv-mean')).toBeCloseTo(0.5, 12);
    expect(m.value('.kv-mean') + m.value('.kv-width')).toBeCloseTo(m.value('.kv-total'), 12);
    expect(m.get('.kv-total').textContent).toBe('1,07');
  });

  it('the term is 0 when q(z|x) is N(0, 1)', async () => {
    const m = await mountSlide(slide, { lang: 'en' });
    m.slide('zmu', 0);
    m.slide('zlogvar', 0);
    expect(m.value('.kv-total')).toBe(0);
    expect(m.get('.kv-total').textContent).toBe('0.00');
    expect(m.section.querySelectorAll('.lines path')).toHaveLength(2);
  });

  it('never shows NaN at the ends of the sliders', async () => {
    const m = await mountSlide(slide);
    for (const [a, b] of [[-3, -4], [3, 2], [1e9, -1e9]]) {
      m.slide('zmu', a);
      m.slide('zlogvar', b);
      expect(m.section.innerHTML).not.toMatch(/NaN|Infinity/);
    }
  });
});
