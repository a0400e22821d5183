import type { MirrorFrame } from '../deck/mirrorFrame.ts';

/**
 * Draw a frame of the main screen's live parts over the same slide in a speaker preview (a same-origin frame of the
 * deck): one canvas per part, placed at its box in the slide's coordinates. Only images are drawn; nothing from the
 * frame becomes markup. Returns false when the preview does not show that slide (yet).
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
    let layer = section.querySelector<HTMLElement>(':scope > .speaker-mirror');
    if (!layer) {
      layer = doc.createElement('div');
      layer.className = 'speaker-mirror';
      layer.setAttribute('aria-hidden', 'true');
      Object.assign(layer.style, { position: 'absolute', inset: '0', pointerEvents: 'none', zIndex: '20' });
      section.append(layer);
    }
    // The main screen's images replace the preview's own state (and its "runs on the main screen" notice).
    for (const notice of section.querySelectorAll<HTMLElement>('.preview-notice')) notice.hidden = true;
    const canvases = Array.from(layer.querySelectorAll('canvas'));
    for (const c of canvases.slice(frame.parts.length)) c.remove();
    frame.parts.forEach((part, i) => {
      const bitmap = bitmaps[i];
      const canvas = canvases[i] ?? layer.appendChild(doc.createElement('canvas'));
      Object.assign(canvas.style, { position: 'absolute', background: 'var(--paper, #fff)', left: `${part.x}px`, top: `${part.y}px`, width: `${part.w}px`, height: `${part.h}px` });
      if (!bitmap) return;
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    });
    layer.dataset.seq = String(frame.seq);
    return true;
  } finally {
    for (const b of bitmaps) b?.close();
  }
}
