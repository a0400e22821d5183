import { describe, expect, it, vi } from 'vitest';
import type { Slide } from '../../../src/deck/types.ts';
import { deckState, newPairId, pairFromSearch, parseDeckState, parseSpeakerCommand, speakerViewUrl } from '../../../src/deck/speakerLink.ts';
import { connectSpeakerChannel } from '../../../src/deck/speakerChannel.ts';

const slide = (id: string, notes: string): Slide => ({
  id,
  title: { fr: `Titre ${id}`, en: `Title ${id}` },
  body: { fr: '', en: '' },
  notes: { fr: `<p>${notes} (fr)</p>`, en: `<p>${notes} (en)</p>` },
});
const slides = [slide('a', 'first'), slide('b', 'second')];
const P = '0123456789abcdef';
const Q = 'fedcba9876543210';

describe('parseSpeakerCommand', () => {
  it('accepts the three commands of the speaker view of its own pair', () => {
    expect(parseSpeakerCommand({ type: 'hello', pair: P }, P)).toEqual({ type: 'hello', pair: P });
    expect(parseSpeakerCommand({ type: 'goto', id: 'b', extra: 1, pair: P }, P)).toEqual({ type: 'goto', id: 'b', pair: P });
    expect(parseSpeakerCommand({ type: 'step', delta: -1, pair: P }, P)).toEqual({ type: 'step', delta: -1, pair: P });
  });
  it('rejects anything else, and the commands of another pair or of none', () => {
    const bads = [null, 'hello', 42, {}, { type: 'goto' }, { type: 'goto', id: 3 }, { type: 'goto', id: '"]<x>' }, { type: 'step', delta: 2 }, { type: 'step', delta: '1' }, { type: 'state' }];
    for (const bad of bads) expect(parseSpeakerCommand(bad && typeof bad === 'object' ? { ...bad, pair: P } : bad, P)).toBeNull();
    expect(parseSpeakerCommand({ type: 'hello', pair: Q }, P)).toBeNull();
    expect(parseSpeakerCommand({ type: 'step', delta: 1 }, P)).toBeNull();
  });
});

describe('deckState', () => {
  it('numbers the current slide’s section from the sections table and counts the slides of each (0: no section)', () => {
    const sec = (key: string) => ({ key, fr: key, en: key });
    const deck = [{ id: 't', title: { fr: '', en: '' }, body: { fr: '', en: '' }, notes: { fr: '', en: '' } }, ...['x', 'y', 'y'].map((k, i) => ({ id: `s${i}`, title: { fr: '', en: '' }, body: { fr: '', en: '' }, notes: { fr: '', en: '' }, section: sec(k) }))];
    expect(deckState(deck, 's2', 'fr', P, ['x', 'y', 'z'])).toMatchObject({ section: 2, plan: [1, 1, 2, 0] });
    expect(deckState(deck, 't', 'fr', P, ['x', 'y', 'z'])).toMatchObject({ section: 0 });
    expect(parseDeckState(deckState(deck, 's0', 'fr', P, ['x', 'y', 'z']), P)).toMatchObject({ section: 1, plan: [1, 1, 2, 0] });
  });
  it('publishes ids, position, language, data set and theme only (no title, no notes)', () => {
    expect(deckState(slides, 'a', 'en', P)).toEqual({ type: 'state', pair: P, id: 'a', index: 0, total: 2, lang: 'en', data: 'mnist', nextId: 'b', section: 0, plan: [2], theme: 'light' });
    expect(deckState(slides, 'a', 'fr', P, [], 'fashion')).toMatchObject({ data: 'fashion' });
    expect(deckState(slides, 'a', 'en', P, [], 'mnist', 'dark')).toMatchObject({ theme: 'dark' });
    expect(deckState(slides, 'b', 'fr', P)).toMatchObject({ index: 1, nextId: null });
    expect(deckState(slides, 'zzz', 'fr', P)).toBeNull();
  });
  it('survives a round trip through parseDeckState, which drops text and rejects malformed or foreign states', () => {
    const state = deckState(slides, 'a', 'fr', P)!;
    expect(parseDeckState(structuredClone(state), P)).toEqual(state);
    expect(parseDeckState({ ...state, data: 'fashion' }, P)).toEqual({ ...state, data: 'fashion' });
    expect(parseDeckState({ ...state, notes: '<form></form>', title: '<meta>' }, P)).toEqual(state);
    expect(parseDeckState(state, Q)).toBeNull();
    for (const bad of [{ section: 1 }, { section: -1 }, { plan: [] }, { plan: ['<b>'] }, { plan: 'x' }, { section: 0.5 }, { lang: 'de' }, { index: '0' }, { index: 2 }, { index: 0.5 }, { total: 0 }, { nextId: 3 }, { id: '<b>' }, { nextId: 'a"]' }, { pair: undefined }, { data: 'celeba' }, { data: undefined }, { data: '<b>' }, { theme: undefined }, { theme: '<b>' }]) {
      expect(parseDeckState({ ...state, ...bad }, P)).toBeNull();
    }
  });
});

describe('speakerViewUrl', () => {
  it('opens the speaker page paired with its deck tab, in the deck language', () => {
    expect(speakerViewUrl('fr', P)).toBe(`speaker.html?pair=${P}`);
    expect(speakerViewUrl('en', P)).toBe(`speaker.html?pair=${P}&lang=en`);
    expect(pairFromSearch(`?pair=${P}&lang=en`)).toBe(P);
    expect([pairFromSearch(''), pairFromSearch('?pair=<x>')]).toEqual([null, null]);
  });
  it('draws a fresh pair id for every tab', () => {
    const ids = new Set(Array.from({ length: 50 }, newPairId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(pairFromSearch(`?pair=${id}`)).toBe(id);
  });
});

describe('connectSpeakerChannel', () => {
  it('dispatches the commands its speaker view sends, ignores garbage and other pairs, and publishes the state', async () => {
    const name = `test-speaker-${Math.random()}`;
    const handlers = { hello: vi.fn(), watch: vi.fn(), goto: vi.fn(), step: vi.fn() };
    const deck = connectSpeakerChannel(P, handlers, name)!;
    const view = new BroadcastChannel(name);
    const received: unknown[] = [];
    view.onmessage = (ev) => received.push(ev.data);
    try {
      view.postMessage({ type: 'goto', id: 'a', pair: Q });
      view.postMessage({ type: 'step', delta: 1, pair: Q });
      for (const msg of [{ type: 'hello' }, { type: 'watch' }, { type: 'nope' }, { type: 'goto', id: 'b' }, { type: 'step', delta: 1 }, { type: 'step', delta: -1 }]) view.postMessage({ ...msg, pair: P });
      await vi.waitFor(() => expect(handlers.step).toHaveBeenCalledTimes(2));
      expect(handlers.hello).toHaveBeenCalledTimes(1);
      expect(handlers.watch).toHaveBeenCalledTimes(1);
      expect(handlers.goto.mock.calls).toEqual([['b']]);
      expect(handlers.step.mock.calls).toEqual([[1], [-1]]);
      deck.publish(deckState(slides, 'b', 'en', P)!);
      await vi.waitFor(() => expect(received).toHaveLength(1));
      expect(parseDeckState(received[0], P)).toMatchObject({ id: 'b', index: 1 });
    } finally {
      view.close();
      deck.close();
    }
  });
});
