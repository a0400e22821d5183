import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { AnnotationStore, annotationsStorageKey, type AnnotationStorage } from '../../../src/deck/pen/annotations.ts';
import { isStroke, penColourNames, penColours, strokePath, touchesStroke, type Stroke } from '../../../src/deck/pen/strokes.ts';
import { modeFromSearch, nextPreviewFromSearch, printPenFromSearch } from '../../../src/deck/mode.ts';

const line = (colour: Stroke['colour'], x0: number, y0: number, x1: number, y1: number): Stroke => ({
  colour,
  points: Array.from({ length: 11 }, (_, i) => [x0 + ((x1 - x0) * i) / 10, y0 + ((y1 - y0) * i) / 10] as const),
});

/** A storage that keeps strings in a Map, as sessionStorage does. */
function memoryStorage(): AnnotationStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** The paper colour a theme stylesheet declares first. */
const paperOf = (file: string): string => /--paper:\s*(#[0-9a-f]{6})/i.exec(readFileSync(file, 'utf8'))![1];

describe('pen colours', () => {
  it('stand out at 3:1 or more on both the light and the dark paper', () => {
    const papers = [paperOf('src/deck/theme.css'), paperOf('src/deck/theme-dark.css')];
    expect(papers).toEqual(['#ffffff', '#111827']);
    for (const name of penColourNames) {
      for (const paper of papers) expect(contrast(penColours[name].css, paper), `${name} on ${paper}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('strokes', () => {
  it('outline a stroke as a closed SVG path of finite numbers', () => {
    const d = strokePath(line('blue', 100, 100, 300, 150).points);
    expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z$/);
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(strokePath([])).toBe('');
  });

  it('are touched by the eraser near their line, not far from it', () => {
    const s = line('green', 100, 100, 300, 100);
    expect(touchesStroke(s, [200, 110], 10)).toBe(true);
    expect(touchesStroke(s, [200, 140], 10)).toBe(false);
    expect(touchesStroke({ colour: 'green', points: [[50, 50]] }, [55, 50], 4)).toBe(true);
  });

  it('reject bogus input (unknown colour, NaN, far outside the slide, no points)', () => {
    expect(isStroke(line('vermillion', 0, 0, 1280, 720))).toBe(true);
    expect(isStroke({ colour: 'pink', points: [[1, 2]] })).toBe(false);
    expect(isStroke({ colour: 'blue', points: [[NaN, 2]] })).toBe(false);
    expect(isStroke({ colour: 'blue', points: [[1e6, 2]] })).toBe(false);
    expect(isStroke({ colour: 'blue', points: [] })).toBe(false);
    expect(isStroke(null)).toBe(false);
  });
});

describe('AnnotationStore', () => {
  it('keeps strokes per slide; the eraser and clear act on one slide only', () => {
    const store = new AnnotationStore();
    const seen = vi.fn();
    store.subscribe(seen);
    store.add('kl-divergence', line('blue', 100, 100, 300, 100));
    store.add('kl-divergence', line('green', 100, 400, 300, 400));
    store.add('title', line('vermillion', 100, 100, 300, 100));
    expect([store.strokes('kl-divergence').length, store.strokes('title').length, store.total]).toEqual([2, 1, 3]);
    expect(store.eraseAt('kl-divergence', [200, 102], 8)).toBe(1);
    expect(store.strokes('kl-divergence').map((s) => s.colour)).toEqual(['green']);
    expect(store.strokes('title')).toHaveLength(1);
    store.clear('kl-divergence');
    expect([store.strokes('kl-divergence').length, store.total]).toEqual([0, 1]);
    expect(seen.mock.calls.map((c) => c[0])).toEqual(['kl-divergence', 'kl-divergence', 'title', 'kl-divergence', 'kl-divergence']);
  });

  it('comes back from storage (a reload, the print page) and drops what is not a stroke', () => {
    const storage = memoryStorage();
    const a = new AnnotationStore(storage);
    a.add('title', line('blue', 10, 10, 200, 200));
    const b = new AnnotationStore(storage);
    expect(b.strokes('title')).toEqual(a.strokes('title'));
    storage.map.set(annotationsStorageKey, JSON.stringify({ title: [{ colour: 'blue', points: [[1, 'x']] }, line('green', 0, 0, 9, 9)], x: 3 }));
    expect(new AnnotationStore(storage).strokes('title').map((s) => s.colour)).toEqual(['green']);
    storage.map.set(annotationsStorageKey, '{not json');
    expect(new AnnotationStore(storage).total).toBe(0);
  });

  it('works, empty, where storage is blocked', () => {
    const blocked: AnnotationStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = new AnnotationStore(blocked);
    store.add('title', line('blue', 10, 10, 20, 20));
    expect(store.total).toBe(1);
  });
});

describe('printPenFromSearch', () => {
  it('prints the drawings only when asked', () => {
    expect(printPenFromSearch('?print-pdf&print-pen=1')).toBe(true);
    expect(printPenFromSearch('?print-pdf&print-pen')).toBe(true);
    expect(printPenFromSearch('?print-pdf')).toBe(false);
    expect(printPenFromSearch('?print-pdf&print-pen=0')).toBe(false);
  });
});

describe('nextPreviewFromSearch', () => {
  it('tells the next slide’s preview (receiver=next) from the current one’s and from the deck', () => {
    expect(nextPreviewFromSearch('?receiver=next&theme=dark')).toBe(true);
    expect(nextPreviewFromSearch('?receiver&theme=dark')).toBe(false);
    expect(nextPreviewFromSearch('?receiver=nexts')).toBe(false);
    expect(nextPreviewFromSearch('')).toBe(false);
    expect(modeFromSearch('?receiver=next')).toBe('preview');
  });
});
