import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/** The style sheets a module imports (`import './x.css'`), as paths from the repository root. */
function cssImports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/^import '([^']+\.css)';/gm)].map((m) => relative(root, resolve(dirname(join(root, file)), m[1])));
}

const modules = ['slides', 'src/widgets', 'src/charts'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.ts') && f !== 'styles.ts')
    .map((f) => `${dir}/${f}`),
);

describe('slides/styles.ts', () => {
  it('brings every style sheet a slide or widget imports into the deck’s CSS, so a slide fetched later adds none', () => {
    const listed = new Set(cssImports('slides/styles.ts'));
    const used = new Set(modules.flatMap(cssImports));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !used.has(f) && !f.startsWith('src/deck/'))).toEqual([]);
  });
});
