// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { followPhoneLayout, PHONE_CLASS, PHONE_QUERY, startsAsPhone } from '../../../src/deck/phoneLayout.ts';

/** A window whose one media query can be switched by hand (jsdom has no matchMedia). */
function fakeWindow(matches: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const asked: string[] = [];
  const win = { document, matchMedia: (q: string) => (asked.push(q), query) } as unknown as Window;
  return { win, asked, listeners, set: (m: boolean) => ((query.matches = m), listeners.forEach((fn) => fn())) };
}

/** A reveal.js stand-in that records configure and layout calls. */
function fakeReveal() {
  const calls: string[] = [];
  const reveal = {
    configure: (o: { disableLayout: boolean }) => calls.push(`configure disableLayout=${o.disableLayout}`),
    layout: () => calls.push('layout'),
  };
  return { reveal: reveal as unknown as Parameters<typeof followPhoneLayout>[0], calls };
}

describe('followPhoneLayout', () => {
  it('turns reveal.js scaling off and marks <html> while the window is phone-sized, and back', () => {
    const w = fakeWindow(true);
    const r = fakeReveal();
    const stop = followPhoneLayout(r.reveal, w.win);
    expect(w.asked).toEqual([PHONE_QUERY]);
    expect(document.documentElement.classList.contains(PHONE_CLASS)).toBe(true);
    expect(r.calls).toEqual(['configure disableLayout=true', 'layout']);
    w.set(false); // the phone is rotated into a wide window, or a desktop window is widened
    expect(document.documentElement.classList.contains(PHONE_CLASS)).toBe(false);
    expect(r.calls.slice(2)).toEqual(['configure disableLayout=false', 'layout']);
    stop();
    expect(w.listeners.size).toBe(0);
    w.set(true);
    expect(r.calls).toHaveLength(4);
  });

  it('leaves a desktop window alone (reveal.js not reconfigured, no class)', () => {
    const w = fakeWindow(false);
    const r = fakeReveal();
    followPhoneLayout(r.reveal, w.win)();
    expect(document.documentElement.classList.contains(PHONE_CLASS)).toBe(false);
    expect(r.calls).toEqual([]);
  });

  it('a deck started as a phone (reveal.js already without its layout) is not reconfigured at start, only on a change', () => {
    const w = fakeWindow(true);
    expect(startsAsPhone(w.win)).toBe(true);
    expect(document.documentElement.classList.contains(PHONE_CLASS)).toBe(true);
    const r = fakeReveal();
    const stop = followPhoneLayout(r.reveal, w.win, true);
    expect(r.calls).toEqual([]);
    w.set(false);
    expect(r.calls).toEqual(['configure disableLayout=false', 'layout']);
    expect(document.documentElement.classList.contains(PHONE_CLASS)).toBe(false);
    stop();
    expect(startsAsPhone(fakeWindow(false).win)).toBe(false);
    expect(document.documentElement.classList.contains(PHONE_CLASS)).toBe(false);
  });
});
