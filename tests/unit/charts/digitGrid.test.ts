// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { DIGIT_PIXELS, DigitGrid, digitToRgba } from '../../../src/charts/digitGrid.ts';

// jsdom has no 2-D canvas context: make that explicit (the grid must cope) instead of logging 'not implemented'.
beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

describe('digitToRgba', () => {
  it('inks intensity 1 dark on white paper and 0 white', () => {
    const px = new Float32Array(DIGIT_PIXELS);
    px[0] = 1;
    const rgba = digitToRgba(px, 'paper');
    expect([...rgba.slice(0, 4)]).toEqual([17, 24, 39, 255]);
    expect([...rgba.slice(4, 8)]).toEqual([255, 255, 255, 255]);
  });

  it('draws white on black in the dark style, clamps out-of-range values and treats NaN as 0', () => {
    const px = new Float32Array(DIGIT_PIXELS);
    px[0] = 2;
    px[1] = NaN;
    px[2] = -1;
    const rgba = digitToRgba(px, 'dark');
    expect([...rgba.slice(0, 3)]).toEqual([255, 255, 255]);
    expect([...rgba.slice(4, 7)]).toEqual([0, 0, 0]);
    expect([...rgba.slice(8, 11)]).toEqual([0, 0, 0]);
  });

  it('reads the image at an offset (one image of a batch)', () => {
    const batch = new Float32Array(2 * DIGIT_PIXELS);
    batch[DIGIT_PIXELS] = 0.5;
    expect(digitToRgba(batch, 'dark', DIGIT_PIXELS)[0]).toBe(128);
  });
});

describe('DigitGrid', () => {
  it('lays out one cell per image with its caption, in the given columns', () => {
    const host = document.createElement('div');
    const grid = new DigitGrid(host, { cols: 4, cellSize: 56, gap: 6, labels: true, ariaLabel: 'digits' });
    grid.update(new Float32Array(6 * DIGIT_PIXELS), ['a', 'b', 'c', 'd', 'e', 'f']);
    expect(grid.count).toBe(6);
    expect(host.querySelectorAll('canvas')).toHaveLength(6);
    expect([...host.querySelectorAll('figcaption')].map((c) => c.textContent)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(grid.root.style.gridTemplateColumns).toBe('repeat(4, 56px)');
    expect(host.querySelector('canvas')!.style.width).toBe('56px');
    expect(grid.root.getAttribute('aria-label')).toBe('digits');
  });

  it('reuses cells and shrinks when fewer images come; destroy() removes the grid', () => {
    const host = document.createElement('div');
    const grid = new DigitGrid(host, { cols: 3, cellSize: 40, gap: 4, ariaLabel: 'three digits' });
    grid.update(new Float32Array(5 * DIGIT_PIXELS));
    const first = host.querySelector('canvas');
    grid.update(new Float32Array(2 * DIGIT_PIXELS + 10));
    expect(grid.count).toBe(2);
    expect(host.querySelector('canvas')).toBe(first);
    expect(host.querySelector('figcaption')).toBeNull();
    grid.destroy();
    expect(host.querySelector('.digit-grid')).toBeNull();
  });
});
