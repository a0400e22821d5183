// @vitest-environment jsdom
/** The two data slides follow the deck's data set: the preprocessing slide's image, counts and notes come from it. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSlides } from '../../../slides/index.ts';
import { DATASETS } from '../../../src/data/datasets.ts';
import { renderSlideInner } from '../../../src/deck/render.ts';
import { mountSlide } from './mountSlide.ts';

const slides = await loadSlides();

const ROOT = resolve(__dirname, '../../..');
const slide = (id: string) => slides.find((s) => s.id === id)!;

beforeAll(() => {
  // the deck's own data files, served as the built deck serves them (relative URLs under public/)
  vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(join(ROOT, 'public', String(url)))));
});
afterAll(() => vi.unstubAllGlobals());

describe('the preprocessing slide on the deck’s data set', () => {
  it('on Fashion-MNIST: shows a dress named in French and English, counts the background of the clothes, splits per class', async () => {
    const fr = await mountSlide(slide('preprocessing'), { services: { dataset: DATASETS.fashion } });
    expect(fr.get('.pp-class').textContent).toBe(' · Robe');
    expect(fr.get('.pp-split').textContent).toMatch(/pour chaque classe, les 100 dernières images vont au test \(1\u202f000 images/);
    expect(fr.get('.pp-zero').textContent).toMatch(/^50\s% des pixels valent exactement 0/); // MNIST: 81 %
    expect(fr.get('.dataset-note').dataset.dataset).toBe('fashion');
    const en = await mountSlide(slide('preprocessing'), { lang: 'en', services: { dataset: DATASETS.fashion } });
    expect(en.get('.pp-class').textContent).toBe(' · Dress');
    expect(en.get('.pp-split').textContent).toMatch(/^3\. Split: for each class/);
  });

  it('on MNIST: the digit without a class name, 81 % of zero pixels, the split per digit, no data-set note', async () => {
    const m = await mountSlide(slide('preprocessing'), { services: { dataset: DATASETS.mnist } });
    expect(m.get('.pp-class').textContent).toBe('');
    expect(m.get('.pp-zero').textContent).toMatch(/^81\s% des pixels/);
    expect(m.get('.pp-split').textContent).toMatch(/pour chaque chiffre/);
    expect(m.section.querySelector('.dataset-note')).toBeNull();
  });
});

describe('speaker notes per data set', () => {
  it('the data slides render Fashion-MNIST notes on ?data=fashion, marked with their data set, and MNIST notes otherwise', () => {
    for (const id of ['data-loading', 'preprocessing']) {
      const fashion = renderSlideInner(slide(id), 'fr', 0, 1, 'fashion');
      expect(fashion).toMatch(/<aside class="notes" data-dataset="fashion">[\s\S]*Fashion-MNIST/);
      expect(fashion.slice(fashion.indexOf('<aside'))).not.toMatch(/chiffres? manuscrits?|80\u00a0%/);
      expect(renderSlideInner(slide(id), 'en', 0, 1, 'fashion')).toMatch(/Zalando|garment/);
      expect(renderSlideInner(slide(id), 'fr', 0, 1)).toContain(`data-dataset="mnist">${slide(id).notes.fr}`);
    }
    expect(renderSlideInner(slide('kl-divergence'), 'fr', 0, 1, 'fashion')).toContain(slide('kl-divergence').notes.fr);
  });
});
