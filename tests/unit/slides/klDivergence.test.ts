// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

import { klNormal } from '../../../src/math/kl.ts';
import { checkStaticContent, mountSlide } from './mountSlide.ts';
import { loadSlide } from '../../../slides/index.ts';

const slide = await loadSlide('kl-divergence');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('slide kl-divergence', () => {
  it('has id kl-divergence, params exactly mu1, s1, mu2, s2, and complete fr/en content', () => {
    expect(slide.id).toBe('kl-divergence');
    expect(slide.params?.map((p) => p.name).sort()).toEqual(['mu1', 'mu2', 's1', 's2']);
    expect(() => checkStaticContent(slide)).not.toThrow();
  });

  it('?mu1=0&s1=1&mu2=1&s2=2 shows KL(p‖q) = 0,44 and KL(q‖p) = 1,31 in French', async () => {
    const m = await mountSlide(slide, { search: '?mu1=0&s1=1&mu2=1&s2=2' });
    expect(m.value('.kl-pq-value')).toBeCloseTo(klNormal(0, 1, 1, 2), 12);
    expect(m.value('.kl-qp-value')).toBeCloseTo(klNormal(1, 2, 0, 1), 12);
    expect(m.get('.kl-pq-value').textContent).toBe('0,44');
    expect(m.get('.kl-qp-value').textContent).toBe('1,31');
  });

  it('formats the English way in English', async () => {
    const m = await mountSlide(slide, { lang: 'en', search: '?mu1=0&s1=1&mu2=1&s2=2' });
    expect(m.get('.kl-pq-value').textContent).toBe('0.44');
  });

  it('“the VAE’s case” puts the encoder’s N(1.5, 0.45²) against the prior N(0, 1), sliders included', async () => {
    const m = await mountSlide(slide);
    m.get<HTMLButtonElement>('.kl-vae').click();
    expect(m.value('.kl-pq-value')).toBeCloseTo(klNormal(1.5, 0.45, 0, 1), 12);
    expect(m.get('.kl-pq-value').textContent).toBe('1,52');
    expect(m.get<HTMLInputElement>('input[name="s1"]').value).toBe('0.45');
    expect(m.get<HTMLInputElement>('input[name="mu2"]').value).toBe('0');
  });

  it('the sliders update both divergences, which vanish when p = q', async () => {
    const m = await mountSlide(slide);
    m.slide('mu2', 0);
    m.slide('s2', 1);
    expect(m.value('.kl-pq-value')).toBe(0);
    expect(m.value('.kl-qp-value')).toBe(0);
    m.slide('s1', 0.5);
    expect(m.value('.kl-pq-value')).toBeCloseTo(klNormal(0, 0.5, 0, 1), 12);
    expect(m.value('.kl-pq-value')).not.toBeCloseTo(m.value('.kl-qp-value'), 2);
  });

  it('draws p, q and the shaded integrand, with no NaN at the extremes', async () => {
    const m = await mountSlide(slide);
    expect(m.section.querySelectorAll('.lines path')).toHaveLength(2);
    expect(m.section.querySelectorAll('.areas path')).toHaveLength(1);
    for (const [a, b, c, d] of [[-3, 0.3, 3, 0.3], [3, 3, -3, 0.3], [0, -1, 0, 1e9]]) {
      m.slide('mu1', a);
      m.slide('s1', b);
      m.slide('mu2', c);
      m.slide('s2', d);
      expect(m.section.innerHTML).not.toMatch(/NaN|Infinity/);
      expect(Number.isFinite(m.value('.kl-pq-value'))).toBe(true);
    }
  });
});
