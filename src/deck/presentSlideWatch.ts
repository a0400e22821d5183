/**
 * While `active()` holds, call `apply` on the current slide (`.reveal .slides section.present`), again (once a frame at
 * most) whenever the slides' DOM changes (a chart redraws, the slide changes) or the window resizes; when `active()`
 * stops holding, call `clear` once on the whole deck. Returns a stop function that also calls `clear`.
 */
export function watchPresentSlide(doc: Document, active: () => boolean, apply: (section: Element) => void, clear: (slides: Element) => void): () => void {
  const slides = doc.querySelector('.reveal .slides');
  const win = doc.defaultView;
  if (!slides || !win) return () => {};
  let frame = 0;
  let wasActive = false;
  const run = (): void => {
    frame = 0;
    if (active()) {
      wasActive = true;
      for (const section of slides.querySelectorAll('section.present')) apply(section);
    } else if (wasActive) {
      wasActive = false;
      clear(slides);
    }
  };
  const schedule = (): void => {
    if (!frame) frame = win.requestAnimationFrame(run);
  };
  // 'style' is not watched: the callers' own style writes do not wake it up again
  const observer = new MutationObserver(schedule);
  observer.observe(slides, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class', 'viewBox', 'width', 'transform'] });
  win.addEventListener('resize', schedule);
  schedule();
  return () => {
    observer.disconnect();
    win.removeEventListener('resize', schedule);
    if (frame) win.cancelAnimationFrame(frame);
    clear(slides);
  };
}
