// @vitest-environment jsdom
import { testServices } from '../../support/services.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { installLeakProbe, type LeakCounts } from '../../support/leakProbe.ts';
import { attachSection, mountCycle } from '../../support/mountCycle.ts';
import { createScope } from '../../../src/deck/scope.ts';
import { collectParams, createParamStore } from '../../../src/deck/params.ts';
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
    slides = await (await import('../../../slides/index.ts')).loadSlides();
  });
  // Zero growth below only means something if the probe sees the slides' own resources: a probe installed after
  // the slide modules captured addEventListener (or a slide bypassing it) would report zero for everything.
  it('sees the listeners of every light slider slide while it is mounted', async () => {
    const sliders = slides.filter((s) => s.mount && !s.heavy && s.params?.length);
    expect(sliders.length).toBeGreaterThan(0);
    for (const slide of sliders) {
      await mountCycle(slide, 1); // warm-up, as in growth(): the first mount may fill caches
      const section = attachSection(slide, 'fr');
      const scope = createScope({
        lang: 'fr',
        mode: 'live',
        params: createParamStore(collectParams([slide]), ''),
        declared: (slide.params ?? []).map((p) => p.name),
        services: testServices(),
      });
      const before = probe().listeners;
      try {
        await slide.mount!(section.querySelector<HTMLElement>('.slide-content')!, scope);
        expect(probe().listeners - before, slide.id).toBeGreaterThanOrEqual(slide.params!.length);
      } finally {
        scope.dispose();
        section.remove();
      }
      expect(probe().listeners, `${slide.id} after dispose`).toBe(before);
    }
  });
  const all = await (await import('../../../slides/index.ts')).loadSlides();
  for (const slide of all.filter((s) => s.mount && !s.heavy)) {
    it(`${slide.id} leaves no timer, frame or listener behind`, async () => {
      expect(await growth(slide)).toEqual(zero);
    });
  }
});
