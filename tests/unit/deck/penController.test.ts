// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PenController } from '../../../src/deck/pen/penController.ts';
import { AnnotationStore } from '../../../src/deck/pen/annotations.ts';

function setup() {
  const slides = document.createElement('div');
  document.body.append(slides);
  const store = new AnnotationStore();
  const pen = new PenController(slides, document.body, 'fr', store);
  const q = <T extends Element>(sel: string) => document.querySelector<T>(sel)!;
  return { slides, store, pen, q };
}

describe('PenController', () => {
  it('C and Q switch between off, pen and laser; the overlay takes pointers only while drawing', () => {
    const { pen, q } = setup();
    const layer = q<SVGSVGElement>('.pen-layer');
    expect([pen.current, layer.dataset.mode, document.documentElement.dataset.pen]).toEqual(['off', 'off', 'off']);
    pen.togglePen();
    expect([pen.current, layer.dataset.mode]).toEqual(['pen', 'pen']);
    pen.toggleLaser();
    expect(pen.current).toBe('laser');
    pen.togglePen();
    expect(pen.current).toBe('pen');
    pen.togglePen();
    expect(pen.current).toBe('off');
    document.body.replaceChildren();
  });

  it('labels its buttons in French then English, each accessible name starting with the visible text', () => {
    const { pen, q } = setup();
    const names = () =>
      [...document.querySelectorAll<HTMLButtonElement>('.pen-tools button')].map((b) => [b.textContent, b.getAttribute('aria-label')]);
    for (const [text, label] of names()) if (text) expect(label!.startsWith(text)).toBe(true);
    expect(q('.pen-toggle').textContent).toBe('Stylo');
    expect(q<HTMLElement>('.pen-drawing-tools').hidden).toBe(true);
    pen.togglePen();
    expect(q<HTMLElement>('.pen-drawing-tools').hidden).toBe(false);
    expect(q('.pen-colour[data-colour="blue"]').getAttribute('aria-label')).toBe('Couleur bleu');
    expect(q('.pen-toggle').getAttribute('aria-pressed')).toBe('true');
    pen.setLang('en');
    expect([q('.pen-toggle').textContent, q('.pen-clear').textContent, q('.pen-eraser').textContent]).toEqual(['Pen', 'Clear all', 'Eraser']);
    document.body.replaceChildren();
  });

  it('shows the current slide’s strokes and Clear all empties that slide only', () => {
    const { pen, store, q } = setup();
    const stroke = { colour: 'green' as const, points: [[10, 10], [90, 40]] as [number, number][] };
    store.add('a', stroke);
    store.add('b', stroke);
    pen.show('a');
    expect(document.querySelectorAll('.pen-strokes path')).toHaveLength(1);
    pen.togglePen();
    q<HTMLButtonElement>('.pen-clear').click();
    expect([store.strokes('a').length, store.strokes('b').length]).toEqual([0, 1]);
    expect(document.querySelectorAll('.pen-strokes path')).toHaveLength(0);
    pen.show('b');
    expect(document.querySelectorAll('.pen-strokes path')).toHaveLength(1);
    q<HTMLButtonElement>('.pen-eraser').click();
    expect(pen.current).toBe('eraser');
    document.body.replaceChildren();
  });
});
