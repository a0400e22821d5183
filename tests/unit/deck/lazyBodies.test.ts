import { describe, expect, it } from 'vitest';
import { byLanguage, lazyLocalized } from '../../../src/i18n/localize.ts';
import { typeset } from '../../../slides/index.ts';
import type { Slide } from '../../../src/deck/types.ts';

describe('slide bodies are built on first read', () => {
  it('byLanguage builds each language once, when it is first read, then keeps a plain value', () => {
    const calls: string[] = [];
    const text = byLanguage((lang) => (calls.push(lang), `<p>${lang}</p>`));
    expect(calls).toEqual([]);
    expect(text.en).toBe('<p>en</p>');
    expect(text.en).toBe('<p>en</p>');
    expect(calls).toEqual(['en']);
    expect({ ...text }).toEqual({ fr: '<p>fr</p>', en: '<p>en</p>' }); // spreading reads (and builds) the rest
    expect(calls).toEqual(['en', 'fr']);
    expect(Object.getOwnPropertyDescriptor(text, 'fr')).toMatchObject({ value: '<p>fr</p>', writable: false });
    expect(JSON.parse(JSON.stringify(text))).toEqual({ fr: '<p>fr</p>', en: '<p>en</p>' });
  });

  it('typeset applies French spacing without building the body or the notes until they are read', () => {
    let built = 0;
    const slide: Slide = {
      id: 'lazy',
      title: { fr: 'Titre : test', en: 'Title: test' },
      body: byLanguage((lang) => (built++, lang === 'fr' ? '<p>Pourquoi ? Voilà !</p>' : '<p>Why? There!</p>')),
      notes: lazyLocalized({ fr: () => (built++, 'Note : une'), en: () => (built++, 'Note: one') }),
    } as Slide;
    const typeset1 = typeset(slide);
    expect(built).toBe(0);
    expect(typeset1.title.fr).toBe('Titre\u00a0: test');
    expect(typeset1.body.fr).toBe('<p>Pourquoi\u202f? Voilà\u202f!</p>');
    expect(built).toBe(1);
    expect(typeset1.notes.fr).toBe('Note\u00a0: une');
    expect(typeset1.body.en).toBe('<p>Why? There!</p>');
    expect(built).toBe(3);
  });
});
