import type { Scope, Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { tex } from '../src/deck/tex.ts';
import { loadMnistBrowser } from '../src/data/mnist.browser.ts';
import { TEST_PER_DIGIT, type MnistSplit } from '../src/data/mnist.ts';
import { Histogram } from '../src/charts/histogram.ts';
import { context2d, digitToRgba, DIGIT_PIXELS, DIGIT_SIDE, drawDigit } from '../src/charts/digitGrid.ts';
import { roles } from '../src/charts/palette.ts';
import { pixelSummary, sampleIndices, summarizeSplit } from '../src/widgets/mnistStats.ts';
import { showErrorNotice } from '../src/widgets/errorNotice.ts';
import './demoSlides.css';
import { liveOrPrint } from '../src/deck/printText.ts';
import { classNamesOf } from '../src/widgets/classNames.ts';
import { showDatasetNote } from '../src/widgets/datasetNote.ts';
import { preprocessingFashionNotes } from './fashionNotes.ts';

/** Which training image is flattened (the second one of the data-loading grid: a clean 3 in MNIST, a dress in Fashion-MNIST), and the row lit up at first. */
const DIGIT_SEED = 2024;
const START_ROW = 14;
const DIGIT_PX = 224;
const STRIP_W = 1176;
const STRIP_H = 40;

function body(lang: Lang): string {
  const t = pick(lang);
  const colon = t({ fr: '&nbsp;:', en: ':' });
  return `<div class="pp-top">
  <figure class="pp-digit">
    <canvas class="pp-digit-canvas" width="${DIGIT_PX * 2}" height="${DIGIT_PX * 2}" data-prevent-swipe></canvas>
    <figcaption>${t({ fr: 'image', en: 'image' })} 28×28<span class="pp-class"></span> · ${t({ fr: 'ligne', en: 'row' })} <strong class="pp-row">${START_ROW}</strong></figcaption>
  </figure>
  <div class="pp-steps">
    <p><strong>1. ${t({ fr: 'Mettre à l’échelle', en: 'Scale' })}</strong>${colon} ${tex(`x = \\text{${t({ fr: 'octet', en: 'byte' })}} / 255 \\in [0, 1]`)}</p>
    <p><strong>2. ${t({ fr: 'Aplatir', en: 'Flatten' })}</strong>${colon} ${t({ fr: 'le pixel (ligne', en: 'pixel (row' })} ${tex('i')}, ${t({ fr: 'colonne', en: 'column' })} ${tex('j')}) → ${t({ fr: 'case', en: 'entry' })} ${tex('28\\,i + j')} ${t({ fr: 'd’un vecteur de', en: 'of a vector of' })} ${tex('784')}</p>
    <div class="box pp-split"><strong>3. ${t({ fr: 'Séparer', en: 'Split' })}</strong>${colon} ${
      t({
        fr: `pour chaque chiffre, les <strong>${TEST_PER_DIGIT} dernières</strong> images vont au test (<span class="pp-test">…</span> images, jamais vues à l’entraînement) ; les <span class="pp-train">…</span> autres servent à entraîner.`,
        en: `for each digit, the <strong>last ${TEST_PER_DIGIT}</strong> images go to the test set (<span class="pp-test">…</span> images, never seen in training); the other <span class="pp-train">…</span> are for training.`,
      })
    }</div>
    <p class="small muted">${t({ fr: liveOrPrint('Survolez l’image : la ligne éclairée se retrouve dans le vecteur.', 'La ligne éclairée (n° 14) se retrouve dans le vecteur.'), en: liveOrPrint('Hover over the image: the lit row shows up in the vector.', 'The lit row (no. 14) shows up in the vector.') })}</p>
  </div>
  <div class="pp-hists">
    <div class="pp-hist-before chart-host"></div>
    <div class="pp-hist-after chart-host"></div>
    <p class="pp-zero small"></p>
  </div>
</div>
<div class="pp-strip">
  <canvas class="pp-strip-canvas" width="${STRIP_W}" height="${STRIP_H}"></canvas>
  <div class="pp-strip-axis"><span>0</span><span class="pp-strip-label">${t({ fr: 'le vecteur x : 784 nombres entre 0 et 1', en: 'the vector x: 784 numbers between 0 and 1' })}</span><span>783</span></div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 1,5 min.</strong> <strong>Question : que faut-il faire aux images avant de les donner au réseau ?</strong> Trois choses, comme dans le notebook.</p>
<ol><li><strong>Mettre à l’échelle :</strong> chaque pixel est stocké comme un octet de 0 à 255 ; on divise par 255 pour une intensité entre 0 et 1, car le décodeur sort une probabilité par pixel (sigmoïde) et l’entropie croisée binaire compare des nombres entre 0 et 1. Les deux histogrammes ont la même forme : l’axe vertical est une densité (aire totale 1), donc quand l’axe horizontal est divisé par 255, les hauteurs sont multipliées par 255 (pic 0,05 en haut, environ 12 en bas). Ils ne montrent que les pixels non nuls : environ 80 % valent exactement 0 (le fond) et écraseraient le reste.</li>
<li><strong>Aplatir :</strong> l’encodeur dense attend un vecteur ; on met les 28 lignes bout à bout, 784 nombres. À l’écran, la ligne sous le pointeur s’éclaire dans l’image et dans le vecteur du bas. Question à poser : que perd-on ? Le réseau ne sait plus quels pixels sont voisins ; un réseau convolutif, lui, le saurait.</li>
<li><strong>Séparer :</strong> pour chaque chiffre, les 100 dernières images forment le test (1 000 images), jamais vues à l’entraînement ; c’est sur elles qu’on mesure la −ELBO et qu’on dessine l’espace latent.</li></ol>`,
  en: `<p><strong>≈ 1.5 min.</strong> <strong>Question: what must we do to the images before feeding them to the network?</strong> Three things, as in the notebook.</p>
<ol><li><strong>Scale:</strong> each pixel is stored as a byte from 0 to 255; we divide by 255 for an intensity between 0 and 1, because the decoder outputs one probability per pixel (sigmoid) and binary cross-entropy compares numbers between 0 and 1. The two histograms have the same shape: the vertical axis is a density (total area 1), so when the horizontal axis is divided by 255 the heights are multiplied by 255 (peak 0.05 at the top, about 12 at the bottom). They only show non-zero pixels: about 80% are exactly 0 (the background) and would dwarf the rest.</li>
<li><strong>Flatten:</strong> the dense encoder expects a vector; we lay the 28 rows end to end, 784 numbers. On screen, the row under the pointer lights up in the image and in the vector below. Question for the class: what do we lose? The network no longer knows which pixels are neighbours; a convolutional network would.</li>
<li><strong>Split:</strong> for each digit, the last 100 images form the test set (1,000 images), never seen in training; we measure the −ELBO and draw the latent space on them.</li></ol>`,
};

/** Draw the digit (white on black, as stored) with a frame around row `row`. */
function drawImage(canvas: HTMLCanvasElement, pixels: Float32Array, row: number): void {
  const ctx = context2d(canvas);
  if (!ctx) return;
  const s = canvas.width;
  drawDigit(ctx, pixels, 0, 0, s, 'dark');
  const cell = s / DIGIT_SIDE;
  ctx.strokeStyle = roles.p;
  ctx.lineWidth = 6;
  ctx.strokeRect(3, row * cell, s - 6, cell);
  ctx.strokeStyle = '#56B4E9';
  ctx.lineWidth = 2;
  ctx.strokeRect(3, row * cell, s - 6, cell);
}

/** Draw the 784-long vector as a strip, with the segment of `row` framed. */
function drawStrip(canvas: HTMLCanvasElement, pixels: Float32Array, row: number): void {
  const ctx = context2d(canvas);
  if (!ctx) return;
  const rgba = digitToRgba(pixels, 'dark');
  const tmp = document.createElement('canvas');
  tmp.width = DIGIT_PIXELS;
  tmp.height = 1;
  tmp.getContext('2d')?.putImageData(new ImageData(rgba, DIGIT_PIXELS, 1), 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(tmp, 0, 4, canvas.width, canvas.height - 8);
  const k = canvas.width / DIGIT_PIXELS;
  ctx.strokeStyle = roles.p;
  ctx.lineWidth = 4;
  ctx.strokeRect(row * DIGIT_SIDE * k, 2, DIGIT_SIDE * k, canvas.height - 4);
}

function mountCharts(el: HTMLElement, scope: Scope, split: MnistSplit): void {
  const lang = scope.lang;
  const index = sampleIndices(split.train.count, 2, DIGIT_SEED)[1];
  if (scope.services.dataset.id !== 'mnist') describeDataset(el, scope, split.train.labels[index]);
  const summary = summarizeSplit(split);
  find(el, '.pp-test').textContent = formatNumber(summary.testCount, lang, 0);
  find(el, '.pp-train').textContent = formatNumber(summary.trainCount, lang, 0);
  const trainPixels = pixelSummary(split.train);
  const pct = formatNumber(100 * trainPixels.zeroFraction, lang, 0);
  find(el, '.pp-zero').textContent = scope.t({
    fr: `${pct} % des pixels valent exactement 0 (le fond) : les histogrammes montrent les autres. Axe vertical : une densité (aire totale 1, donc par octet en haut, par unité de x en bas) : diviser x par 255 multiplie les hauteurs par 255, la forme ne change pas.`,
    en: `${pct}% of the pixels are exactly 0 (the background): the histograms show the others. Vertical axis: a density (total area 1, so per byte at the top, per unit of x at the bottom): dividing x by 255 multiplies the heights by 255, the shape stays the same.`,
  });
  const common = { width: 440, height: 190, bins: 32, margin: { left: 70, right: 14, top: 12, bottom: 52 }, ticks: 5 };
  const before = scope.own(
    new Histogram(find(el, '.pp-hist-before'), {
      ...common,
      xDomain: [0, 255],
      xLabel: scope.t({ fr: 'octet dans le fichier (0–255)', en: 'byte in the file (0–255)' }),
      yLabel: scope.t({ fr: 'densité', en: 'density' }),
      ariaLabel: scope.t({ fr: 'Histogramme des octets 0–255', en: 'Histogram of the bytes 0–255' }),
      formatTick: (v) => formatNumber(v, lang, v !== 0 && Math.abs(v) < 0.01 ? 3 : Number.isInteger(v) ? 0 : 2),
      barColor: roles.muted,
    }),
  );
  const after = scope.own(
    new Histogram(find(el, '.pp-hist-after'), {
      ...common,
      xDomain: [0, 1],
      xLabel: scope.t({ fr: 'intensité x = octet / 255', en: 'intensity x = byte / 255' }),
      yLabel: scope.t({ fr: 'densité', en: 'density' }),
      ariaLabel: scope.t({ fr: 'Histogramme des intensités 0–1', en: 'Histogram of the intensities 0–1' }),
      formatTick: (v) => formatNumber(v, lang, Number.isInteger(v) ? 0 : 1),
      barColor: roles.p,
    }),
  );
  before.update({ values: trainPixels.nonZeroBytes });
  after.update({ values: trainPixels.nonZeroUnit });

  const pixels = split.train.images.slice(index * DIGIT_PIXELS, (index + 1) * DIGIT_PIXELS);
  const image = find<HTMLCanvasElement>(el, '.pp-digit-canvas');
  const strip = find<HTMLCanvasElement>(el, '.pp-strip-canvas');
  const rowOut = find(el, '.pp-row');
  let row = -1;
  const show = (r: number): void => {
    if (r === row) return;
    row = r;
    rowOut.textContent = String(r);
    drawImage(image, pixels, r);
    drawStrip(strip, pixels, r);
  };
  show(START_ROW);
  if (scope.mode !== 'live') return;
  scope.listen(image, 'pointermove', (ev: PointerEvent) => {
    const rect = image.getBoundingClientRect();
    const r = Math.floor(((ev.clientY - rect.top) / Math.max(1, rect.height)) * DIGIT_SIDE);
    show(Math.min(DIGIT_SIDE - 1, Math.max(0, r)));
  });
}

/** With another data set than MNIST: the shown image's class name, the split rule per class, the data-set note. */
function describeDataset(el: HTMLElement, scope: Scope, label: number): void {
  find(el, '.pp-class').textContent = ` · ${classNamesOf(scope)[label]}`;
  find(el, '.pp-split').innerHTML = `<strong>3. ${scope.t({ fr: 'Séparer', en: 'Split' })}</strong>${scope.t({ fr: '&nbsp;:', en: ':' })} ${scope.t({
    fr: `pour chaque classe, les <strong>${TEST_PER_DIGIT} dernières</strong> images vont au test (<span class="pp-test">…</span> images, jamais vues à l’entraînement) ; les <span class="pp-train">…</span> autres servent à entraîner.`,
    en: `for each class, the <strong>last ${TEST_PER_DIGIT}</strong> images go to the test set (<span class="pp-test">…</span> images, never seen in training); the other <span class="pp-train">…</span> are for training.`,
  })}`;
  showDatasetNote(el, scope);
}

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  let split: MnistSplit;
  try {
    split = await loadMnistBrowser(scope.services.dataset.file);
  } catch (err) {
    if (!scope.disposed) showErrorNotice(el, err, scope.lang);
    return;
  }
  if (scope.disposed) return;
  mountCharts(el, scope, split);
}

/** Slide: preprocessing — bytes 0–255 scaled to [0, 1] (two histograms), 28×28 → 784 flattening on one digit, the split rule. */
const preprocessing: SlideContent = {
  body: byLanguage(body),
  notes,
  datasetNotes: { fashion: preprocessingFashionNotes },
  mount,
};

export default preprocessing;
