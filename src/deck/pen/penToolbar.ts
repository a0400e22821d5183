import type { Lang } from '../../i18n/lang.ts';
import type { PenMode } from './penLayer.ts';
import { penColourNames, penColours, type PenColour } from './strokes.ts';
import { penText as t } from './penText.ts';

/** What the toolbar's buttons ask for. */
export interface PenActions {
  togglePen(): void;
  toggleLaser(): void;
  toggleEraser(): void;
  setColour(colour: PenColour): void;
  clear(): void;
}

/** The pen toolbar in the corner of the live deck. */
export interface PenToolbar {
  /** Show the current mode, colour and language. */
  update(mode: PenMode, colour: PenColour, lang: Lang): void;
  /** Remove the toolbar. */
  remove(): void;
}

function button(className: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.addEventListener('click', onClick);
  return b;
}

/** Add the toolbar to `parent`: pen and laser always; colours, eraser and clear while drawing. */
export function createPenToolbar(parent: HTMLElement, actions: PenActions): PenToolbar {
  const bar = document.createElement('div');
  bar.className = 'pen-tools';
  bar.setAttribute('role', 'toolbar');
  const pen = button('pen-toggle', () => actions.togglePen());
  const laser = button('laser-toggle', () => actions.toggleLaser());
  const drawing = document.createElement('div');
  drawing.className = 'pen-drawing-tools';
  const swatches = penColourNames.map((c) => {
    const b = button('pen-colour', () => actions.setColour(c));
    b.dataset.colour = c;
    const dot = document.createElement('span');
    dot.className = 'pen-swatch';
    dot.style.background = penColours[c].css;
    b.append(dot);
    return b;
  });
  const eraser = button('pen-eraser', () => actions.toggleEraser());
  const clear = button('pen-clear', () => actions.clear());
  drawing.append(...swatches, eraser, clear);
  // Left to right on screen as in the tab order: the drawing tools (while drawing), laser, pen.
  bar.append(drawing, laser, pen);
  parent.append(bar);
  const label = (b: HTMLButtonElement, text: string, more: string): void => {
    b.textContent = text;
    b.setAttribute('aria-label', `${text} — ${more}`);
    b.title = more;
  };
  return {
    update(mode, colour, lang) {
      bar.setAttribute('aria-label', t.toolbar[lang]);
      label(pen, t.pen[lang], t.penLabel[lang]);
      label(laser, t.laser[lang], t.laserLabel[lang]);
      label(eraser, t.eraser[lang], t.eraserLabel[lang]);
      label(clear, t.clear[lang], t.clearLabel[lang]);
      pen.setAttribute('aria-pressed', String(mode === 'pen' || mode === 'eraser'));
      laser.setAttribute('aria-pressed', String(mode === 'laser'));
      eraser.setAttribute('aria-pressed', String(mode === 'eraser'));
      for (const b of swatches) {
        const c = b.dataset.colour as PenColour;
        const name = `${t.colour[lang]} ${penColours[c][lang]}`;
        b.setAttribute('aria-label', name);
        b.title = name;
        b.setAttribute('aria-pressed', String(mode === 'pen' && c === colour));
      }
      drawing.hidden = mode !== 'pen' && mode !== 'eraser';
    },
    remove: () => bar.remove(),
  };
}
