// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { layoutNotes } from '../../../src/speaker/notesLayout.ts';

const laid = (html: string) => {
  const aside = document.createElement('aside');
  aside.innerHTML = html;
  const div = document.createElement('div');
  div.append(layoutNotes(aside, document));
  return div;
};

describe('layoutNotes', () => {
  it('turns bold lead words into a heading and the sentences into bullets, keeping every word and inline markup', () => {
    const html = '<p><strong>Question : pourquoi ?</strong> Parce que « la KL » compte. Voir <em>N(0, I)</em>. 3 points suivent.</p>';
    const div = laid(html);
    expect(div.querySelector('h3')!.textContent).toBe('Question : pourquoi ?');
    expect(Array.from(div.querySelectorAll('li'), (li) => li.textContent!.trim())).toEqual(['Parce que « la KL » compte.', 'Voir N(0, I).', '3 points suivent.']);
    expect(div.querySelector('li em')!.textContent).toBe('N(0, I)');
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    const original = document.createElement('div');
    original.innerHTML = html;
    expect(words(Array.from(div.querySelectorAll('h3, li, p'), (c) => c.textContent).join(' '))).toBe(words(original.textContent!));
  });

  it('leaves a one-sentence paragraph alone, does not split decimals or "e.g. x", and lays out plain prose notes', () => {
    expect(laid('<p>Dire <em>pourquoi</em>.</p>').innerHTML).toBe('<p>Dire <em>pourquoi</em>.</p>');
    expect(laid('<p>Un taux de 0.5 environ, e.g. ici. Puis la suite.</p>').querySelectorAll('li')).toHaveLength(2);
    const prose = laid('Accueillir la classe. Objectif : comprendre. Durée : 1 h.');
    expect(prose.querySelectorAll('li')).toHaveLength(3);
    expect(prose.querySelector('h3')).toBeNull();
  });
});
