import type { MirrorPart } from './mirrorFrame.ts';

/** The slide's shown numbers: `.shown-value` spans and `<output>`s (step, loss, images/s, a slider's value…). */
const readoutSelector = '.shown-value, output';
/** The slide's controls whose position the speaker view copies: sliders, number fields, checkboxes. */
const controlSelector = 'input[type="range"], input[type="number"], input[type="checkbox"]';

/** The live content of a slide (its `.slide-content`, else the section). */
const contentOf = (section: HTMLElement): Element => section.querySelector('.slide-content') ?? section;

/** Values of the slide's sliders and number fields, and its checkboxes as 1 or 0, in document order. */
export function controlValues(section: HTMLElement): number[] {
  return Array.from(contentOf(section).querySelectorAll<HTMLInputElement>(controlSelector), (input) =>
    input.type === 'checkbox' ? Number(input.checked) : Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : 0,
  );
}

/** Set the slide's controls to the values `controlValues` read on another copy of the same slide (no event fired). */
export function applyControlValues(section: HTMLElement, values: readonly number[]): boolean {
  const inputs = Array.from(contentOf(section).querySelectorAll<HTMLInputElement>(controlSelector));
  if (inputs.length !== values.length) return false; // another layout of the slide: copy nothing rather than misplace
  inputs.forEach((input, i) => {
    if (input.type === 'checkbox') input.checked = values[i] !== 0;
    else if (input.valueAsNumber !== values[i]) input.value = String(values[i]);
  });
  return true;
}

/** The first non-transparent background behind `el` (its own or an ancestor's), else the page's. */
function backgroundOf(el: Element): string {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node && view; node = node.parentElement) {
    const bg = view.getComputedStyle(node).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return view?.getComputedStyle(el.ownerDocument.documentElement).getPropertyValue('--paper').trim() || '#ffffff';
}

/** PNG bytes of a canvas, or null. */
function pngOf(canvas: HTMLCanvasElement): Promise<ArrayBuffer | null> {
  return new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png')).then((b) => (b ? b.arrayBuffer() : null));
}

/**
 * One shown number drawn as an image (its text in its own font and colours, at its size on the slide): the speaker
 * view gets pixels, never the text as markup. `box` is the element's box in slide coordinates.
 */
export async function readoutPng(el: HTMLElement, box: { w: number; h: number }): Promise<ArrayBuffer | null> {
  const text = el.textContent?.trim() ?? '';
  const cs = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (!text || !cs) return null;
  const ratio = 2; // the previews are small: draw at twice the slide's pixels so the digits stay sharp
  const canvas = el.ownerDocument.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(box.w * ratio));
  canvas.height = Math.max(1, Math.ceil(box.h * ratio));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = backgroundOf(el);
  ctx.fillRect(0, 0, box.w, box.h);
  ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  ctx.fillStyle = cs.color;
  ctx.textBaseline = 'middle';
  const width = ctx.measureText(text).width;
  const x = cs.textAlign === 'center' ? (box.w - width) / 2 : cs.textAlign === 'right' || cs.textAlign === 'end' ? box.w - width : 0;
  ctx.fillText(text, Math.max(0, x), box.h / 2, box.w);
  return pngOf(canvas);
}

/** The slide's shown numbers as image parts, boxes in the section's unscaled coordinates (`origin`: the section's box). */
export async function readoutParts(section: HTMLElement, origin: DOMRect, scale: number, limit: number): Promise<MirrorPart[]> {
  const parts: MirrorPart[] = [];
  for (const el of Array.from(contentOf(section).querySelectorAll<HTMLElement>(readoutSelector))) {
    if (parts.length >= limit) break;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const box = { x: (r.left - origin.left) / scale, y: (r.top - origin.top) / scale, w: r.width / scale, h: r.height / scale };
    const png = await readoutPng(el, box);
    if (png) parts.push({ ...box, png });
  }
  return parts;
}
