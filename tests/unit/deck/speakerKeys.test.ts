import { describe, expect, it } from 'vitest';
import { parseSpeakerKey, presenterKeyFor, presenterKeys } from '../../../src/deck/speakerKeys.ts';
import { parseSpeakerCommand } from '../../../src/deck/speakerLink.ts';

describe('parseSpeakerKey', () => {
  it('accepts each presenter key id and nothing else', () => {
    for (const key of presenterKeys) expect(parseSpeakerKey({ type: 'key', key })).toEqual({ type: 'key', key });
    for (const bad of [null, 3, 'pause', {}, { type: 'key' }, { type: 'key', key: 'reload' }, { type: 'key', key: '<b>x</b>' },
      { type: 'key', key: 7 }, { type: 'step', delta: 1 }, { type: 'key', key: 'toString' }]) {
      expect(parseSpeakerKey(bad)).toBeNull();
    }
  });

  it('keeps the extra fields of a message out of the command', () => {
    expect(parseSpeakerKey({ type: 'key', key: 'theme', html: '<img src=x onerror=alert(1)>' })).toEqual({ type: 'key', key: 'theme' });
  });

  it('takes only the keys of its own deck/speaker pair when given one', () => {
    expect(parseSpeakerKey({ type: 'key', key: 'pause', pair: 'a1' }, 'a1')).toEqual({ type: 'key', key: 'pause' });
    expect(parseSpeakerKey({ type: 'key', key: 'pause', pair: 'b2' }, 'a1')).toBeNull();
    expect(parseSpeakerKey({ type: 'key', key: 'pause' }, 'a1')).toBeNull();
  });

  it('is ignored by the navigation commands parser (the two commands live side by side on the channel)', () => {
    expect(parseSpeakerCommand({ type: 'key', key: 'pause', pair: 'p1' }, 'p1')).toBeNull();
  });
});

describe('presenterKeyFor', () => {
  it('maps the deck’s presenter keys, in either case', () => {
    const keys = ['b', 'B', '.', 'o', 'O', 'Escape', 'g', 'Home', 'End', 'l', 'L', 'd', 'D', 'c', 'C', 'z', 'Z'];
    expect(keys.map((key) => presenterKeyFor({ key }))).toEqual([
      'pause', 'pause', 'pause', 'overview', 'overview', 'overview', 'jump', 'first', 'last', 'lang', 'lang', 'theme', 'theme',
      'pen', 'pen', 'zoom', 'zoom',
    ]);
  });

  it('leaves arrows, other letters and browser shortcuts alone', () => {
    expect(presenterKeyFor({ key: 'ArrowRight' })).toBeNull();
    expect(presenterKeyFor({ key: 'x' })).toBeNull();
    expect(presenterKeyFor({ key: 'd', ctrlKey: true })).toBeNull();
    expect(presenterKeyFor({ key: 'l', metaKey: true })).toBeNull();
  });
});
