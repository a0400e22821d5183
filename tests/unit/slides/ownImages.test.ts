// @vitest-environment jsdom
/** The own-images slide in jsdom: its place in the deck, the print state, the live controls before any file. */
import { describe, expect, it } from 'vitest';
import { contentEntries, loadSlide } from '../../../slides/index.ts';

import { PretrainedLibrary } from '../../../src/live/pretrainedLibrary.ts';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mnistFromBytes } from '../../../src/data/mnist.ts';
import { noPretrainedSources } from '../../support/services.ts';
import { mountSlide } from './mountSlide.ts';

const ownImages = await loadSlide('own-images');
const contentSlides = await Promise.all(contentEntries.map((e) => e.load()));

describe('own-images slide', () => {
  it('comes after the live demos (draw-digit) and before the limits', () => {
    const ids = contentSlides.map((s) => s.id);
    expect(ids.indexOf('own-images')).toBe(ids.indexOf('draw-digit') + 1);
    expect(ids.indexOf('limits')).toBe(ids.indexOf('own-images') + 1);
  });

  it('says on screen that nothing leaves the machine, in French and in English', () => {
    expect(ownImages.body.fr).toContain('Rien ne quitte votre machine');
    expect(ownImages.body.en).toContain('Nothing leaves your machine');
    for (const lang of ['fr', 'en'] as const) {
      expect(ownImages.body[lang]).toMatch(/webkitdirectory/);
      expect(ownImages.body[lang]).toMatch(/type="file" class="own-files" multiple/);
    }
  });

  it('in print: the explanation in three steps and a strip of 10 tinted held-out images, no live panel', async () => {
    const set = mnistFromBytes(new Uint8Array(readFileSync(join(resolve(__dirname, '../../..'), 'public/data/mnist-10k.bin'))), 'mnist-10k.bin').test;
    const pretrained = new PretrainedLibrary({ ...noPretrainedSources, digits: async () => set });
    const m = await mountSlide(ownImages, { mode: 'print', services: { pretrained } });
    expect(m.get('.own-images').dataset.mode).toBe('print');
    expect(m.section.querySelectorAll('.own-print li')).toHaveLength(3);
    expect(m.section.querySelectorAll('.own-print-strip canvas')).toHaveLength(10);
  });

  it('in print without the held-out images: the three steps still print (never an empty box)', async () => {
    const m = await mountSlide(ownImages, { mode: 'print', lang: 'en' });
    expect(m.get('.own-print').textContent).toMatch(/Pick.*Preprocess.*Train/s);
    expect(m.section.querySelectorAll('.own-print-strip canvas')).toHaveLength(0);
  });

  it('live before any file: controls disabled, the invitation shown; a drop without files says what to drop', async () => {
    const m = await mountSlide(ownImages, { mode: 'live' });
    expect(m.get('.own-images').dataset.mode).toBe('live');
    expect(m.get<HTMLButtonElement>('.own-play').disabled).toBe(true);
    expect(m.get('.own-status').textContent).toMatch(/Choisissez un dossier/);
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    m.get('.own-drop').dispatchEvent(drop);
    expect(m.get('.own-status').textContent).toMatch(/Déposez des fichiers JPEG ou PNG/);
  });
});
