/**
 * The course notebook (notebooks/vae-mnist.ipynb, TypeScript on the Deno kernel):
 *   tsx scripts/notebook.ts open [--student]  register the Deno kernel and open the notebook in Jupyter  (npm run notebook)
 *   tsx scripts/notebook.ts run               execute it headless → exports/vae-mnist.executed.ipynb
 *                                             and its HTML → exports/vae-mnist.html                       (npm run notebook:run)
 *   tsx scripts/notebook.ts html              executed notebook → exports/vae-mnist.html                  (npm run notebook:html)
 *   tsx scripts/notebook.ts student           teacher notebook → notebooks/vae-mnist-etudiant.ipynb       (npm run notebook:student)
 * Options: --in FILE, --out FILE (run also takes --html FILE); `open` passes other options to Jupyter.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { installUserKernel, jupyterNotebookCommand, jupyterPython, privateKernelDir, root } from './lib/notebookTools.ts';
import { finishNotebookHtml, withoutSolutionMarkers } from './lib/notebookHtml.ts';
import { notebookJson, readNotebook } from './lib/notebookFile.ts';
import { studentNotebook } from './lib/notebookStudent.ts';
import { exportPath, outPath } from './lib/exportPaths.ts';

/** The teacher notebook (the source: solutions included, no outputs). */
export const NOTEBOOK = join(root, 'notebooks/vae-mnist.ipynb');
/** The student notebook, generated from the teacher's by `student`. */
export const STUDENT = join(root, 'notebooks/vae-mnist-etudiant.ipynb');
/** Where `run` writes the executed copy by default (committed, so the repository host shows the outputs). */
export const EXECUTED = exportPath('vae-mnist.executed.ipynb');

/** The HTML page that goes with an executed notebook: same folder, `.html` instead of `.executed.ipynb`/`.ipynb`. */
export function htmlFor(executed: string): string {
  return join(dirname(executed), basename(executed).replace(/(\.executed)?\.ipynb$/, '') + '.html');
}

/** Execute a notebook headless with the project's Deno kernel (private kernelspec, $HOME untouched). */
export function runNotebook(input = NOTEBOOK, output = EXECUTED): void {
  const python = jupyterPython(['nbformat', 'jupyter_client']);
  const kernels = mkdtempSync(join(tmpdir(), 'deno-kernel-'));
  try {
    privateKernelDir(kernels);
    mkdirSync(dirname(output), { recursive: true });
    execFileSync(python, [join(root, 'scripts/lib/notebookRunner.py'), input, output, '--kernel', 'deno'], {
      stdio: 'inherit',
      env: { ...process.env, JUPYTER_PATH: kernels },
    });
  } finally {
    rmSync(kernels, { recursive: true, force: true });
  }
}

/**
 * Export an executed notebook to a self-contained HTML page (nbconvert): no CDN script, formulas typeset with KaTeX
 * (CSS and fonts inlined), solution markers left out of the code the class reads.
 */
export function notebookToHtml(input = EXECUTED, output = htmlFor(input)): void {
  if (!existsSync(input)) throw new Error(`${input} does not exist: run \`npm run notebook:run\` first`);
  const python = jupyterPython(['nbconvert']);
  mkdirSync(dirname(output), { recursive: true });
  const temp = mkdtempSync(join(tmpdir(), 'notebook-html-'));
  try {
    const shown = join(temp, basename(input));
    writeFileSync(shown, notebookJson(withoutSolutionMarkers(readNotebook(input))));
    execFileSync(python, ['-m', 'nbconvert', '--to', 'html', '--output-dir', dirname(output), '--output', basename(output, '.html'), shown], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  writeFileSync(output, finishNotebookHtml(readFileSync(output, 'utf8')));
}

/** Write the student version generated from the teacher notebook. */
export function writeStudentNotebook(input = NOTEBOOK, output = STUDENT): void {
  writeFileSync(output, notebookJson(studentNotebook(readNotebook(input))));
}

/** Register the Deno kernel for the user's Jupyter and open a notebook in it (extra arguments go to Jupyter). */
function openNotebook(file: string, extra: string[]): void {
  const jupyter = jupyterNotebookCommand();
  if (!jupyter) {
    console.error(
      'Jupyter is not installed. Install it, then run `npm run notebook` again:\n' +
        '  Debian/Ubuntu: sudo apt-get install jupyter-notebook\n' +
        '  elsewhere:     pip install notebook\n' +
        'Without Jupyter: `npm run notebook:run` writes exports/vae-mnist.html.',
    );
    process.exit(1);
  }
  installUserKernel();
  // Jupyter refuses to start as root (containers, CI) unless told it may.
  const asRoot = process.getuid?.() === 0 && !extra.includes('--allow-root') ? ['--allow-root'] : [];
  const child = spawn(jupyter[0], [...jupyter.slice(1), ...asRoot, ...extra, file], { stdio: 'inherit', cwd: root });
  child.on('exit', (code) => process.exit(code ?? 0));
}

/** Parse the options of run/html/student (strict: an unknown option is an error). */
function fileOptions(args: string[]) {
  return parseArgs({ args, options: { in: { type: 'string' }, out: { type: 'string' }, html: { type: 'string' } }, strict: true }).values;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command = 'open', ...rest] = process.argv.slice(2);
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  try {
    if (command === 'open') {
      const { values } = parseArgs({ args: rest, options: { student: { type: 'boolean' } }, strict: false });
      openNotebook(values.student ? STUDENT : NOTEBOOK, rest.filter((a) => a !== '--student'));
    } else if (command === 'run') {
      const o = fileOptions(rest);
      const out = outPath(o.out, 'vae-mnist.executed.ipynb');
      runNotebook(o.in ? resolve(o.in) : NOTEBOOK, out);
      console.log(`notebook executed: ${out} (${seconds()} s)`);
      const html = o.html ? resolve(o.html) : htmlFor(out);
      notebookToHtml(out, html);
      console.log(`notebook HTML written: ${html} (${seconds()} s)`);
    } else if (command === 'html') {
      const o = fileOptions(rest);
      const input = o.in ? resolve(o.in) : EXECUTED;
      const out = o.out ? resolve(o.out) : htmlFor(input);
      notebookToHtml(input, out);
      console.log(`notebook HTML written: ${out} (${seconds()} s)`);
    } else if (command === 'student') {
      const o = fileOptions(rest);
      const out = o.out ? resolve(o.out) : STUDENT;
      writeStudentNotebook(o.in ? resolve(o.in) : NOTEBOOK, out);
      console.log(`student notebook written: ${out}`);
    } else throw new Error(`unknown command "${command}" (use open, run, html or student)`);
  } catch (err) {
    // A failed child (runner, nbconvert) has already said why on stderr.
    const status = (err as { status?: number }).status;
    console.error(status ? `notebook ${command} failed (exit code ${status})` : err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
