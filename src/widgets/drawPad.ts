/**
 * A drawing pad for one digit: pointer events (mouse, touch, pen) draw with a thick round brush like MNIST ink;
 * « Annuler » / "Undo" and « Effacer » / "Clear" buttons; keyboard users type a digit 0–9 to get a stored glyph,
 * Backspace or Ctrl+Z to undo, Delete to clear. The drawing lives as strokes in pad units (the pad owns them);
 * listeners are registered through the slide's Scope. In print it shows a stored example, never an empty box.
 */
import type { Scope } from '../deck/types.ts';
import type { StrokeDrawing, StrokePoint } from '../data/digitPreprocess.ts';
import { BRUSH_SHARE, strokeDigit } from '../data/strokeDigits.ts';
import { context2d } from '../charts/digitGrid.ts';
import { roles } from '../charts/palette.ts';
import './drawPad.css';

/** Why the drawing changed: a stroke in progress (pointer move) or a finished edit (stroke end, undo, clear, key). */
export type PadPhase = 'drawing' | 'done';

/** Options of a DrawPad. */
export interface DrawPadOptions {
  /** CSS size of the drawing area in px. */
  width: number;
  height: number;
  /** Called with the current drawing on every change. */
  onChange?: (drawing: StrokeDrawing, phase: PadPhase) => void;
  /** Strokes to start with (in this pad's units); in print, the stored example digit when absent. */
  initial?: StrokeDrawing;
}

/** The digit shown in print when the slide gives no drawing of its own. */
export const PRINT_EXAMPLE_DIGIT = 2;
/** Largest side of the canvas backing store in device px (a 4K-wide pad must not allocate 30 M pixels). */
const MAX_BACKING = 2048;
/** Most undo steps kept. */
const MAX_HISTORY = 100;

type Strokes = StrokePoint[][];

/** The pad: a canvas carrying `data-draw-pad`, its buttons and a hint shown while it is empty. */
export class DrawPad {
  readonly root: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  private readonly hint: HTMLElement;
  private readonly width: number;
  private readonly height: number;
  private readonly brush: number;
  private strokes: Strokes = [];
  private readonly history: Strokes[] = [];
  /** The stroke being drawn, and the canvas's box taken at its start (read once, not per move: each read forces a layout). */
  private active: { id: number; stroke: StrokePoint[]; rect: DOMRect } | null = null;
  private readonly backingScale: number;

  constructor(parent: HTMLElement, private readonly scope: Scope, private readonly options: DrawPadOptions) {
    const ok = (v: number) => Number.isFinite(v) && v >= 8;
    this.width = ok(options.width) ? options.width : 280;
    this.height = ok(options.height) ? options.height : 280;
    this.brush = BRUSH_SHARE * Math.min(this.width, this.height);
    this.root = document.createElement('div');
    this.root.className = 'draw-pad';
    this.root.setAttribute('data-prevent-swipe', '');
    const t = scope.t.bind(scope);
    this.root.innerHTML = `<div class="draw-pad-area">
  <canvas data-draw-pad tabindex="0"></canvas>
  <p class="draw-pad-hint" aria-hidden="true">${t({ fr: 'Dessinez un chiffre ici', en: 'Draw a digit here' })}</p>
</div>
<div class="draw-pad-buttons">
  <button type="button" data-pad-undo>${t({ fr: 'Annuler', en: 'Undo' })}</button>
  <button type="button" data-pad-clear>${t({ fr: 'Effacer', en: 'Clear' })}</button>
</div>`;
    this.canvas = this.root.querySelector('canvas')!;
    this.hint = this.root.querySelector('.draw-pad-hint')!;
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', t({
      fr: 'Zone de dessin\u00a0: dessinez un chiffre à la souris, au doigt ou au stylet\u202f; au clavier, tapez un chiffre de 0 à 9 (Retour arrière\u00a0: annuler, Suppr\u00a0: effacer)',
      en: 'Drawing pad: draw a digit with a mouse, a finger or a pen; with the keyboard, type a digit 0–9 (Backspace: undo, Delete: clear)',
    }));
    this.backingScale = Math.min(Math.max(2, globalThis.devicePixelRatio || 1), MAX_BACKING / Math.max(this.width, this.height));
    this.canvas.width = Math.max(1, Math.round(this.width * this.backingScale));
    this.canvas.height = Math.max(1, Math.round(this.height * this.backingScale));
    Object.assign(this.canvas.style, { width: `${this.width}px`, height: `${this.height}px` });
    parent.append(this.root);

    const initial = options.initial ?? (scope.mode === 'print' ? strokeDigit(PRINT_EXAMPLE_DIGIT, this.width, this.height) : null);
    if (initial) this.strokes = fitStrokes(initial, this.width, this.height);
    this.redraw();
    if (scope.mode !== 'print') this.listen();
    scope.own(this);
  }

  /** The current drawing (a copy: the pad keeps its strokes). */
  get drawing(): StrokeDrawing {
    return { width: this.width, height: this.height, brush: this.brush, strokes: this.strokes.map((s) => s.map((p) => ({ ...p }))) };
  }

  /** Replace the drawing (from another pad size: rescaled to fit); undoable. */
  setDrawing(drawing: StrokeDrawing): void {
    this.commit(fitStrokes(drawing, this.width, this.height));
  }

  /** Put the stored glyph of digit d (0–9) on the pad; undoable. */
  typeDigit(d: number): void {
    this.commit(fitStrokes(strokeDigit(d, this.width, this.height), this.width, this.height));
  }

  /** Go back one edit (a stroke, a clear, a typed digit). */
  undo(): void {
    if (this.active) return;
    const previous = this.history.pop();
    if (!previous) return;
    this.strokes = previous;
    this.changed('done');
  }

  /** Remove every stroke; undoable. */
  clear(): void {
    if (this.strokes.length > 0) this.commit([]);
  }

  /** Remove the pad from the page. */
  destroy(): void {
    this.active = null;
    this.root.remove();
  }

  private commit(next: Strokes): void {
    this.history.push(this.strokes);
    if (this.history.length > MAX_HISTORY) this.history.shift();
    this.strokes = next;
    this.changed('done');
  }

  private changed(phase: PadPhase): void {
    this.redraw();
    this.options.onChange?.(this.drawing, phase);
  }

  private listen(): void {
    const s = this.scope;
    s.listen(this.canvas, 'pointerdown', (ev: PointerEvent) => {
      if (this.active || (ev.pointerType === 'mouse' && ev.button !== 0)) return;
      const rect = this.canvas.getBoundingClientRect();
      const p = this.point(ev, rect);
      if (!p) return;
      ev.preventDefault();
      this.canvas.focus({ preventScroll: true });
      try {
        this.canvas.setPointerCapture(ev.pointerId);
      } catch {
        // synthetic events (tests, tools) have no active pointer to capture
      }
      this.history.push(this.strokes);
      if (this.history.length > MAX_HISTORY) this.history.shift();
      this.active = { id: ev.pointerId, stroke: [p], rect };
      this.strokes = [...this.strokes, this.active.stroke];
      this.changed('drawing');
    });
    s.listen(this.canvas, 'pointermove', (ev: PointerEvent) => {
      if (!this.active || ev.pointerId !== this.active.id) return;
      const events = typeof ev.getCoalescedEvents === 'function' ? ev.getCoalescedEvents() : [];
      let added = false;
      for (const e of events.length > 0 ? events : [ev]) {
        const p = this.point(e, this.active.rect);
        if (p) {
          this.active.stroke.push(p);
          added = true;
        }
      }
      if (added) this.changed('drawing');
    });
    const end = (ev: PointerEvent): void => {
      if (!this.active || ev.pointerId !== this.active.id) return;
      this.active = null;
      this.changed('done');
    };
    s.listen(this.canvas, 'pointerup', end);
    s.listen(this.canvas, 'pointercancel', end);
    s.listen(this.canvas, 'lostpointercapture', end);
    s.listen(this.root.querySelector('[data-pad-undo]')!, 'click', () => this.undo());
    s.listen(this.root.querySelector('[data-pad-clear]')!, 'click', () => this.clear());
    s.listen(this.canvas, 'keydown', (ev: KeyboardEvent) => {
      if (ev.altKey || ev.metaKey) return;
      if (/^[0-9]$/.test(ev.key) && !ev.ctrlKey) this.typeDigit(Number(ev.key));
      else if (ev.key === 'Backspace' || (ev.ctrlKey && ev.key.toLowerCase() === 'z')) this.undo();
      else if (ev.key === 'Delete') this.clear();
      else return;
      ev.preventDefault();
      ev.stopPropagation(); // the deck's own keys (overview, blackout …) must not fire while typing on the pad
    });
  }

  /** The event's position in pad units (the slide may be scaled by a CSS transform), clamped to the pad. */
  private point(ev: PointerEvent, rect: DOMRect): StrokePoint | null {
    const sx = rect.width > 0 ? this.width / rect.width : 1;
    const sy = rect.height > 0 ? this.height / rect.height : 1;
    const x = (ev.clientX - rect.left) * sx;
    const y = (ev.clientY - rect.top) * sy;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    return { x: Math.min(this.width, Math.max(0, x)), y: Math.min(this.height, Math.max(0, y)) };
  }

  private redraw(): void {
    const empty = this.strokes.length === 0;
    this.hint.hidden = !empty;
    this.root.dataset.strokes = String(this.strokes.length);
    const ctx = context2d(this.canvas);
    if (!ctx) return;
    ctx.setTransform(this.backingScale, 0, 0, this.backingScale, 0, 0);
    ctx.fillStyle = roles.paper;
    ctx.fillRect(0, 0, this.width, this.height);
    ctx.strokeStyle = roles.ink;
    ctx.fillStyle = roles.ink;
    ctx.lineWidth = this.brush;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    for (const stroke of this.strokes) {
      if (stroke.length === 1) {
        ctx.beginPath();
        ctx.arc(stroke[0].x, stroke[0].y, this.brush / 2, 0, 2 * Math.PI);
        ctx.fill();
        continue;
      }
      ctx.beginPath();
      ctx.moveTo(stroke[0].x, stroke[0].y);
      for (const p of stroke.slice(1)) ctx.lineTo(p.x, p.y);
      ctx.stroke();
    }
  }
}

/** Strokes of `drawing` scaled (same factor on both axes, centred) to a width×height pad. */
export function fitStrokes(drawing: StrokeDrawing, width: number, height: number): Strokes {
  const k = drawing.width > 0 && drawing.height > 0 ? Math.min(width / drawing.width, height / drawing.height) : 1;
  const ox = (width - drawing.width * k) / 2;
  const oy = (height - drawing.height * k) / 2;
  return drawing.strokes
    .map((s) => s.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).map((p) => ({ x: ox + p.x * k, y: oy + p.y * k })))
    .filter((s) => s.length > 0);
}
