/**
 * The Jupyter notebook (notebooks/vae-mnist.ipynb, TypeScript on the Deno kernel):
 *   tsx scripts/notebook.ts open   register the Deno kernel for your Jupyter and open the notebook   (npm run notebook [-- jupyter options])
 *   tsx scripts/notebook.ts run    execute it headless → dist/vae-mnist.executed.ipynb                (npm run notebook:run)
 *   tsx scripts/notebook.ts html   export the executed notebook → dist/vae-mnist.html                 (npm run notebook:html)
 * Options: --in FILE, --out FILE.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { installUserKernel, jupyterNotebookCommand, jupyterPython, privateKernelDir, root } from './lib/notebookTools.ts';
import { cleanNotebookHtml } from './lib/notebookHtml.ts';

/** The committed notebook. */
export const NOTEBOOK = join(root, 'notebooks/vae-mnist.ipynb');
/** Where `run` writes the executed copy. */
export const EXECUTED = join(root, 'dist/vae-mnist.executed.ipynb');
/** Where `html` writes the export. */
export const HTML = join(root, 'dist/vae-mnist.html');

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

/** Export an executed notebook to a self-contained HTML page (nbconvert), without any CDN script. */
export function notebookToHtml(input = EXECUTED, output = HTML): void {
  if (!existsSync(input)) throw new Error(`${input} does not exist: run \`npm run notebook:run\` first`);
  const python = jupyterPython(['nbconvert']);
  mkdirSync(dirname(output), { recursive: true });
  execFileSync(python, ['-m', 'nbconvert', '--to', 'html', '--output-dir', dirname(output), '--output', basename(output, '.html'), input], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  writeFileSync(output, cleanNotebookHtml(readFileSync(output, 'utf8')));
}

/** Register the Deno kernel for the user's Jupyter and open the notebook in it (extra arguments go to Jupyter). */
function openNotebook(extra: string[]): void {
  const jupyter = jupyterNotebookCommand();
  if (!jupyter) {
    console.error(
      'Jupyter is not installed. Install it, then run `npm run notebook` again:\n' +
        '  Debian/Ubuntu: sudo apt-get install jupyter-notebook\n' +
        '  elsewhere:     pip install notebook\n' +
        'Without Jupyter: `npm run notebook:run && npm run notebook:html` writes dist/vae-mnist.html.',
    );
    process.exit(1);
  }
  installUserKernel();
  // Jupyter refuses to start as root (containers, CI) unless told it may.
  const asRoot = process.getuid?.() === 0 && !extra.includes('--allow-root') ? ['--allow-root'] : [];
  const child = spawn(jupyter[0], [...jupyter.slice(1), ...asRoot, ...extra, NOTEBOOK], { stdio: 'inherit', cwd: root });
  child.on('exit', (code) => process.exit(code ?? 0));
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? resolve(argv[i + 1]) : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command = 'open', ...rest] = process.argv.slice(2);
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  try {
    if (command === 'open') openNotebook(rest);
    else if (command === 'run') {
      const out = option(rest, '--out') ?? EXECUTED;
      runNotebook(option(rest, '--in') ?? NOTEBOOK, out);
      console.log(`notebook executed: ${out} (${seconds()} s)`);
    } else if (command === 'html') {
      const out = option(rest, '--out') ?? HTML;
      notebookToHtml(option(rest, '--in') ?? EXECUTED, out);
      console.log(`notebook HTML written: ${out} (${seconds()} s)`);
    } else throw new Error(`unknown command "${command}" (use open, run or html)`);
  } catch (err) {
    // A failed child (runner, nbconvert) has already said why on stderr.
    const status = (err as { status?: number }).status;
    console.error(status ? `notebook ${command} failed (exit code ${status})` : err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
