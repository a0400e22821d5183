/** The .ipynb shape the notebook scripts read and write (nbformat 4), and its canonical JSON text. */
import { readFileSync } from 'node:fs';

/** One output of an executed code cell. */
export interface NotebookOutput {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}

/** One cell; `source` is a string or a list of lines, as nbformat allows both. */
export interface NotebookCell {
  id?: string;
  cell_type: 'code' | 'markdown' | 'raw';
  source: string | string[];
  metadata: { tags?: string[]; [key: string]: unknown };
  outputs?: NotebookOutput[];
  execution_count?: number | null;
}

/** A notebook. */
export interface Notebook {
  cells: NotebookCell[];
  metadata: { kernelspec?: { name: string; language: string; display_name?: string }; [key: string]: unknown };
  nbformat: number;
  nbformat_minor: number;
}

/** A cell's source as one string. */
export function sourceText(cell: Pick<NotebookCell, 'source'>): string {
  return Array.isArray(cell.source) ? cell.source.join('') : cell.source;
}

/** Split text into nbformat's list of lines (each line keeps its '\n', the last one has none). */
export function sourceLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\n` : line)).filter((line) => line !== '');
}

/** Read and parse a notebook file. */
export function readNotebook(path: string): Notebook {
  return JSON.parse(readFileSync(path, 'utf8')) as Notebook;
}

/** The notebook as Jupyter writes it: one-space indentation, non-ASCII kept, final newline. */
export function notebookJson(nb: Notebook): string {
  return JSON.stringify(nb, null, 1) + '\n';
}
