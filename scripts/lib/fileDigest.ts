/** SHA-256 digests of the files of a saved model folder (Node). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files saveNetToDir writes, relative to the model folder. */
export const MODEL_FILES = ['encoder/model.json', 'encoder/weights.bin', 'decoder/model.json', 'decoder/weights.bin'] as const;

/** Hex SHA-256 of each of `files` under `dir`, keyed by relative path. */
export function sha256Files(dir: string, files: readonly string[] = MODEL_FILES): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of files) out[f] = createHash('sha256').update(readFileSync(join(dir, f))).digest('hex');
  return out;
}
