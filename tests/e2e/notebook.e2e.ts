/**
 * The Jupyter notebook on the Deno kernel: `npm run notebook:run` executes it headless with no error and every
 * display cell showing its picture; `npm run notebook:html` exports it to an offline HTML page.
 * Needs Debian's python3-nbformat, jupyter-client (and jupyter-nbconvert for the HTML); skipped if absent.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jupyterPython, root } from '../../scripts/lib/notebookTools.ts';
import { artifactsDir } from './harness.ts';

interface Output {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
}
interface Cell {
  cell_type: string;
  source: string | string[];
  metadata: { tags?: string[] };
  outputs?: Output[];
  execution_count?: number | null;
}
interface Notebook {
  cells: Cell[];
  metadata: { kernelspec?: { name: string; language: string } };
}

const join1 = (v: string | string[] | undefined): string => (Array.isArray(v) ? v.join('') : (v ?? ''));
const readNotebook = (file: string): Notebook => JSON.parse(readFileSync(file, 'utf8')) as Notebook;
const textOf = (cell: Cell): string => (cell.outputs ?? []).filter((o) => o.output_type === 'stream').map((o) => join1(o.text)).join('');

let skip: string | false = false;
try {
  jupyterPython(['nbformat', 'jupyter_client', 'nbconvert']);
} catch (err) {
  skip = `notebook tests skipped: ${(err as Error).message}`;
  console.log(`# ${skip}`);
}

const work = mkdtempSync(join(tmpdir(), 'notebook-e2e-'));
const executed = join(work, 'vae-mnist.executed.ipynb');
const html = join(work, 'vae-mnist.html');
let nb: Notebook;
let page: string;

/** Run one of the package.json scripts with extra arguments. */
function npmRun(script: string, args: string[]): void {
  execFileSync('npm', ['run', '--silent', script, '--', ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

before(() => {
  if (skip) return;
  npmRun('notebook:run', ['--out', executed]);
  npmRun('notebook:html', ['--in', executed, '--out', html]);
  nb = readNotebook(executed);
  page = readFileSync(html, 'utf8');
  mkdirSync(join(artifactsDir, 'notebook'), { recursive: true });
  copyFileSync(executed, join(artifactsDir, 'notebook', 'vae-mnist.executed.ipynb'));
  copyFileSync(html, join(artifactsDir, 'notebook', 'vae-mnist.html'));
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('the committed notebook', () => {
  it('is TypeScript on the Deno kernel, output-free, with one French section per step of the plan', () => {
    const source = readNotebook(join(root, 'notebooks/vae-mnist.ipynb'));
    assert.equal(source.metadata.kernelspec?.name, 'deno');
    assert.equal(source.metadata.kernelspec?.language, 'typescript');
    for (const cell of source.cells.filter((c) => c.cell_type === 'code')) assert.deepEqual(cell.outputs, [], 'outputs are not committed');
    const headings = source.cells.filter((c) => c.cell_type === 'markdown').map((c) => join1(c.source).split('\n')[0]);
    const plan = ['Chargement des données', 'Prétraitement', 'encodeur', 'décodeur', 'espace latent de dimension 2', 'entraînement', 'Génération d’images synthétiques', 'Affichage de l’espace latent'];
    let from = 0;
    for (const step of plan) {
      const at = headings.findIndex((h, i) => i >= from && h.startsWith('## ') && h.toLowerCase().includes(step.toLowerCase()));
      assert.ok(at >= 0, `a "## …${step}…" section follows the previous step`);
      from = at + 1;
    }
  });

  it('imports the project model and data code, with no copy of the model', () => {
    const source = readNotebook(join(root, 'notebooks/vae-mnist.ipynb'));
    const code = source.cells.filter((c) => c.cell_type === 'code').map((c) => join1(c.source)).join('\n');
    for (const module of ['../src/data/mnist.node.ts', '../src/model/autoencoder.ts', '../src/model/trainer.ts', '../src/model/weightsIO.node.ts']) {
      assert.ok(code.includes(`'${module}'`), `imports ${module}`);
    }
    assert.doesNotMatch(code, /tf\.layers\.dense|tf\.sequential|class \w*(Vae|Encoder|Decoder)/, 'no model defined in the notebook');
  });
});

describe('npm run notebook:run', { skip }, () => {
  it('executes every code cell in order with no error output', () => {
    const code = nb.cells.filter((c) => c.cell_type === 'code');
    assert.deepEqual(
      code.map((c) => c.execution_count),
      code.map((_, i) => i + 1),
    );
    const errors = code.flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr')));
    assert.deepEqual(errors, []);
  });

  it('shows a picture in every cell tagged "display": 4 digit mosaics (PNG) and 4 SVG charts', () => {
    const display = nb.cells.filter((c) => c.metadata.tags?.includes('display'));
    const rich = display.map((c) => (c.outputs ?? []).filter((o) => o.data && ('image/png' in o.data || 'image/svg+xml' in o.data)));
    assert.ok(rich.every((r) => r.length >= 1), 'every display cell has an image');
    const pngs = rich.flat().filter((o) => 'image/png' in o.data!);
    const svgs = rich.flat().filter((o) => 'image/svg+xml' in o.data!);
    assert.equal(pngs.length, 4);
    assert.equal(svgs.length, 4);
    for (const o of svgs) assert.match(join1(o.data!['image/svg+xml']), /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg".*<\/svg>$/s);
  });

  it('trains 5 epochs with a progress line each, and the pretrained model beats them on the test set', () => {
    const all = nb.cells.map(textOf).join('\n');
    for (let e = 1; e <= 5; e++) assert.match(all, new RegExp(`époque ${e}/5 · perte \\d+,\\d`));
    const ours = Number(/notre VAE.*−ELBO\s+([\d,]+)/.exec(all)?.[1].replace(',', '.'));
    const pretrained = Number(/pré-entraîné \(784.*−ELBO\s+([\d,]+)/.exec(all)?.[1].replace(',', '.'));
    assert.ok(Number.isFinite(ours) && Number.isFinite(pretrained), `both −ELBO values are printed (${ours}, ${pretrained})`);
    assert.ok(pretrained < ours, `pretrained −ELBO ${pretrained} < 5-epoch −ELBO ${ours}`);
  });
});

describe('npm run notebook:html', { skip }, () => {
  it('writes an offline page with the 4 PNG mosaics and 4 SVG charts and no error', () => {
    assert.equal((page.match(/<img src="data:image\/png;base64,/g) ?? []).length, 4);
    const svgs = page.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*?<\/svg>/g) ?? [];
    assert.equal(svgs.length, 4);
    assert.ok(svgs.every((s) => /<(path|circle|image) /.test(s)), 'the SVG charts keep their drawing elements');
    assert.doesNotMatch(page, /<script[^>]*\bsrc="(https?|file):/, 'no script from another origin or from the local disk');
    assert.doesNotMatch(page, /data-mime-type="application\/vnd\.jupyter\.stderr"|Traceback/, 'no error or stderr output');
    const headings = [...page.matchAll(/<h2[^>]*>([^<]*)/g)].map((m) => m[1].replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))));
    assert.ok(headings.includes('7. Génération d’images synthétiques'), `section headings are readable: ${headings.join(' | ')}`);
  });
});

describe('the notebook runner', { skip }, () => {
  it('keeps every output of 20 quick cells that display then print', () => {
    const cells = Array.from({ length: 20 }, (_, i) => ({
      cell_type: 'code',
      metadata: {},
      execution_count: null,
      outputs: [],
      source: `await Deno.jupyter.display(Deno.jupyter.html\`<b>cell ${i}</b>\`);\nconsole.log('done ${i}');`,
    }));
    const probe = { cells, metadata: { kernelspec: { name: 'deno', display_name: 'Deno', language: 'typescript' } }, nbformat: 4, nbformat_minor: 4 };
    const dir = join(work, 'probe');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'probe.ipynb'), JSON.stringify(probe));
    npmRun('notebook:run', ['--in', join(dir, 'probe.ipynb'), '--out', join(dir, 'probe.out.ipynb')]);
    const out = readNotebook(join(dir, 'probe.out.ipynb'));
    out.cells.forEach((c, i) => {
      const kinds = (c.outputs ?? []).map((o) => o.output_type);
      assert.deepEqual(kinds, ['display_data', 'stream'], `cell ${i} kept both outputs`);
      assert.equal(textOf(c), `done ${i}\n`);
    });
  });
});
