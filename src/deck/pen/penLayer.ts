import type { AnnotationStore } from './annotations.ts';
import { penColours, strokePath, type PenColour, type Point, type Stroke } from './strokes.ts';

const svgNs = 'http://www.w3.org/2000/svg';
/** What a pointer does on the slide: nothing (widgets get it), draw, erase, or move the laser dot. */
export type PenMode = 'off' | 'pen' | 'eraser' | 'laser';
/** Eraser radius in slide pixels. */
const eraserRadius = 14;

/** A `<svg>` in slide coordinates (1280×720) holding the paths of `strokes`. */
export function strokesSvg(strokes: readonly Stroke[], className: string): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('class', className);
  svg.setAttribute('viewBox', '0 0 1280 720');
  svg.setAttribute('aria-hidden', 'true');
  const g = document.createElementNS(svgNs, 'g');
  g.setAttribute('class', 'pen-strokes');
  svg.append(g);
  drawStrokes(g, strokes);
  return svg;
}

/** Replace the paths in `g` with one filled outline per stroke. */
function drawStrokes(g: SVGGElement, strokes: readonly Stroke[]): void {
  g.replaceChildren(...strokes.map((s) => strokeElement(s.colour, strokePath(s.points))));
}

function strokeElement(colour: PenColour, d: string): SVGPathElement {
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', penColours[colour].css);
  path.dataset.colour = colour;
  return path;
}

/**
 * The live deck's drawing overlay: one SVG laid over the slides inside reveal's `.slides` box, so reveal's scale
 * transform (and the zoom) apply to it and strokes stay on the same content after a resize. It shows the current
 * slide's strokes from the store; with the pen off it lets every pointer event through (pointer-events: none).
 */
export class PenLayer {
  readonly svg: SVGSVGElement;
  private readonly strokesG: SVGGElement;
  private readonly current: SVGPathElement;
  private readonly laser: SVGCircleElement;
  private slideId: string | null = null;
  private mode: PenMode = 'off';
  private colour: PenColour = 'vermillion';
  private drawing: Point[] | null = null;
  private readonly unsubscribe: () => void;
  private readonly detach: () => void;

  constructor(container: HTMLElement, private readonly store: AnnotationStore) {
    this.svg = strokesSvg([], 'pen-layer');
    this.svg.dataset.mode = 'off';
    this.strokesG = this.svg.querySelector('g') as SVGGElement;
    this.current = strokeElement(this.colour, '');
    this.current.classList.add('pen-current');
    this.laser = document.createElementNS(svgNs, 'circle');
    this.laser.setAttribute('class', 'laser-dot');
    this.laser.setAttribute('r', '9');
    this.laser.setAttribute('visibility', 'hidden');
    this.svg.append(this.current, this.laser);
    container.append(this.svg);
    this.unsubscribe = store.subscribe((id) => {
      if (id === this.slideId) this.redraw();
    });
    this.detach = this.listen();
  }

  /** Show the strokes of another slide (a stroke in progress is dropped). */
  show(slideId: string | null): void {
    this.slideId = slideId;
    this.drawing = null;
    this.current.setAttribute('d', '');
    this.redraw();
  }

  /** Set what the pointer does, and the pen's colour. */
  setMode(mode: PenMode, colour: PenColour): void {
    this.mode = mode;
    this.colour = colour;
    this.svg.dataset.mode = mode;
    this.current.setAttribute('fill', penColours[colour].css);
    if (mode !== 'laser') this.laser.setAttribute('visibility', 'hidden');
  }

  /** Remove the overlay and its listeners. */
  dispose(): void {
    this.detach();
    this.unsubscribe();
    this.svg.remove();
  }

  private redraw(): void {
    drawStrokes(this.strokesG, this.slideId ? this.store.strokes(this.slideId) : []);
  }

  /** A client (window) position in slide coordinates, through the SVG's screen transform (reveal's scale, the zoom). */
  private toSlide(ev: { clientX: number; clientY: number }): Point | null {
    const ctm = this.svg.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(ctm.inverse());
    return Number.isFinite(p.x) && Number.isFinite(p.y) ? [p.x, p.y] : null;
  }

  private listen(): () => void {
    const svg = this.svg;
    const down = (ev: PointerEvent): void => {
      if (this.mode !== 'pen' && this.mode !== 'eraser') return;
      // Alt-click is the zoom's (reveal's plugin listens for it on mousedown, which a handled pointerdown cancels).
      if (ev.button !== 0 || ev.altKey || !this.slideId) return;
      ev.preventDefault();
      ev.stopPropagation();
      svg.setPointerCapture?.(ev.pointerId);
      const p = this.toSlide(ev);
      if (!p) return;
      if (this.mode === 'eraser') this.store.eraseAt(this.slideId, p, eraserRadius);
      else {
        this.drawing = [p];
        this.current.setAttribute('d', strokePath(this.drawing, false));
      }
    };
    const move = (ev: PointerEvent): void => {
      if (this.mode === 'off' || (this.mode !== 'laser' && !this.drawing && (ev.buttons & 1) === 0)) return;
      const p = this.toSlide(ev);
      if (this.mode === 'laser') {
        if (p) this.showLaser(p);
        return;
      }
      if (!p || !this.slideId || (ev.buttons & 1) === 0) return;
      if (this.mode === 'eraser') this.store.eraseAt(this.slideId, p, eraserRadius);
      else if (this.mode === 'pen' && this.drawing) {
        this.drawing.push(p);
        this.current.setAttribute('d', strokePath(this.drawing, false));
      }
    };
    const up = (): void => {
      const points = this.drawing;
      this.drawing = null;
      this.current.setAttribute('d', '');
      if (points && this.slideId) this.store.add(this.slideId, { colour: this.colour, points });
    };
    const leave = (): void => this.laser.setAttribute('visibility', 'hidden');
    // Touch: keep reveal.js from reading a pen stroke as a swipe to the next slide.
    const touch = (ev: TouchEvent): void => {
      if (this.mode === 'pen' || this.mode === 'eraser') ev.stopPropagation();
    };
    svg.addEventListener('pointerdown', down);
    svg.addEventListener('pointerup', up);
    svg.addEventListener('pointercancel', up);
    svg.addEventListener('touchstart', touch, { passive: true });
    svg.addEventListener('touchmove', touch, { passive: true });
    window.addEventListener('pointermove', move);
    document.documentElement.addEventListener('pointerleave', leave);
    return () => {
      svg.removeEventListener('pointerdown', down);
      svg.removeEventListener('pointerup', up);
      svg.removeEventListener('pointercancel', up);
      svg.removeEventListener('touchstart', touch);
      svg.removeEventListener('touchmove', touch);
      window.removeEventListener('pointermove', move);
      document.documentElement.removeEventListener('pointerleave', leave);
    };
  }

  private showLaser(p: Point): void {
    this.laser.setAttribute('cx', String(p[0]));
    this.laser.setAttribute('cy', String(p[1]));
    this.laser.setAttribute('visibility', 'visible');
  }
}
