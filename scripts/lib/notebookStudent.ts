/**
 * The student notebook, generated from the teacher's: every block between `// BEGIN SOLUTION` and
 * `// END SOLUTION` (nbgrader's markers, in TypeScript comment syntax) becomes a stub saying « À compléter ».
 */
import { sourceLines, sourceText, type Notebook, type NotebookCell } from './notebookFile.ts';

/** nbgrader's solution markers in the kernel's comment syntax. */
export const BEGIN_SOLUTION = '// BEGIN SOLUTION';
/** End of a solution block. */
export const END_SOLUTION = '// END SOLUTION';

/** The stub that replaces a solution, indented like its markers. */
export function solutionStub(indent: string): string[] {
  return [`${indent}// À compléter\u00a0: votre code ici (voir la consigne au-dessus), puis lancez la cellule de vérification.`, `${indent}throw new Error('À compléter');`];
}

/** Replace each solution block of a code cell by its stub; throws on unbalanced markers. Returns the new text and the block count. */
export function stripSolutions(text: string, where = 'cell'): { text: string; blocks: number } {
  const out: string[] = [];
  let open: string | null = null;
  let blocks = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === BEGIN_SOLUTION) {
      if (open !== null) throw new Error(`${where}: ${BEGIN_SOLUTION} inside another solution block`);
      open = line.slice(0, line.indexOf('//'));
    } else if (trimmed === END_SOLUTION) {
      if (open === null) throw new Error(`${where}: ${END_SOLUTION} without ${BEGIN_SOLUTION}`);
      out.push(...solutionStub(open));
      open = null;
      blocks++;
    } else if (open === null) out.push(line);
  }
  if (open !== null) throw new Error(`${where}: ${BEGIN_SOLUTION} without ${END_SOLUTION}`);
  return { text: out.join('\n'), blocks };
}

/** Remove the marker lines only (the teacher's code as the slides show it). */
export function withoutMarkers(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== BEGIN_SOLUTION && line.trim() !== END_SOLUTION)
    .join('\n');
}

const STUDENT_INTRO = [
  '> **Version étudiant.** Les cellules marquées «\u00a0À compléter\u00a0» attendent votre code\u00a0: la couche `z_mean`',
  'de l’encodeur, le tirage de z, la perte et le pas d’entraînement. Après chacune, une cellule de vérification',
  'affiche ✔ si votre réponse a les bonnes formes et les bonnes valeurs, ✘ et la raison sinon.',
  '«\u00a0Tout exécuter\u00a0» (*Run All*) s’arrête à la première cellule qui lève une erreur, donc au premier exercice',
  'pas encore fait\u00a0: exécutez les cellules une à une (Maj + Entrée), complétez chaque exercice quand vous',
  'l’atteignez, puis continuez à partir de là.',
].join('\n');

/** The student version of a teacher notebook: solutions stubbed, outputs cleared, an intro cell after the title. */
export function studentNotebook(teacher: Notebook): Notebook {
  let total = 0;
  const cells: NotebookCell[] = teacher.cells.map((cell, i) => {
    if (cell.cell_type !== 'code') return { ...cell, source: sourceLines(sourceText(cell)) };
    const { text, blocks } = stripSolutions(sourceText(cell), `cell ${i}`);
    total += blocks;
    return { ...cell, source: sourceLines(text), outputs: [], execution_count: null };
  });
  if (total === 0) throw new Error(`the teacher notebook has no ${BEGIN_SOLUTION} block`);
  const intro: NotebookCell = { id: 'student-intro', cell_type: 'markdown', metadata: {}, source: sourceLines(STUDENT_INTRO) };
  cells.splice(1, 0, intro);
  return { ...teacher, cells };
}
