/**
 * Where every export goes: `exports/` at the repository root, a folder no build empties (vite build only
 * empties dist/). `EXPORTS_DIR` moves it (the e2e test runs the README's commands into a temporary folder).
 */
import { isAbsolute, join, resolve } from 'node:path';

/** Repository root. */
export const repoRoot = resolve(import.meta.dirname, '../..');

/** The exports folder: $EXPORTS_DIR if set (relative to the repository root), else `exports/`. */
export function exportsDir(): string {
  const dir = process.env.EXPORTS_DIR;
  if (!dir) return join(repoRoot, 'exports');
  return isAbsolute(dir) ? dir : join(repoRoot, dir);
}

/** A file inside the exports folder. */
export function exportPath(name: string): string {
  return join(exportsDir(), name);
}

/** An --out value (relative to the current directory) or, when absent, the default file in the exports folder. */
export function outPath(out: string | undefined, defaultName: string): string {
  return out ? resolve(out) : exportPath(defaultName);
}
