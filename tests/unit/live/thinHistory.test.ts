import { describe, expect, it } from 'vitest';
import { HISTORY_CAP, thinHistory } from '../../../src/live/history.ts';

describe('thinHistory: the training history stays bounded for a lesson of any length', () => {
  it('leaves a history within the cap untouched', () => {
    const h = Array.from({ length: 100 }, (_, i) => i);
    expect(thinHistory(h, 100)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('an hour of reports (11,000 at 10 steps each) stays within the cap, ordered, first and newest entries kept', () => {
    const h: number[] = [];
    let maxLen = 0;
    for (let step = 10; step <= 110_000; step += 10) {
      h.push(step);
      thinHistory(h);
      maxLen = Math.max(maxLen, h.length);
    }
    expect(maxLen).toBeLessThanOrEqual(HISTORY_CAP);
    expect(h[0]).toBe(10);
    expect(h[h.length - 1]).toBe(110_000);
    for (let i = 1; i < h.length; i++) expect(h[i]).toBeGreaterThan(h[i - 1]);
    // the newest half-cap is at full resolution (every report), the oldest part is sparser
    const tail = h.slice(-HISTORY_CAP / 2);
    for (let i = 1; i < tail.length; i++) expect(tail[i] - tail[i - 1]).toBe(10);
    expect(h[2] - h[1]).toBeGreaterThan(10);
  });

  it('thins by dropping every other older entry when one over the cap', () => {
    const h = Array.from({ length: 9 }, (_, i) => i);
    // cap 8: the newest 4 stay (5..8); of the older 0..4, entries 0, 2, 4 stay
    expect(thinHistory(h, 8)).toEqual([0, 2, 4, 5, 6, 7, 8]);
  });
});
