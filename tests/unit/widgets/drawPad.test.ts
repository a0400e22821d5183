// @vitest-environment jsdom
import { testServices } from '../../support/services.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { DrawPad, fitStrokes, PRINT_EXAMPLE_DIGIT } from '../../../src/widgets/drawPad.ts';
import { createScope } from '../../../src/deck/scope.ts';
import { createParamStore } from '../../../src/deck/params.ts';
import type { MountMode } from '../../../src/deck/types.ts';
import { strokeDigit } from '../../../src/data/strokeDigits.ts';
import { preprocessStrokes, type StrokeDrawing } from '../../../src/data/digitPreprocess.ts';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});

function scope(lang: 'fr' | 'en' = 'fr', mode: MountMode = 'live') {
  return createScope({ lang, mode, params: createParamStore(new Map(), '', () => {}), declared: [], services: testServices() });
}
function mount(lang: 'fr' | 'en' = 'fr', mode: MountMode = 'live', size = 300) {
  const s = scope(lang, mode);
  const el = document.createElement('div');
  document.body.append(el);
  const seen: Array<{ drawing: StrokeDrawing; phase: string }> = [];
  const pad = new DrawPad(el, s, { width: size, height: size, onChange: (drawing, phase) => seen.push({ drawing, phase }) });
  return { s, el, pad, seen };
}
const pointer = (type: string, x: number, y: number, id = 1, pointerType = 'touch') =>
  new PointerEvent(type, { clientX: x, clientY: y, pointerId: id, pointerType, bubbles: true, cancelable: true, isPrimary: id === 1 });
function stroke(c: HTMLCanvasElement, pts: Array<[number, number]>, id = 1): void {
  c.dispatchEvent(pointer('pointerdown', pts[0][0], pts[0][1], id));
  for (const [x, y] of pts.slice(1)) c.dispatchEvent(pointer('pointermove', x, y, id));
  c.dispatchEvent(pointer('pointerup', pts[pts.length - 1][0], pts[pts.length - 1][1], id));
}

describe('DrawPad', () => {
  it('carries data-draw-pad, French buttons « Annuler » and « Effacer », English ones, and a hint while empty', () => {
    const fr = mount('fr');
    expect(fr.el.querySelector('canvas[data-draw-pad]')).toBe(fr.pad.canvas);
    expect(fr.el.querySelector('[data-pad-undo]')!.textContent).toBe('Annuler');
    expect(fr.el.querySelector('[data-pad-clear]')!.textContent).toBe('Effacer');
    expect(fr.el.querySelector<HTMLElement>('.draw-pad-hint')!.hidden).toBe(false);
    expect(fr.pad.canvas.getAttribute('aria-label')).toMatch(/^Zone de dessin\u00a0: .+\u202f; au clavier.+arrière\u00a0: annuler, Suppr\u00a0: effacer\)$/);
    const en = mount('en');
    expect(en.el.querySelector('[data-pad-clear]')!.textContent).toBe('Clear');
    expect(en.el.querySelector('[data-pad-undo]')!.textContent).toBe('Undo');
  });

  it('a touch stroke reports while drawing, then once done; points outside the canvas are clamped to its edge', () => {
    const { pad, seen, el } = mount();
    stroke(pad.canvas, [[50, 40], [60, 120], [-500, 9999], [1e12, -1e12], [70, 250]]);
    expect(seen.map((e) => e.phase)).toEqual(['drawing', 'drawing', 'drawing', 'drawing', 'drawing', 'done']);
    const d = pad.drawing;
    expect(d.strokes).toHaveLength(1);
    expect(d.strokes[0]).toEqual([{ x: 50, y: 40 }, { x: 60, y: 120 }, { x: 0, y: 300 }, { x: 300, y: 0 }, { x: 70, y: 250 }]);
    expect(d.brush).toBeCloseTo(300 / 11);
    expect(el.querySelector<HTMLElement>('.draw-pad-hint')!.hidden).toBe(true);
    expect(preprocessStrokes(d).status).toBe('ok');
  });

  it('ignores a second finger while the first draws, and moves of a pointer that is not drawing', () => {
    const { pad } = mount();
    pad.canvas.dispatchEvent(pointer('pointermove', 10, 10, 1));
    pad.canvas.dispatchEvent(pointer('pointerdown', 100, 100, 1));
    pad.canvas.dispatchEvent(pointer('pointerdown', 200, 200, 2));
    pad.canvas.dispatchEvent(pointer('pointermove', 210, 210, 2));
    pad.canvas.dispatchEvent(pointer('pointermove', 110, 110, 1));
    pad.canvas.dispatchEvent(pointer('pointerup', 110, 110, 1));
    expect(pad.drawing.strokes).toEqual([[{ x: 100, y: 100 }, { x: 110, y: 110 }]]);
  });

  it('undo takes back strokes one by one; clear empties the pad and can itself be undone', () => {
    const { pad, el } = mount();
    stroke(pad.canvas, [[10, 10], [20, 20]]);
    stroke(pad.canvas, [[30, 30], [40, 40]]);
    (el.querySelector('[data-pad-undo]') as HTMLButtonElement).click();
    expect(pad.drawing.strokes).toHaveLength(1);
    (el.querySelector('[data-pad-clear]') as HTMLButtonElement).click();
    expect(pad.drawing.strokes).toHaveLength(0);
    pad.undo();
    expect(pad.drawing.strokes).toHaveLength(1);
    pad.undo();
    pad.undo(); // nothing left to undo: no error
    expect(pad.drawing.strokes).toHaveLength(0);
  });

  it('the keyboard: a digit key draws its glyph, Backspace undoes, Delete clears, and the deck does not see those keys', () => {
    const { pad } = mount();
    let deckSaw = 0;
    document.addEventListener('keydown', () => deckSaw++);
    const key = (k: string) => pad.canvas.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    key('7');
    expect(pad.drawing.strokes).toEqual(fitStrokes(strokeDigit(7, 300, 300), 300, 300));
    key('4');
    key('Backspace');
    expect(pad.drawing.strokes).toEqual(fitStrokes(strokeDigit(7, 300, 300), 300, 300));
    key('Delete');
    expect(pad.drawing.strokes).toHaveLength(0);
    expect(deckSaw).toBe(0);
    key('b'); // not the pad's: the deck gets it (blackout)
    expect(deckSaw).toBe(1);
  });

  it('in print it shows the stored example, with no listener', () => {
    const { pad, s } = mount('fr', 'print');
    expect(pad.drawing.strokes).toEqual(fitStrokes(strokeDigit(PRINT_EXAMPLE_DIGIT, 300, 300), 300, 300));
    expect(s.size).toBe(1); // only the pad itself, owned by the scope
  });

  it('a 4K-wide pad caps its backing store and still draws; a nonsense size falls back to 280 px', () => {
    const s = scope();
    const el = document.createElement('div');
    const wide = new DrawPad(el, s, { width: 3840, height: 2160 });
    expect(Math.max(wide.canvas.width, wide.canvas.height)).toBeLessThanOrEqual(2048);
    wide.typeDigit(3);
    expect(preprocessStrokes(wide.drawing).status).toBe('ok');
    const bad = new DrawPad(el, s, { width: NaN, height: -5 });
    expect(bad.drawing.width).toBe(280);
    expect(bad.drawing.height).toBe(280);
  });

  it('listeners stay flat over 100 drawings and clears, and all go with the scope', () => {
    const { pad, s, el } = mount();
    const size = s.size;
    for (let i = 0; i < 100; i++) {
      stroke(pad.canvas, [[10 + i, 10], [20 + i, 200]]);
      pad.clear();
    }
    expect(s.size).toBe(size);
    s.dispose();
    expect(s.size).toBe(0);
    expect(el.querySelector('[data-draw-pad]')).toBeNull();
  });
});
