/** Locate the tools the notebook commands need: the project's Deno, a Python with Jupyter's client, Jupyter itself. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Repository root. */
export const root = resolve(import.meta.dirname, '../..');

/** The Deno binary installed by the `deno` npm package (devDependency). */
export function denoBinary(): string {
  const candidates = [join(root, 'node_modules/deno/deno'), join(root, 'node_modules/.bin/deno')];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Deno is missing from node_modules: run `npm install` (the `deno` devDependency ships the binary).');
  return found;
}

/** True when `cmd args…` runs and exits 0. */
function works(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

/**
 * A Python 3 that can import nbformat and jupyter_client ($PYTHON, then Debian's /usr/bin/python3, then python3).
 * Throws with the Debian packages to install when none can.
 */
export function jupyterPython(modules: string[] = ['nbformat', 'jupyter_client']): string {
  const candidates = [process.env.PYTHON, '/usr/bin/python3', 'python3'].filter((c): c is string => Boolean(c));
  const probe = `import ${modules.join(', ')}`;
  const found = candidates.find((py) => works(py, ['-c', probe]));
  if (!found) {
    throw new Error(
      `No Python 3 can import ${modules.join(', ')}. Install them (Debian: sudo apt-get install python3-nbformat ` +
        `jupyter-client python3-nbclient jupyter-nbconvert) or set PYTHON=/path/to/python3.`,
    );
  }
  return found;
}

/** Write a private kernelspec for the project's Deno under `dir`/kernels/deno; returns `dir` (for JUPYTER_PATH). */
export function privateKernelDir(dir: string): string {
  const kernel = join(dir, 'kernels', 'deno');
  mkdirSync(kernel, { recursive: true });
  const spec = {
    argv: [denoBinary(), 'jupyter', '--kernel', '--conn', '{connection_file}'],
    display_name: 'Deno',
    language: 'typescript',
    env: { NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
  };
  writeFileSync(join(kernel, 'kernel.json'), JSON.stringify(spec, null, 2) + '\n');
  return dir;
}

/** Register the Deno kernel for the user's Jupyter (`deno jupyter --install`, writes $HOME/.local/share/jupyter/kernels/deno). */
export function installUserKernel(): void {
  execFileSync(denoBinary(), ['jupyter', '--install', '--force'], { stdio: 'inherit', cwd: root });
}

/** The command that starts the classic Jupyter notebook server, or null when none is installed. */
export function jupyterNotebookCommand(): string[] | null {
  if (works('jupyter-notebook', ['--version'])) return ['jupyter-notebook'];
  if (works('jupyter', ['notebook', '--version'])) return ['jupyter', 'notebook'];
  if (works('jupyter', ['lab', '--version'])) return ['jupyter', 'lab'];
  return null;
}
