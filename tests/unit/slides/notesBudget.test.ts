import { describe, expect, it } from 'vitest';
import { loadSlides } from '../../../slides/index.ts';

const slides = await loadSlides();

/** The minutes a slide's notes open with ("≈ 2,5 min" / "≈ 2.5 min"), or null. */
function budget(notes: string): number | null {
  const m = /^<p><strong>≈ (\d+(?:[.,]\d+)?)[\s\u00a0]min\b/.exec(notes);
  return m ? Number(m[1].replace(',', '.')) : null;
}

describe('speaker notes', () => {
  it('open with the same minute budget in both languages, optional slides marked, about an hour in all', () => {
    let total = 0;
    let optional = 0;
    for (const s of slides) {
      const [fr, en] = [budget(s.notes.fr), budget(s.notes.en)];
      expect(fr, s.id).not.toBeNull();
      expect(en, s.id).toBe(fr);
      const isOptional = /^<p><strong>≈[^<]*facultative/.test(s.notes.fr);
      expect(/^<p><strong>≈[^<]*optional/.test(s.notes.en), s.id).toBe(isOptional);
      total += fr!;
      if (isOptional) optional += fr!;
    }
    expect(total).toBeGreaterThanOrEqual(55);
    expect(total).toBeLessThanOrEqual(65);
    expect(optional).toBeGreaterThan(0);
  });

  it('name no source file or npm command (a substitute teacher presents from them)', () => {
    for (const s of slides) for (const text of [s.notes.fr, s.notes.en]) expect(text, s.id).not.toMatch(/src\/|public\/|npm run|\.ts\b|worker/);
  });
});
