/**
 * The PyTorch reference of `npm run bench`: runs bench/pytorch_reference.py (same MLP VAE, batch 128, Adam) with
 * ONE thread, plus a 2-thread run reported only as an aside, when a Python with torch is found; null otherwise.
 * Python is looked up in $BENCH_PYTHON, then the git-ignored venvs .venv-bench/ and v/, then python3 on the PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** One PyTorch run as printed by the script. */
export interface TorchRun {
  torch: string;
  threads: number;
  steps: number;
  samples_per_s: number;
  samples_per_s_mean: number;
  final_loss: number;
  blas: string;
}

/** What the bench records: the one-thread reference and the two-thread aside (null if it failed). */
export interface TorchReference {
  python: string;
  one_thread: TorchRun;
  two_threads_aside: TorchRun | null;
}

/** The first Python that can import torch, or null. */
export function findTorchPython(root: string): string | null {
  const candidates = [process.env.BENCH_PYTHON, join(root, '.venv-bench/bin/python'), join(root, 'v/bin/python'), 'python3'].filter((p): p is string => Boolean(p));
  for (const py of candidates) {
    if (py.includes('/') && !existsSync(py)) continue;
    const r = spawnSync(py, ['-c', 'import torch'], { stdio: 'ignore', timeout: 60_000 });
    if (r.status === 0) return py;
  }
  return null;
}

function runOnce(py: string, root: string, threads: number, steps: number): TorchRun | null {
  const env = { ...process.env, OMP_NUM_THREADS: String(threads), MKL_NUM_THREADS: String(threads) };
  const r = spawnSync(py, [join(root, 'bench/pytorch_reference.py'), '--threads', String(threads), '--steps', String(steps)], { env, encoding: 'utf8', timeout: 10 * 60_000 });
  if (r.status !== 0) {
    process.stderr.write(`PyTorch reference (${threads} thread(s)) failed: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}\n`);
    return null;
  }
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as TorchRun;
}

/** Run the reference (one thread, then two as an aside); null when no Python with torch is available. */
export function runTorchReference(root: string, steps: number, say: (s: string) => void): TorchReference | null {
  const py = findTorchPython(root);
  if (!py) {
    say('PyTorch reference: no Python with torch found (set BENCH_PYTHON, or python3 -m venv .venv-bench && .venv-bench/bin/pip install torch): skipped');
    return null;
  }
  say(`PyTorch reference with ${py}: ${steps} steps on 1 thread, then 2 threads (aside)…`);
  const one = runOnce(py, root, 1, steps);
  if (!one) return null;
  const two = runOnce(py, root, 2, Math.max(100, Math.round(steps / 2)));
  return { python: py, one_thread: one, two_threads_aside: two };
}
