import { describe, expect, it, vi } from 'vitest';
import type { Slide } from '../../../src/deck/types.ts';
import { deckState, parseDeckState, parseSpeakerCommand, speakerViewUrl } from '../../../src/deck/speakerLink.ts';
import { connectSpeakerChannel } from '../../../src/deck/speakerChannel.ts';

const slide = (id: string, notes: string): Slide => ({
  id,
  title: { fr: `Titre ${id}`, en: `Title ${id}` },
  body: { fr: '', en: '' },
  notes: { fr: `<p>${notes} (fr)</p>`, en: `<p>${notes} (en)</p>` },
});
const slides = [slide('a', 'first'), slide('b', 'second')];

describe('parseSpeakerCommand', () => {
  it('accepts the three commands of the speaker view', () => {
    expect(parseSpeakerCommand({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseSpeakerCommand({ type: 'goto', id: 'b', extra: 1 })).toEqual({ type: 'goto', id: 'b' });
    expect(parseSpeakerCommand({ type: 'step', delta: -1 })).toEqual({ type: 'step', delta: -1 });
  });
  it('rejects anything else', () => {
    for (const bad of [null, 'hello', 42, {}, { type: 'goto' }, { type: 'goto', id: 3 }, { type: 'step', delta: 2 }, { type: 'step', delta: '1' }, { type: 'state' }]) {
      expect(parseSpeakerCommand(bad)).toBeNull();
    }
  });
});

describe('deckState', () => {
  it('publishes position, title, notes and the next slide in the deck language', () => {
    expect(deckState(slides, 'a', 'en')).toEqual({ type: 'state', id: 'a', index: 0, total: 2, lang: 'en', title: 'Title a', notes: '<p>first (en)</p>', nextId: 'b' });
    expect(deckState(slides, 'b', 'fr')).toMatchObject({ index: 1, title: 'Titre b', notes: '<p>second (fr)</p>', nextId: null });
    expect(deckState(slides, 'zzz', 'fr')).toBeNull();
  });
  it('survives a round trip through parseDeckState, which rejects malformed states', () => {
    const state = deckState(slides, 'a', 'fr')!;
    expect(parseDeckState(structuredClone(state))).toEqual(state);
    expect(parseDeckState({ ...state, lang: 'de' })).toBeNull();
    expect(parseDeckState({ ...state, index: '0' })).toBeNull();
    expect(parseDeckState({ ...state, title: 7, nextId: 3 })).toMatchObject({ title: '', nextId: null });
  });
});

describe('speakerViewUrl', () => {
  it('opens the speaker page in the deck language', () => {
    expect(speakerViewUrl('fr')).toBe('speaker.html');
    expect(speakerViewUrl('en')).toBe('speaker.html?lang=en');
  });
});

describe('connectSpeakerChannel', () => {
  it('dispatches the commands a speaker view sends, ignores garbage, and publishes the state to it', async () => {
    const name = `test-speaker-${Math.random()}`;
    const handlers = { hello: vi.fn(), goto: vi.fn(), step: vi.fn() };
    const deck = connectSpeakerChannel(handlers, name)!;
    const view = new BroadcastChannel(name);
    const received: unknown[] = [];
    view.onmessage = (ev) => received.push(ev.data);
    try {
      for (const msg of [{ type: 'hello' }, { type: 'nope' }, { type: 'goto', id: 'b' }, { type: 'step', delta: 1 }, { type: 'step', delta: -1 }]) view.postMessage(msg);
      await vi.waitFor(() => expect(handlers.step).toHaveBeenCalledTimes(2));
      expect(handlers.hello).toHaveBeenCalledTimes(1);
      expect(handlers.goto).toHaveBeenCalledWith('b');
      expect(handlers.step.mock.calls).toEqual([[1], [-1]]);
      deck.publish(deckState(slides, 'b', 'en')!);
      await vi.waitFor(() => expect(received).toHaveLength(1));
      expect(parseDeckState(received[0])).toMatchObject({ id: 'b', index: 1 });
    } finally {
      view.close();
      deck.close();
    }
  });
});
