/**
 * The exports and the course notebook. The README's export commands run one after another (pdf, pptx,
 * notebook:run, notebook:html, into a temporary EXPORTS_DIR) and every file they name must be there at the end:
 * no build wipes another export. This is the one run of the notebook in the suite: it must execute with no error,
 * every display cell showing its picture, every exercise check passing, a held-out −ELBO under 180 nats and
 * TensorFlow.js's tensor count back where it started.
 * Needs Debian's python3-nbformat, jupyter-client, jupyter-nbconvert (skipped if absent), Chromium for pdf/pptx.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jupyterPython, root } from '../../scripts/lib/notebookTools.ts';
import { readNotebook, type Notebook, type NotebookCell } from '../../scripts/lib/notebookFile.ts';
import { artifactsDir } from './harness.ts';
import { publishExport } from './sharedExports.ts';

const joined = (v: string | string[] | undefined): string => (Array.isArray(v) ? v.join('') : (v ?? ''));
const textOf = (cell: NotebookCell): string => (cell.outputs ?? []).filter((o) => o.output_type === 'stream').map((o) => joined(o.text)).join('');
const frNumber = (s: string | undefined): number => Number(s?.replace(/\s|\u202f|\u00a0/g, '').replace(',', '.'));

let skip: string | false = false;
try {
  jupyterPython(['nbformat', 'jupyter_client', 'nbconvert']);
} catch (err) {
  skip = `notebook tests skipped: ${(err as Error).message}`;
  console.log(`# ${skip}`);
}

/** The README's export table: each `npm run …` command of "Printing and exports" and the exports/ files its row names. */
function readmeExports(): { command: string; files: string[] }[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Printing and exports'), readme.indexOf('The course notebook'));
  return [...section.matchAll(/^\| `(npm run [\w:]+)` \| (.*) \|$/gm)].map((m) => ({
    command: m[1],
    // The files a command writes by default: the exports/ paths of its row, except those in "(→ …)" (they need options).
    files: [...m[2].replace(/\(→[^)]*\)/g, '').matchAll(/`exports\/([\w.-]+)`/g)].map((f) => f[1]),
  }));
}

const work = mkdtempSync(join(tmpdir(), 'exports-e2e-'));
const exportsDir = join(work, 'exports');
let rows: { command: string; files: string[] }[] = [];
let nb: Notebook;
let page: string;
let runSeconds = 0;

before(() => {
  if (skip) return;
  rows = readmeExports();
  for (const { command } of rows) {
    const started = Date.now();
    // EXPORT_REPORT: pdf and pptx also write what they measured, so pdf.e2e and pptx.e2e check these files (sharedExports.ts)
    execSync(`${command} --silent`, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, EXPORTS_DIR: exportsDir, EXPORT_REPORT: '1' } });
    if (command === 'npm run notebook:run') runSeconds = (Date.now() - started) / 1000;
    if (command === 'npm run pdf') publishExport(join(exportsDir, 'handout.pdf'));
    if (command === 'npm run pptx') publishExport(join(exportsDir, 'presentation.pptx'));
  }
  nb = readNotebook(join(exportsDir, 'vae-mnist.executed.ipynb'));
  page = readFileSync(join(exportsDir, 'vae-mnist.html'), 'utf8');
  mkdirSync(join(artifactsDir, 'notebook'), { recursive: true });
  for (const f of ['vae-mnist.executed.ipynb', 'vae-mnist.html']) copyFileSync(join(exportsDir, f), join(artifactsDir, 'notebook', f));
  console.log(`# notebook:run took ${runSeconds.toFixed(0)} s`);
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('the README export commands, one after another', { skip }, () => {
  it('leave every file they name in exports/ (no build wipes another export)', () => {
    assert.deepEqual(rows.map((r) => r.command), ['npm run pdf', 'npm run pptx', 'npm run notebook:run', 'npm run notebook:html']);
    const files = [...new Set(rows.flatMap((r) => r.files))];
    assert.deepEqual(files.sort(), ['handout.pdf', 'presentation.pptx', 'vae-mnist.executed.ipynb', 'vae-mnist.html']);
    for (const f of files) assert.ok(existsSync(join(exportsDir, f)) && statSync(join(exportsDir, f)).size > 10_000, `exports/${f} is there`);
  });
});

describe('npm run notebook:run', { skip }, () => {
  const code = () => nb.cells.filter((c) => c.cell_type === 'code');
  const all = () => nb.cells.map(textOf).join('\n');

  it('executes every code cell in order with no error output', () => {
    assert.deepEqual(code().map((c) => c.execution_count), code().map((_, i) => i + 1));
    const errors = code().flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr')));
    assert.deepEqual(errors, []);
  });

  it('shows a picture in every cell tagged "display": 9 mosaics (PNG: 5 of digits, 4 of own images) and 7 SVG charts', () => {
    const display = nb.cells.filter((c) => c.metadata.tags?.includes('display'));
    const rich = display.map((c) => (c.outputs ?? []).filter((o) => o.data && ('image/png' in o.data || 'image/svg+xml' in o.data)));
    assert.ok(rich.every((r) => r.length >= 1), 'every display cell has an image');
    assert.equal(rich.flat().filter((o) => 'image/png' in o.data!).length, 9);
    assert.equal(rich.flat().filter((o) => 'image/svg+xml' in o.data!).length, 7);
  });

  it('section 9 reads its demo folder of colour images, names the two files it skips, and trains a few hundred steps', () => {
    const read = /^(\d+) images lues, recadrées et réduites à 32 × 32/m.exec(all());
    assert.equal(Number(read?.[1]), 500);
    assert.match(all(), /^2 fichiers ignorés\u00a0: LISEZMOI\.txt \(format non pris en charge \(JPEG ou PNG seulement\)\), tronquee\.jpg \(fichier image corrompu ou tronqué\)\.$/m);
    const steps = /^(\d+) pas en [\d,]+ s \((\d+) images\/s\)\. À cette vitesse, une époque de CelebA/m.exec(all());
    assert.ok(steps, 'the training line of section 9');
    console.log(`# section 9: ${steps[1]} steps, ${steps[2]} images/s`);
    assert.ok(Number(steps[1]) >= 200, `${steps[1]} steps in section 9`);
    const curve = [...all().matchAll(/^pas (\d+) · perte ([\d\u202f ,]+) nats par image/gm)].map((m) => frNumber(m[2].replace(/[\u202f ]/g, '')));
    assert.ok(curve.length >= 2 && curve[curve.length - 1] < curve[0], `the loss of section 9 falls: ${curve.join(' → ')}`);
  });

  it('passes every exercise check, and the summaries show the Layers models', () => {
    const checks = nb.cells.filter((c) => c.metadata.tags?.includes('check')).map(textOf);
    assert.equal(checks.length, 4);
    for (const out of checks) assert.match(out, /^\u2714 /m, out);
    assert.doesNotMatch(all(), /\u2718/);
    const checkResults = nb.cells.filter((c) => c.metadata.tags?.includes('check')).flatMap((c) => (c.outputs ?? []).filter((o) => o.output_type === 'execute_result'));
    assert.deepEqual(checkResults, [], 'a check cell shows no Out[n] value');
    // tfjs prints a functional model's layers with their input shape first: `z_mean (Dense)  [[null,256]]  [null,2]`
    assert.match(all(), /z_mean \(Dense\)\s+(?:\[\[null,\d+\]\]\s+)?\[null,2\]/);
    assert.match(all(), /x_hat \(Dense\)\s+(?:\[\[null,\d+\]\]\s+)?\[null,784\]/);
  });

  it('trains with a progress line per epoch and reaches a held-out −ELBO under 180 nats', () => {
    const epochs = [...all().matchAll(/^époque (\d+)\/(\d+) · perte ([\d,]+) · test ([\d,]+)/gm)];
    assert.ok(epochs.length >= 5, `${epochs.length} progress lines`);
    assert.equal(epochs.length, Number(epochs[0][2]));
    const score = frNumber(/−ELBO de test après \d+ époques\u00a0?: ([\d,]+) nats/.exec(all())?.[1]);
    console.log(`# held-out −ELBO ${score} nats after ${epochs.length} epochs`);
    assert.ok(score < 180, `held-out −ELBO ${score} < 180`);
    const pre = frNumber(/pré-entraîné ([\d,]+)/.exec(all())?.[1]);
    assert.ok(pre > 100 && pre < score, `the pretrained model (${pre}) beats the notebook's (${score})`);
  });

  it('ends with every tensor released', () => {
    const m = /tenseurs en mémoire\u00a0?: (\d+) au début, (\d+) à la fin/.exec(all());
    assert.ok(m, 'the last cell prints the tensor counts');
    assert.equal(m[2], m[1]);
  });

  it('writes an offline HTML page with the 9 PNG mosaics, the 7 SVG charts and the formulas', () => {
    assert.equal((page.match(/<img src="data:image\/png;base64,/g) ?? []).length, 9);
    // The charts (KaTeX also draws some glyphs, e.g. the braces of \underbrace, as inline SVG).
    const svgs = page.match(/<div class="vae-chart"><svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*?<\/svg>/g) ?? [];
    assert.equal(svgs.length, 7);
    assert.doesNotMatch(page, /<script[^>]*\bsrc="(https?|file):/, 'no script from another origin or from the local disk');
    assert.doesNotMatch(page, /data-mime-type="application\/vnd\.jupyter\.stderr"|Traceback/, 'no error or stderr output');
    assert.equal((page.match(/<span class="katex-display">/g) ?? []).length, 2, 'the two displayed formulas are typeset by KaTeX');
    assert.doesNotMatch(page, /\$\$|BEGIN SOLUTION|END SOLUTION/, 'no raw TeX, no solution markers');
    assert.match(page, /font-family:KaTeX_Main;[^}]*src:url\(data:font\/woff2;base64,/, 'KaTeX fonts inlined');
    assert.doesNotMatch(page, /url\(fonts\//, 'no font file to fetch');
    const headings = [...page.matchAll(/<h2[^>]*>([^<]*)/g)].map((m) => m[1].replace(/&#(\d+);/g, (_, c: string) => String.fromCodePoint(Number(c))));
    assert.ok(headings.some((h) => h.startsWith('7. Génération d’images synthétiques')), `section headings are readable: ${headings.join(' | ')}`);
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
    execFileSync('npm', ['run', '--silent', 'notebook:run', '--', '--in', join(dir, 'probe.ipynb'), '--out', join(dir, 'probe.out.ipynb')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    const out = readNotebook(join(dir, 'probe.out.ipynb'));
    out.cells.forEach((c, i) => {
      assert.deepEqual((c.outputs ?? []).map((o) => o.output_type), ['display_data', 'stream'], `cell ${i} kept both outputs`);
      assert.equal(textOf(c), `done ${i}\n`);
    });
    assert.ok(existsSync(join(dir, 'probe.out.html')), 'run also writes the HTML page next to the executed notebook');
  });
});

