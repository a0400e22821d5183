import type { Scope } from '../deck/types.ts';
import type { LatentMapping } from '../charts/latentMapping.ts';

/** How many arrow presses cross the plane (Shift moves ten times faster). */
const STEPS_ACROSS = 40;

/**
 * Where an arrow key moves the probe from `z` on the plane `mapping` shows (clamped to the plane), or null for
 * other keys. Up raises z₂ (the plot's y axis points up).
 */
export function probeStep(z: readonly [number, number], key: string, shift: boolean, mapping: Pick<LatentMapping, 'domain' | 'yDomain'>): [number, number] | null {
  const dx = ((mapping.domain[1] - mapping.domain[0]) / STEPS_ACROSS) * (shift ? 10 : 1);
  const dy = ((mapping.yDomain[1] - mapping.yDomain[0]) / STEPS_ACROSS) * (shift ? 10 : 1);
  const move: Record<string, [number, number]> = { ArrowLeft: [-dx, 0], ArrowRight: [dx, 0], ArrowUp: [0, dy], ArrowDown: [0, -dy] };
  const delta = move[key];
  if (!delta) return null;
  const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
  return [clamp(z[0] + delta[0], mapping.domain), clamp(z[1] + delta[1], mapping.yDomain)];
}

/**
 * Make `el` reachable with Tab and let the arrow keys move the probe while it has the focus (only then: the deck
 * keeps the arrows otherwise). `current` is the probe's position (null: the plane's centre), `pick` moves it.
 */
export function bindProbeKeys(
  scope: Scope,
  el: HTMLElement | SVGElement,
  mapping: () => Pick<LatentMapping, 'domain' | 'yDomain'>,
  current: () => readonly [number, number] | null,
  pick: (z: [number, number]) => void,
): void {
  el.setAttribute('tabindex', '0');
  el.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight ArrowUp ArrowDown');
  el.classList.add('probe-keys');
  scope.listen(el, 'keydown', (ev: KeyboardEvent) => {
    const m = mapping();
    const from = current() ?? [(m.domain[0] + m.domain[1]) / 2, (m.yDomain[0] + m.yDomain[1]) / 2];
    const to = probeStep(from, ev.key, ev.shiftKey, m);
    if (!to) return;
    // Keep the arrow for the probe: reveal.js would otherwise change the slide.
    ev.preventDefault();
    ev.stopPropagation();
    pick(to);
  });
}
