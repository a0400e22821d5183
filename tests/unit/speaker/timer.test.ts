// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { elapsed, enterSection, formatClock, loadTimer, newTimer, pacing, parseDuration, parseTimer, plannedPerSection, resetTimer, saveTimer, spentIn, togglePause } from '../../../src/speaker/timer.ts';

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe('the speaker timer', () => {
  it('counts running time only, across pauses, and resets to zero', () => {
    let t = newTimer(1_000);
    expect(elapsed(t, 61_000)).toBe(60_000);
    t = togglePause(t, 61_000);
    expect(elapsed(t, 500_000)).toBe(60_000);
    t = togglePause(t, 500_000);
    expect(elapsed(t, 510_000)).toBe(70_000);
    t = resetTimer(t, 510_000);
    expect(elapsed(t, 515_000)).toBe(5_000);
  });

  it('books the time spent in each section as the deck moves on, pauses excluded', () => {
    let t = enterSection(newTimer(0), 0, 0);
    t = enterSection(t, 1, 30_000);
    t = togglePause(t, 40_000);
    t = togglePause(t, 100_000);
    t = enterSection(t, 1, 110_000); // another slide of the same section
    t = enterSection(t, 2, 150_000);
    expect([spentIn(t, 0, 160_000), spentIn(t, 1, 160_000), spentIn(t, 2, 160_000)]).toEqual([30_000, 60_000, 10_000]);
    t = enterSection(t, 0, 170_000); // back to the opening: its time adds up
    expect(spentIn(t, 0, 175_000)).toBe(35_000);
  });

  it('plans each section in proportion to its slides and says ahead, on time or behind', () => {
    const planned = plannedPerSection(30, [2, 4, 0, 4]);
    expect(planned).toEqual([360_000, 720_000, 0, 720_000]); // 3 min a slide
    expect(pacing(planned, 1, 100_000)).toBe('ahead');
    expect(pacing(planned, 1, 500_000)).toBe('on-time');
    expect(pacing(planned, 1, 1_100_000)).toBe('behind');
    expect(plannedPerSection(30, [0, 0])).toEqual([0, 0]);
  });

  it('reads a duration in minutes and formats clocks, negative past the end', () => {
    expect(['45', '12,5', '', null, '0', '-3', 'abc', '601', 'Infinity'].map(parseDuration)).toEqual([45, 12.5, null, null, null, null, null, null, null]);
    expect([formatClock(0), formatClock(65_999), formatClock(-61_000), formatClock(3_600_000)]).toEqual(['0:00', '1:05', '−1:01', '60:00']);
  });

  it('survives a reload through sessionStorage, ignores garbage, and still runs when storage is blocked', () => {
    const t = enterSection(togglePause(newTimer(0, 45), 5_000), 2, 5_000);
    saveTimer('abc', t);
    expect(loadTimer('abc')).toEqual(t);
    expect(loadTimer('other')).toBeNull();
    for (const bad of ['{', '[]', '{"banked":-1}', JSON.stringify({ ...t, spent: ['x'] }), JSON.stringify({ ...t, runningSince: 'now' })]) expect(parseTimer(bad)).toBeNull();
    expect(parseTimer(JSON.stringify({ ...t, durationMin: 1e9 }))?.durationMin).toBeNull();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => saveTimer('abc', t)).not.toThrow();
    expect(loadTimer('abc')).toBeNull();
  });
});
