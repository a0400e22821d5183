import type { MirrorFrame } from '../deck/mirrorFrame.ts';
import { applyControlValues } from '../deck/mirrorReadouts.ts';
import { strokesSvg } from '../deck/pen/penLayer.ts';

/** The layer over a preview's slide that holds the main screen's images and drawings (made on first use). */
function mirrorLayer(doc: Document, section: HTMLElement): HTMLElement {
  let layer = section.querySelector<HTMLElement>(':scope > .speaker-mirror');
  if (!layer) {
    layer = doc.createElement('div');
    layer.className = 'speaker-mirror';
    layer.setAttribute('aria-hidden', 'true');
    Object.assign(layer.style, { position: 'absolute', inset: '0', pointerEvents: 'none', zIndex: '20' });
    section.append(layer);
  }
  return layer;
}

/**
 * The main screen's images replace the preview's own drawing of the live parts (the print state of a heavy slide,
 * whose layout may differ a little): hide the preview's charts, canvases and numbers so none peeks out from under them.
 */
function hideOwnParts(section: HTMLElement): void {
  const content = section.querySelector('.slide-content') ?? section;
  // Elements of the preview's own window: no `instanceof` across windows.
  for (const el of content.querySelectorAll<HTMLElement | SVGSVGElement>('canvas, svg, .shown-value, output')) {
    if (('ownerSVGElement' in el && el.ownerSVGElement) || el.closest('.katex')) continue;
    el.style.visibility = 'hidden';
  }
}

/** Draw the frame's pen strokes over the slide (slide coordinates, 1280×720), replacing the previous ones. */
function drawStrokes(layer: HTMLElement, frame: MirrorFrame): void {
  const key = JSON.stringify(frame.strokes);
  if (layer.dataset.strokes === key) return; // unchanged since the last frame: keep the paths
  layer.dataset.strokes = key;
  layer.querySelector(':scope > svg.speaker-pen')?.remove();
  if (frame.strokes.length === 0) return;
  const svg = strokesSvg(frame.strokes, 'speaker-pen');
  Object.assign(svg.style, { position: 'absolute', left: '0', top: '0', width: '1280px', height: '720px', overflow: 'visible' });
  layer.append(svg);
}

/**
 * Draw a frame of the main screen over the same slide in a speaker preview (a same-origin frame of the deck): one
 * canvas per image part at its box in the slide's coordinates, the sliders and checkboxes set to the room's values,
 * the pen's drawings. Nothing from the frame becomes markup. Returns false when the preview does not show that slide (yet).
 */
export async function drawMirror(preview: HTMLIFrameElement, frame: MirrorFrame): Promise<boolean> {
  let doc: Document | null = null;
  try {
    doc = preview.contentDocument;
  } catch {
    return false;
  }
  const section = doc?.querySelector<HTMLElement>(`section[data-slide-id="${frame.id}"]`);
  if (!doc || !section) return false;
  const bitmaps = await Promise.all(
    frame.parts.map((p) => createImageBitmap(new Blob([p.png], { type: 'image/png' })).catch(() => null)),
  );
  try {
    const layer = mirrorLayer(doc, section);
    if (frame.parts.length > 0) hideOwnParts(section);
    const canvases = Array.from(layer.querySelectorAll<HTMLCanvasElement>(':scope > canvas'));
    for (const c of canvases.slice(frame.parts.length)) c.remove();
    frame.parts.forEach((part, i) => {
      const bitmap = bitmaps[i];
      const canvas = canvases[i] ?? layer.insertBefore(doc.createElement('canvas'), layer.querySelector(':scope > svg'));
      Object.assign(canvas.style, { position: 'absolute', background: 'var(--paper, #fff)', left: `${part.x}px`, top: `${part.y}px`, width: `${part.w}px`, height: `${part.h}px` });
      if (!bitmap) return;
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    });
    if (frame.controls.length > 0) applyControlValues(section, frame.controls);
    drawStrokes(layer, frame);
    layer.dataset.seq = String(frame.seq);
    return true;
  } finally {
    for (const b of bitmaps) b?.close();
  }
}
