// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { find } from '../../../src/deck/find.ts';

describe('find', () => {
  it('returns the first matching element under the root', () => {
    const section = document.createElement('section');
    section.id = 'kl-divergence';
    section.innerHTML = '<div class="slide-content"><p class="a">1</p><p class="a">2</p></div>';
    expect(find(section.querySelector('.slide-content')!, '.a').textContent).toBe('1');
  });

  it('throws an error naming the slide and the selector when nothing matches', () => {
    const section = document.createElement('section');
    section.id = 'gaussian-1d';
    section.innerHTML = '<div class="slide-content"></div>';
    expect(() => find(section.querySelector('.slide-content')!, '.g1d-chart')).toThrow('gaussian-1d: missing .g1d-chart in the slide body');
  });
});
