/**
 * Composite charts (a canvas and an SVG overlay placed in px inside a fixed-size box: the latent scatter, the decoded
 * manifold) cannot reflow; on a phone the whole box is scaled down with CSS zoom to the column's width, so the
 * canvas, its axes and pointer positions (read from getBoundingClientRect, proportionally) stay together.
 */

/** The fixed-size chart boxes that are zoomed to fit. */
const FIXED_BOXES = '.latent-scatter, .digit-manifold';

/** Zoom every fixed-size chart box under `section` down to the width its parent offers (never up). */
export function fitFixedCharts(section: Element): void {
  for (const box of section.querySelectorAll<HTMLElement>(FIXED_BOXES)) {
    const natural = parseFloat(box.style.width);
    const parent = box.parentElement;
    if (!parent || !(natural > 0)) continue;
    const cs = getComputedStyle(parent);
    const room = parent.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    const k = room > 0 ? Math.min(1, room / natural) : 1;
    const z = k < 0.999 ? k.toFixed(4) : '';
    if (box.style.zoom !== z) box.style.zoom = z;
  }
}

/** Give every zoomed chart box under `root` its own size back. */
export function unfitFixedCharts(root: Element): void {
  for (const box of root.querySelectorAll<HTMLElement>(FIXED_BOXES)) box.style.zoom = '';
}
