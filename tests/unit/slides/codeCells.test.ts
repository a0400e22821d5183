// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import type { Slide } from '../../../src/deck/types.ts';
import { notebookCell, notebookCellHtml } from '../../../src/widgets/notebookCell.ts';
import { checkStaticContent } from './mountSlide.ts';
import { loadSlide } from '../../../slides/index.ts';

const encoder = await loadSlide('encoder');
const decoder = await loadSlide('decoder');
const vaeModel = await loadSlide('vae-model');

/** The notebook read here directly (not through the build plugin): each `slide:<name>` cell's code, marker lines dropped. */
const nb = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../notebooks/vae-mnist.ipynb'), 'utf8')) as {
  cells: { cell_type: string; source: string | string[]; metadata: { tags?: string[] } }[];
};
function cellCode(name: string): string {
  const cells = nb.cells.filter((c) => c.cell_type === 'code' && c.metadata.tags?.includes(`slide:${name}`));
  expect(cells, `one cell tagged slide:${name}`).toHaveLength(1);
  const src = cells[0].source;
  const text = Array.isArray(src) ? src.join('') : src;
  return text
    .split('\n')
    .filter((l) => !/^\s*\/\/ (BEGIN|END) SOLUTION\s*$/.test(l))
    .join('\n');
}

/** The code each `.nb-cell` of a slide body shows, as the class reads it (text of its lines, joined by newlines). */
function shownCells(html: string): Map<string, string> {
  const host = document.createElement('section');
  host.innerHTML = html;
  return new Map(
    Array.from(host.querySelectorAll<HTMLElement>('.nb-cell'), (fig) => [
      fig.dataset.cell!,
      Array.from(fig.querySelectorAll('.lc'), (l) => (l.textContent === ' ' ? '' : l.textContent)).join('\n'),
    ]),
  );
}

const cases: [Slide, string[]][] = [
  [encoder, ['encoder']],
  [decoder, ['decoder']],
  [vaeModel, ['vae']],
];

describe('notebook cells on the model slides', () => {
  for (const [slide, cells] of cases) {
    it(`${slide.id} shows exactly the notebook's ${cells.map((c) => `slide:${c}`).join(' and ')} code, in both languages`, () => {
      expect(() => checkStaticContent(slide)).not.toThrow();
      for (const lang of ['fr', 'en'] as const) {
        const shown = shownCells(slide.body[lang]);
        expect([...shown.keys()]).toEqual(cells);
        for (const name of cells) expect(shown.get(name)).toBe(cellCode(name));
        expect(slide.body[lang]).not.toContain('code-missing');
      }
    });
  }

  it('vae-model writes the loss as a formula and names the notebook cell that computes it (vaeLoss)', () => {
    const loss = notebookCell('loss');
    expect(loss).not.toBeNull();
    expect(vaeModel.body.fr).toContain(`<code>vaeLoss</code>, cellule ${loss!.number}.`);
    expect(vaeModel.body.en).toContain(`<code>vaeLoss</code>, cell ${loss!.number}.`);
    for (const lang of ['fr', 'en'] as const) expect(vaeModel.body[lang]).toMatch(/class="katex/);
  });

  it('no longer quotes the engine internals of src/model', () => {
    for (const [slide] of cases) {
      for (const lang of ['fr', 'en'] as const) {
        expect(slide.body[lang]).not.toMatch(/applyLogits|seed\+\+|src\/model\/autoencoder\.ts/);
      }
    }
  });

  it('captions each cell with the notebook file, its position and its heading', () => {
    const enc = notebookCell('encoder')!;
    const index = nb.cells.findIndex((c) => c.metadata.tags?.includes('slide:encoder'));
    expect(enc.number).toBe(index + 1);
    expect(enc.heading).toBe('3. Construction de l’encodeur');
    expect(notebookCellHtml({ cell: 'encoder', lang: 'fr' })).toContain(
      `Notebook <code>notebooks/vae-mnist.ipynb</code>, cellule ${index + 1} («\u00a03. Construction de l’encodeur\u00a0»)`,
    );
    expect(notebookCellHtml({ cell: 'encoder', lang: 'en' })).toContain(`cell ${index + 1} (“3. Construction de l’encodeur”)`);
  });

  it('says on the slide when no cell carries the tag', () => {
    expect(notebookCell('nowhere')).toBeNull();
    expect(notebookCellHtml({ cell: 'nowhere', lang: 'fr' })).toContain('Aucune cellule «\u00a0slide:nowhere\u00a0» dans notebooks/vae-mnist.ipynb');
  });
});
