// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import dashboardSource from '../../../src/widgets/trainingDashboard.ts?raw';
import snapshotSource from '../../../src/widgets/snapshotView.ts?raw';
import { trainingDashboardHtml } from '../../../src/widgets/trainingDashboardHtml.ts';
import { finitePoints } from '../../../src/widgets/snapshotView.ts';
import { firstIndexOfEachClass, sourceCaption } from '../../../src/widgets/trainingStore.ts';

describe('trainingDashboardHtml', () => {
  it('holds every element the dashboard and its snapshot view look up, in both languages', () => {
    const selectors = new Set([...`${dashboardSource}\n${snapshotSource}`.matchAll(/q(?:<[^>]+>)?\('(\.[a-z0-9-]+)'/g)].map((m) => m[1]));
    expect(selectors.size).toBeGreaterThan(15);
    for (const lang of ['fr', 'en'] as const) {
      const host = document.createElement('div');
      host.innerHTML = trainingDashboardHtml(lang);
      for (const sel of selectors) expect(host.querySelector(sel), `${lang}: ${sel}`).not.toBeNull();
    }
  });

  it('starts with its buttons disabled (enabled once the worker is ready)', () => {
    const host = document.createElement('div');
    host.innerHTML = trainingDashboardHtml('fr');
    expect([...host.querySelectorAll('button')].every((b) => b.disabled)).toBe(true);
  });
});

describe('snapshot helpers', () => {
  it('finitePoints counts the pairs whose coordinates are both finite', () => {
    expect(finitePoints(new Float32Array([0, 1, Number.NaN, 2, 3, Number.POSITIVE_INFINITY, 4, 5]))).toBe(2);
  });

  it('firstIndexOfEachClass finds the first image of each digit of a class-grouped set', () => {
    expect(firstIndexOfEachClass([0, 0, 1, 1, 2, 9])).toEqual([0, 2, 4, 5]);
  });

  it('sourceCaption says which model a slide shows, with the step count in the slide’s number format', () => {
    expect(sourceCaption({ source: 'live', step: 1250 }).fr).toBe('Modèle entraîné en direct (1\u202f250 pas)');
    expect(sourceCaption({ source: 'live', step: 1250 }).en).toBe('Model trained live (1,250 steps)');
    expect(sourceCaption({ source: 'pretrained', step: 0 }).en).toMatch(/^Pretrained model/);
  });
});
