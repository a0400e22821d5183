import { describe, expect, it, vi } from 'vitest';
import { stripSolutions, studentNotebook, withoutMarkers } from '../../../scripts/lib/notebookStudent.ts';
import { sourceText, type Notebook } from '../../../scripts/lib/notebookFile.ts';
import { check, expectClose, expectShape } from '../../../notebooks/lib/checks.ts';

const cell = ['const a = 1;', '  // BEGIN SOLUTION', '  const b = a + 1;', '  // END SOLUTION', 'use(b);'].join('\n');

describe('student notebook generation', () => {
  it('stripSolutions replaces a solution block by an indented « À compléter » stub', () => {
    const { text, blocks } = stripSolutions(cell);
    expect(blocks).toBe(1);
    expect(text.split('\n')).toEqual([
      'const a = 1;',
      '  // À compléter\u00a0: votre code ici (voir la consigne au-dessus), puis lancez la cellule de vérification.',
      "  throw new Error('À compléter');",
      'use(b);',
    ]);
  });

  it('stripSolutions rejects unbalanced markers, naming the cell', () => {
    expect(() => stripSolutions('// BEGIN SOLUTION\nx', 'cell 3')).toThrow(/cell 3: \/\/ BEGIN SOLUTION without/);
    expect(() => stripSolutions('x\n// END SOLUTION', 'cell 4')).toThrow(/cell 4: \/\/ END SOLUTION without/);
    expect(() => stripSolutions('// BEGIN SOLUTION\n// BEGIN SOLUTION')).toThrow(/inside another/);
  });

  it('withoutMarkers keeps the solution and drops only the marker lines', () => {
    expect(withoutMarkers(cell)).toBe('const a = 1;\n  const b = a + 1;\nuse(b);');
  });

  it('studentNotebook clears outputs, adds the intro after the title and refuses a notebook with no exercise', () => {
    const nb: Notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: 'markdown', metadata: {}, source: '# Titre' },
        { cell_type: 'code', metadata: {}, source: cell, outputs: [{ output_type: 'stream', text: '2' }], execution_count: 3 },
      ],
    };
    const student = studentNotebook(nb);
    expect(student.cells.map((c) => c.cell_type)).toEqual(['markdown', 'markdown', 'code']);
    expect(sourceText(student.cells[1])).toMatch(/^> \*\*Version étudiant/);
    expect(sourceText(student.cells[1])).toMatch(/s’arrête à la première cellule qui lève une erreur/);
    expect(student.cells[2]).toMatchObject({ outputs: [], execution_count: null });
    expect(nb.cells[1].outputs).toHaveLength(1); // the teacher notebook is not modified
    expect(() => studentNotebook({ ...nb, cells: [nb.cells[0]] })).toThrow(/no \/\/ BEGIN SOLUTION block/);
  });
});

describe('exercise checks', () => {
  it('check prints ✔ when the assertions hold and ✘ with the reason when one fails, without throwing or returning a value', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await check('perte', 'exacte', () => expectClose('le KL', 1.00001, 1, 1e-3))).toBeUndefined();
      await check('encodeur', 'ok', () => expectShape('z_mean', [null, 3], [null, 2]));
      await check('tirage', 'ok', () => expectClose('z', Number.NaN, 0, 1));
      await check('boucle', 'ok', () => { throw new ReferenceError('cost is not defined'); });
      expect(log.mock.calls.map((c) => c[0])).toEqual([
        '\u2714 perte\u00a0: exacte',
        '\u2718 encodeur\u00a0: z_mean a la forme [lot, 3], attendu [lot, 2]',
        '\u2718 tirage\u00a0: z vaut NaN, attendu un nombre fini proche de 0',
        '\u2718 boucle\u00a0: cost n’existe pas encore\u00a0: la cellule de l’exercice doit d’abord tourner sans erreur',
      ]);
    } finally {
      log.mockRestore();
    }
  });
});
