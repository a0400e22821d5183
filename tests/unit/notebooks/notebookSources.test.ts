import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notebookJson, readNotebook, sourceText, type Notebook } from '../../../scripts/lib/notebookFile.ts';
import { studentNotebook } from '../../../scripts/lib/notebookStudent.ts';
import { slideCells } from '../../../scripts/lib/notebookSlides.ts';

const root = join(import.meta.dirname, '../../..');
const teacherPath = join(root, 'notebooks/vae-mnist.ipynb');
const studentPath = join(root, 'notebooks/vae-mnist-etudiant.ipynb');
const executedPath = join(root, 'exports/vae-mnist.executed.ipynb');
const teacher = readNotebook(teacherPath);
const codeOf = (nb: Notebook) => nb.cells.filter((c) => c.cell_type === 'code').map((c) => ({ source: sourceText(c), tags: c.metadata.tags ?? [] }));

describe('the committed notebooks', () => {
  it('the student notebook is exactly what `npm run notebook:student` generates from the teacher notebook', () => {
    expect(readFileSync(studentPath, 'utf8')).toBe(notebookJson(studentNotebook(teacher)));
  });

  it('the committed executed notebook runs exactly the code of the teacher notebook (rerun `npm run notebook:run` otherwise)', () => {
    expect(existsSync(executedPath), `${executedPath} is committed`).toBe(true);
    const executed = readNotebook(executedPath);
    expect(codeOf(executed)).toEqual(codeOf(teacher));
    const markdown = (nb: Notebook) => nb.cells.filter((c) => c.cell_type === 'markdown').map(sourceText);
    expect(markdown(executed)).toEqual(markdown(teacher));
    const code = executed.cells.filter((c) => c.cell_type === 'code');
    expect(code.map((c) => c.execution_count)).toEqual(code.map((_, i) => i + 1));
    expect(code.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'error')).toEqual([]);
  });

  it('the teacher notebook is committed without outputs, on the Deno kernel', () => {
    expect(teacher.metadata.kernelspec?.name).toBe('deno');
    for (const cell of teacher.cells.filter((c) => c.cell_type === 'code')) {
      expect(cell.outputs).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
  });

  it('builds the model in its own cells with the Layers API, and the slides get short cells for encoder, decoder, VAE, loss, loop', () => {
    const cells = slideCells(teacher);
    expect([...cells.keys()].sort()).toEqual(['decoder', 'encoder', 'loss', 'train', 'vae']);
    for (const [name, code] of cells) {
      expect(code.split('\n').length, `slide:${name} fits a slide`).toBeLessThanOrEqual(25);
      expect(code).not.toMatch(/BEGIN SOLUTION|END SOLUTION/);
    }
    expect(cells.get('encoder')).toMatch(/tf\.input\(/);
    expect(cells.get('encoder')).toMatch(/name: 'z_mean'[\s\S]*name: 'z_log_var'/);
    expect(cells.get('encoder')).toMatch(/keras\.Input\(shape=\(784,\)\)[\s\S]*layers\.Dense\(2, name="z_mean"\)/);
    expect(cells.get('decoder')).toMatch(/activation: 'sigmoid'/);
    expect(cells.get('vae')).toMatch(/z = μ \+ σ · ε/);
    expect(cells.get('train')).toMatch(/optimizer\.minimize\(/);
  });

  it('has four exercises, each followed by a check cell, and no reference to things that do not exist', () => {
    const student = studentNotebook(teacher);
    const code = student.cells.filter((c) => c.cell_type === 'code');
    const stubs = code.map((c, i) => (sourceText(c).includes("throw new Error('À compléter')") ? i : -1)).filter((i) => i >= 0);
    expect(stubs).toHaveLength(4);
    for (const i of stubs) expect(code[i + 1].metadata.tags ?? []).toContain('check');
    const all = teacher.cells.map(sourceText).join('\n');
    expect(all).not.toMatch(/version Keras du cours|«\s*Démonstration\s*»|createVae|new Trainer/);
  });
});
