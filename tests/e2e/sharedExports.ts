/**
 * One export run per e2e run. `npm run test:e2e` empties `artifacts/e2e/shared-exports/` and names it in
 * $E2E_SHARED_EXPORTS; notebook.e2e runs the README's export commands (`npm run pdf`, `npm run pptx`, …) with
 * $EXPORT_REPORT set and publishes the French handout and PowerPoint there with their reports; pdf.e2e and pptx.e2e
 * then check those very files instead of printing the same deck again (≈ 1 min of CI time). Without the variable (a
 * file run alone), when notebook.e2e was skipped, or when the deck was rebuilt differently since, each file exports
 * for itself as before.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { printHandout, type Handout } from '../../scripts/pdf.ts';
import { makePptx, type PptxResult } from '../../scripts/pptx.ts';
import { distDir } from './harness.ts';

/** This run's shared exports folder ($E2E_SHARED_EXPORTS, relative to the repository root), or null. */
export const sharedDir = process.env.E2E_SHARED_EXPORTS ? resolve(import.meta.dirname, '../..', process.env.E2E_SHARED_EXPORTS) : null;

/** Fingerprint of the built deck: its pages name every bundle by a hash of its content. */
function distStamp(): string {
  const hash = createHash('sha256');
  for (const page of ['index.html', 'speaker.html']) {
    const file = join(distDir, page);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** Copy an export and its `.report.json` (written under $EXPORT_REPORT) into the shared folder, stamped with the build. */
export function publishExport(file: string): void {
  if (!sharedDir) return;
  const report = JSON.parse(readFileSync(`${file}.report.json`, 'utf8')) as { path: string };
  mkdirSync(sharedDir, { recursive: true });
  const copy = join(sharedDir, basename(file));
  copyFileSync(file, copy);
  writeFileSync(`${copy}.json`, JSON.stringify({ stamp: distStamp(), report: { ...report, path: copy } }));
}

/** The shared export `name`'s report if this run published it from the deck as built now, else null. */
function sharedReport<T extends { path: string }>(name: string): T | null {
  if (!sharedDir || !existsSync(join(sharedDir, `${name}.json`))) return null;
  const { stamp, report } = JSON.parse(readFileSync(join(sharedDir, `${name}.json`), 'utf8')) as { stamp: string; report: T };
  if (stamp !== distStamp() || !existsSync(report.path)) return null;
  console.log(`# ${name}: the one this run's \`npm run …\` wrote (${report.path})`);
  return report;
}

/** The French handout without notes (`npm run pdf`): this run's shared one, else printed now to `out`. */
export async function frenchHandout(out: string): Promise<Handout> {
  return sharedReport<Handout>('handout.pdf') ?? printHandout({ lang: 'fr', notes: false, out });
}

/** The French PowerPoint (`npm run pptx`): this run's shared one, else exported now to `out`. */
export async function frenchPptx(out: string): Promise<PptxResult> {
  return sharedReport<PptxResult>('presentation.pptx') ?? makePptx({ lang: 'fr', out });
}
