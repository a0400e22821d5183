// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { installLeakProbe, type LeakCounts } from '../../support/leakProbe.ts';
import { mountCycle } from '../../support/mountCycle.ts';
import type { Slide } from '../../../src/deck/types.ts';

// The probe must wrap the timer/listener functions before any slide module captures them.
installLeakProbe();
const probe = (): LeakCounts => (window as any).__leakProbe();

/** A well-behaved fixture: everything through the scope. */
const tidySlide: Slide = {
  id: 'tidy',
  title: { fr: 'Propre', en: 'Tidy' },
  body: { fr: '<div data-live></div>', en: '<div data-live></div>' },
  notes: { fr: '', en: '' },
  mount(el, scope) {
    scope.listen(window, 'resize', () => {});
    scope.listen(el, 'click', () => {});
    scope.interval(() => {}, 1000);
    scope.timeout(() => {}, 60_000);
    scope.frame(() => {});
  },
};

/** A deliberately leaky fixture: it adds a window listener behind the scope's back. */
const leakySlide: Slide = {
  ...tidySlide,
  id: 'leaky',
  mount(el, scope) {
    tidySlide.mount!(el, scope);
    window.addEventListener('keydown', () => {});
  },
};

/** Another leak: an interval that is never cleared. */
const timerLeakSlide: Slide = {
  ...tidySlide,
  id: 'timer-leak',
  mount() {
    window.setInterval(() => {}, 1000);
  },
};

async function growth(slide: Slide, times = 20): Promise<LeakCounts> {
  await mountCycle(slide, 1); // the first mount may fill caches (fonts, shared data, jsdom internals)
  const before = probe();
  await mountCycle(slide, times);
  const after = probe();
  return {
    timeouts: after.timeouts - before.timeouts,
    intervals: after.intervals - before.intervals,
    frames: after.frames - before.frames,
    listeners: after.listeners - before.listeners,
    workers: after.workers - before.workers,
  };
}

const zero: LeakCounts = { timeouts: 0, intervals: 0, frames: 0, listeners: 0, workers: 0 };

describe('the lifecycle probe', () => {
  it('sees nothing left by a slide that registers everything on its scope', async () => {
    expect(await growth(tidySlide)).toEqual(zero);
  });
  it('catches a slide that forgets to release a listener', async () => {
    expect((await growth(leakySlide)).listeners).toBe(20);
  });
  it('catches a slide that forgets to clear an interval', async () => {
    expect((await growth(timerLeakSlide)).intervals).toBe(20);
  });
});

describe('every light slide of the deck mounts and unmounts 20 times without leaking', async () => {
  let slides: Slide[] = [];
  beforeAll(async () => {
    ({ slides } = await import('../../../slides/index.ts'));
  });
  it('has slides to check', () => expect(slides.length).toBeGreaterThan(1));
  const { slides: all } = await import('../../../slides/index.ts');
  for (const slide of all.filter((s) => s.mount && !s.heavy)) {
    it(`${slide.id} leaves no timer, frame or listener behind`, async () => {
      expect(await growth(slide)).toEqual(zero);
    });
  }
});
