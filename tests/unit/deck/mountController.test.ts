// @vitest-environment jsdom
import { testServices } from '../../support/services.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MountMode, Slide } from '../../../src/deck/types.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { createScope } from '../../../src/deck/scope.ts';
import { collectParams, createParamStore } from '../../../src/deck/params.ts';
import { Sections } from '../../../src/deck/sections.ts';
import { MountController } from '../../../src/deck/mountController.ts';
import { loadedStore } from '../../support/slideStore.ts';

const log: string[] = [];
const slow = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

const live: Slide = {
  id: 'live',
  title: { fr: 'Vivant', en: 'Live' },
  body: { fr: '<p>corps</p>', en: '<p>body</p>' },
  notes: { fr: '', en: '' },
  async mount(el, scope) {
    log.push(`mount live ${scope.lang}`);
    await slow(20);
    el.insertAdjacentHTML('beforeend', '<canvas data-live></canvas>');
    scope.onDispose(() => log.push('dispose live'));
  },
};
const heavy: Slide = { ...live, id: 'heavy', heavy: true, mount: (_el, scope) => void log.push(`mount heavy ${scope.mode}`) };
const broken: Slide = { ...live, id: 'broken', mount: () => Promise.reject(new Error('no model <here>')) };
const plain: Slide = { id: 'plain', title: { fr: 'P', en: 'P' }, body: { fr: 'p', en: 'p' }, notes: { fr: '', en: '' } };
const slides = [live, heavy, broken, plain];

async function setup(mode: MountMode = 'live', printHeavyPreviews = false) {
  document.body.innerHTML = '<div class="slides"></div>';
  let lang: Lang = 'fr';
  const sections = new Sections(await loadedStore(slides));
  sections.build(document.querySelector<HTMLElement>('.slides')!, lang);
  const params = createParamStore(collectParams(slides), '');
  const mounts = new MountController({
    slide: (id) => slides.find((s) => s.id === id),
    sections,
    mode,
    lang: () => lang,
    printHeavyPreviews,
    scopeFor: (slide, m) => createScope({ lang, mode: m, params, declared: (slide.params ?? []).map((p) => p.name), services: testServices() }),
  });
  return { sections, mounts, setLang: (l: Lang) => (lang = l) };
}

beforeEach(() => {
  log.length = 0;
});

describe('MountController', () => {
  it('mounts a slide once, then disposes it and restores its pristine section', async () => {
    const { sections, mounts } = await setup();
    await mounts.queue(() => mounts.mountNow('live'));
    await mounts.queue(() => mounts.mountNow('live'));
    expect(log).toEqual(['mount live fr']);
    expect(mounts.count).toBe(1);
    expect(sections.get('live')!.dataset.mounted).toBe('true');
    expect(sections.content('live')!.querySelector('[data-live]')).not.toBeNull();
    await mounts.queue(async () => mounts.unmountExcept(null));
    expect(log).toEqual(['mount live fr', 'dispose live']);
    expect(mounts.count).toBe(0);
    expect(sections.get('live')!.dataset.mounted).toBeUndefined();
    expect(sections.content('live')!.innerHTML).toBe('<p>corps</p>');
  });

  it('serialises jobs: an unmount asked during a slow mount runs after it', async () => {
    const { mounts } = await setup();
    const first = mounts.queue(() => mounts.mountNow('live'));
    const second = mounts.queue(async () => mounts.unmountExcept(null));
    await Promise.all([first, second]);
    expect(log).toEqual(['mount live fr', 'dispose live']);
  });

  it('keeps the queue going after a job throws', async () => {
    const { mounts } = await setup();
    await expect(mounts.queue(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await mounts.queue(() => mounts.mountNow('live'));
    expect(mounts.ids()).toEqual(['live']);
  });

  it('shows a failed mount as an alert naming the error (escaped), in the current language', async () => {
    const { sections, mounts, setLang } = await setup();
    setLang('en');
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      await mounts.queue(() => mounts.mountNow('broken'));
    } finally {
      console.error = original;
    }
    const alert = sections.content('broken')!.querySelector('.mount-error[role="alert"]')!;
    expect(alert.textContent).toBe('This interactive part could not start: no model <here>');
    expect(sections.get('broken')!.dataset.mounted).toBe('error');
    expect(errors).toHaveLength(1);
  });

  it('starts no heavy slide in the current slide’s speaker preview', async () => {
    const { sections, mounts } = await setup('preview');
    await mounts.queue(() => mounts.mountNow('heavy'));
    expect(log).toEqual([]);
    expect(mounts.count).toBe(0);
    expect(sections.get('heavy')!.dataset.mounted).toBeUndefined();
  });

  it('mounts a heavy slide in its print state in the next slide’s preview (once), a light one in preview mode', async () => {
    const { mounts } = await setup('preview', true);
    await mounts.queue(() => mounts.mountNow('heavy'));
    await mounts.queue(() => mounts.mountNow('heavy'));
    expect(log).toEqual(['mount heavy print']);
    expect(mounts.modeOf('heavy')).toBe('print');
    await mounts.queue(() => mounts.mountNow('live'));
    expect(mounts.modeOf('live')).toBe('preview');
    await mounts.queue(async () => mounts.unmountExcept(null));
  });

  it('mounts a slide in another mode when asked (the overview’s print state) and says which mode it runs in', async () => {
    const { mounts } = await setup('live');
    await mounts.queue(() => mounts.mountNow('heavy', 'print'));
    expect(log).toEqual(['mount heavy print']);
    expect(mounts.modeOf('heavy')).toBe('print');
    await mounts.queue(() => mounts.mountNow('live'));
    expect(mounts.modeOf('live')).toBe('live');
    await mounts.queue(async () => mounts.unmountExcept(null));
    expect(mounts.modeOf('heavy')).toBeNull();
  });

  it('unmounts every slide but the one to keep, and ignores slides without a live part', async () => {
    const { mounts } = await setup('print');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const s of slides) await mounts.queue(() => mounts.mountNow(s.id));
    expect(mounts.ids()).toEqual(['live', 'heavy', 'broken']);
    await mounts.queue(async () => mounts.unmountExcept('heavy'));
    expect(mounts.ids()).toEqual(['heavy']);
    quiet.mockRestore();
  });
});

describe('Sections', () => {
  it('builds one section per slide and re-renders them all in another language', async () => {
    const { sections } = await setup();
    expect([...document.querySelectorAll('section')].map((s) => s.id)).toEqual(['live', 'heavy', 'broken', 'plain']);
    sections.renderAll('en');
    expect(sections.content('live')!.innerHTML).toBe('<p>body</p>');
    expect(sections.get('plain')!.querySelector('.slide-footer')!.textContent).toBe('4 / 4');
  });
});
