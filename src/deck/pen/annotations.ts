import { isStroke, touchesStroke, type Point, type Stroke } from './strokes.ts';

/** sessionStorage key that keeps the drawings for the browser session (a reload, or `?print-pdf&print-pen=1`). */
export const annotationsStorageKey = 'vae-deck-annotations';

/** Where the drawings are kept between page loads: sessionStorage in the browser; may be absent (blocked storage). */
export interface AnnotationStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Owner of the drawings: strokes by slide id, kept apart from the slides' DOM (which is re-rendered on a switch). */
export class AnnotationStore {
  private readonly bySlide = new Map<string, Stroke[]>();
  private readonly listeners = new Set<(slideId: string) => void>();

  constructor(private readonly storage: AnnotationStorage | null = null) {
    this.load();
  }

  /** The strokes of a slide, oldest first. */
  strokes(slideId: string): readonly Stroke[] {
    return this.bySlide.get(slideId) ?? [];
  }

  /** How many strokes all slides hold together. */
  get total(): number {
    let n = 0;
    for (const list of this.bySlide.values()) n += list.length;
    return n;
  }

  /** Add a finished stroke to a slide (ignored when it has no point). */
  add(slideId: string, stroke: Stroke): void {
    if (!isStroke(stroke)) return;
    this.bySlide.set(slideId, [...this.strokes(slideId), stroke]);
    this.changed(slideId);
  }

  /** Remove the strokes of a slide that the eraser at `p` touches; returns how many went. */
  eraseAt(slideId: string, p: Point, radius: number): number {
    const before = this.strokes(slideId);
    const after = before.filter((s) => !touchesStroke(s, p, radius));
    if (after.length === before.length) return 0;
    this.bySlide.set(slideId, after);
    this.changed(slideId);
    return before.length - after.length;
  }

  /** Remove every stroke of a slide. */
  clear(slideId: string): void {
    if (this.strokes(slideId).length === 0) return;
    this.bySlide.delete(slideId);
    this.changed(slideId);
  }

  /** Call `listener` with the slide id each time a slide's drawings change; returns the unsubscribe function. */
  subscribe(listener: (slideId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(slideId: string): void {
    this.save();
    for (const l of this.listeners) l(slideId);
  }

  private load(): void {
    let raw: string | null = null;
    try {
      raw = this.storage?.getItem(annotationsStorageKey) ?? null;
    } catch {
      return; // blocked storage: start empty
    }
    if (!raw) return;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return; // garbage kept by an older build: start empty
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) return;
    for (const [id, list] of Object.entries(data as Record<string, unknown>)) {
      if (!Array.isArray(list)) continue;
      const strokes = list.filter(isStroke);
      if (strokes.length > 0) this.bySlide.set(id, strokes);
    }
  }

  private save(): void {
    if (!this.storage) return;
    try {
      this.storage.setItem(annotationsStorageKey, JSON.stringify(Object.fromEntries(this.bySlide)));
    } catch {
      // Storage full or blocked: the drawings stay for this page.
    }
  }
}
