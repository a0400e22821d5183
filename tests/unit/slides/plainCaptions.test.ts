// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadSlides } from '../../../slides/index.ts';
import { languages } from '../../../src/i18n/lang.ts';
import { sourceCaption } from '../../../src/live/activeModel.ts';
import { DATASETS } from '../../../src/data/datasets.ts';

const slides = await loadSlides();

/** Developer paths and function names that belong in the speaker notes, not on a student-facing slide. */
const JARGON = [/public\//, /model\.json/, /src\/data/, /loadMnistBrowser/];

describe('student-facing text names no file paths', () => {
  for (const slide of slides) {
    it(`${slide.id}: body has no developer paths`, () => {
      for (const lang of languages) for (const re of JARGON) expect(slide.body[lang], `${slide.id} [${lang}] ${re}`).not.toMatch(re);
    });
  }
  it('the pretrained-model caption says it in plain words, for each data set', () => {
    for (const dataset of Object.values(DATASETS)) {
      const caption = sourceCaption({ source: 'pretrained', step: 0 }, dataset);
      expect(caption.fr).toBe(`Modèle pré-entraîné sur ${dataset.name.fr}, fourni avec le diaporama`);
      expect(caption.en).toBe(`Pretrained model on ${dataset.name.en}, shipped with the slides`);
      for (const re of JARGON) expect(caption.fr + caption.en).not.toMatch(re);
    }
  });
});

describe('network slides', () => {
  it('say the pretrained hidden sizes in the order data flows: encoder 512 then 256, decoder 256 then 512', () => {
    const body = (id: string) => slides.find((s) => s.id === id)!.body;
    expect(body('encoder').fr).toContain('(512 puis 256)');
    expect(body('encoder').en).toContain('(512 then 256)');
    expect(body('decoder').fr).toContain('(256 puis 512)');
    expect(body('decoder').en).toContain('(256 then 512)');
    for (const id of ['encoder', 'decoder']) for (const lang of languages) expect(body(id)[lang]).not.toContain('${');
  });
});
