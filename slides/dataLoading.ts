import type { Scope, Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { loadMnistBrowser } from '../src/data/mnist.browser.ts';
import { DigitGrid } from '../src/charts/digitGrid.ts';
import { ClassBars } from '../src/charts/classBars.ts';
import { digitColor, roles } from '../src/charts/palette.ts';
import { gatherSet, sampleIndices, summarizeSplit } from '../src/widgets/mnistStats.ts';
import { showErrorNotice } from '../src/widgets/errorNotice.ts';
import { classNamesOf } from '../src/widgets/classNames.ts';
import './demoSlides.css';
import { dataLoadingFashionNotes } from './fashionNotes.ts';

/** Digits shown in the grid, and the seed that picks them (the same digits on every run). */
const GRID_COLS = 6;
const GRID_ROWS = 3;
const GRID_SEED = 2024;

function body(lang: Lang): string {
  const t = pick(lang);
  return `<div class="dl-cols">
  <div>
    <p class="dl-intro">${
      t({
        fr: 'De <strong>vrais chiffres manuscrits</strong> (MNIST) : des images <strong>28×28</strong> en niveaux de gris, chacune avec son <strong>étiquette</strong> 0–9.',
        en: '<strong>Real handwritten digits</strong> (MNIST): <strong>28×28</strong> greyscale images, each with its <strong>label</strong> 0–9.',
      })
    }</p>
    <div class="dl-grid" data-loading></div>
    <p class="dl-sizes">${t({ fr: 'Entraînement :', en: 'Training:' })} <strong class="dl-train shown-value" data-value="">…</strong> images · ${t({ fr: 'Test :', en: 'Test:' })} <strong class="dl-test shown-value" data-value="">…</strong> images</p>
  </div>
  <div>
    <p class="dl-bars-title">${t({ fr: 'Nombre d’images par chiffre', en: 'Images per digit' })}</p>
    <div class="dl-bars chart-host"></div>
    <p class="dl-classes small" hidden></p>
    <p class="dl-source small muted">${t({ fr: 'Source\u00a0: un sous-ensemble de 10\u202f000 images des 70\u202f000 de MNIST, fourni avec le diaporama.', en: 'Source: a 10,000-image subset of MNIST’s 70,000, shipped with the slides.' })}</p>
  </div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 1,5 min.</strong> <strong>Question : sur quelles données travaille-t-on ?</strong> Des chiffres manuscrits MNIST : un sous-ensemble de 10 000 images des 70 000 de MNIST (un petit fichier livré avec le diaporama, rien n’est téléchargé pendant le cours). Chaque image fait 28×28 pixels en niveaux de gris et porte une étiquette (le chiffre dessiné).</p>
<p><strong>À montrer.</strong> 1) La grille : 18 chiffres tirés au hasard (toujours les mêmes, graine fixe), avec leur étiquette dessous. Faire remarquer la variété des écritures (des 1 penchés, des 7 barrés ou non, des 4 ouverts ou fermés). 2) Le diagramme en barres : le nombre d’images par chiffre. Les classes ne sont pas parfaitement équilibrées (il y a plus de 1 que de 5, par exemple), mais aucune n’est rare. La partie claire en haut de chaque barre correspond aux 100 images par chiffre mises de côté pour le test. 3) Les tailles : environ 9 000 images d’entraînement et 1 000 de test ; ces nombres sont lus dans les données, pas tapés à la main.</p>
<p><strong>Remarque.</strong> Le VAE n’utilisera jamais les étiquettes pour apprendre (apprentissage non supervisé) : elles ne servent qu’à colorer les points de l’espace latent plus loin.</p>
<p><strong>Si ça ne s’affiche pas :</strong> un message rouge dit quel fichier manque ; le signaler à la personne qui a installé le diaporama, et continuer avec les diapositives de théorie.</p>`,
  en: `<p><strong>≈ 1.5 min.</strong> <strong>Question: what data do we work on?</strong> MNIST handwritten digits: a 10,000-image subset of MNIST’s 70,000 (a small file shipped with the slides; nothing is downloaded during the class). Each image is 28×28 greyscale pixels and carries a label (the digit drawn).</p>
<p><strong>What to show.</strong> 1) The grid: 18 digits drawn at random (always the same ones, fixed seed), labels underneath. Point out the variety of handwriting (slanted 1s, crossed or plain 7s, open or closed 4s). 2) The bar chart: images per digit. The classes are not perfectly balanced (more 1s than 5s, for instance) but none is rare. The light part at the top of each bar is the 100 images per digit held out for testing. 3) The sizes: about 9,000 training images and 1,000 test images; these numbers are read from the data, not typed by hand.</p>
<p><strong>Note.</strong> The VAE never uses the labels to learn (unsupervised learning): they only colour the points of the latent space later on.</p>
<p><strong>If nothing shows:</strong> a red message names the missing file; tell whoever installed the slides, and carry on with the theory slides.</p>`,
};

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  const lang = scope.lang;
  let split;
  try {
    split = await loadMnistBrowser(scope.services.dataset.file);
  } catch (err) {
    if (!scope.disposed) showErrorNotice(el, err, lang);
    return;
  }
  if (scope.disposed) return;
  const dataset = scope.services.dataset;
  if (dataset.id !== 'mnist') describeDataset(el, scope);
  const summary = summarizeSplit(split);
  const int = (v: number): string => formatNumber(v, lang, 0);
  for (const [sel, v] of [['.dl-train', summary.trainCount], ['.dl-test', summary.testCount]] as const) {
    const out = find(el, sel);
    out.dataset.value = String(v);
    out.textContent = int(v);
  }
  const gridHost = find(el, '.dl-grid');
  const grid = scope.own(
    new DigitGrid(gridHost, {
      cols: GRID_COLS,
      cellSize: 84,
      gap: 6,
      labels: true,
      ariaLabel: scope.t(dataset.id === 'mnist' ? { fr: `${GRID_COLS * GRID_ROWS} chiffres MNIST avec leur étiquette`, en: `${GRID_COLS * GRID_ROWS} MNIST digits with their labels` } : { fr: `${GRID_COLS * GRID_ROWS} images ${dataset.name.fr} avec leur étiquette`, en: `${GRID_COLS * GRID_ROWS} ${dataset.name.en} images with their labels` }),
    }),
  );
  const picked = gatherSet(split.train, sampleIndices(split.train.count, GRID_COLS * GRID_ROWS, GRID_SEED));
  grid.update(picked.images, picked.labels.map(String));
  delete gridHost.dataset.loading;
  const bars = scope.own(
    new ClassBars(find(el, '.dl-bars'), {
      width: 600,
      height: 400,
      classes: 10,
      margin: { top: 40, left: 80, bottom: 58 },
      xLabel: scope.t(dataset.id === 'mnist' ? { fr: 'chiffre', en: 'digit' } : { fr: 'classe', en: 'class' }),
      yLabel: scope.t({ fr: 'images', en: 'images' }),
      ariaLabel: scope.t(dataset.id === 'mnist' ? { fr: 'Images par chiffre, entraînement et test', en: 'Images per digit, training and test' } : { fr: 'Images par classe, entraînement et test', en: 'Images per class, training and test' }),
      formatValue: int,
    }),
  );
  bars.update({
    layers: [
      { id: 'train', values: summary.trainPerClass, color: (c) => digitColor(c), label: scope.t({ fr: 'entraînement', en: 'training' }) },
      { id: 'test', values: summary.testPerClass, color: roles.grid, label: scope.t({ fr: 'test (mis de côté)', en: 'test (held out)' }) },
    ],
  });
}

/** With another data set than MNIST: its title, description, the numbered key of its class names and its source. */
function describeDataset(el: HTMLElement, scope: Scope): void {
  const dataset = scope.services.dataset;
  const heading = (el.closest('section') ?? el).querySelector('.slide-title');
  if (heading) heading.textContent = scope.t({ fr: `Charger les données : ${dataset.name.fr}`, en: `Loading the data: ${dataset.name.en}` });
  find(el, '.dl-intro').innerHTML = scope.t({
    fr: `De <strong>vraies photos d’articles de mode</strong> (${dataset.name.fr}) : des images <strong>28×28</strong> en niveaux de gris, chacune avec son <strong>étiquette</strong> 0–9 (sa classe).`,
    en: `<strong>Real photos of fashion items</strong> (${dataset.name.en}): <strong>28×28</strong> greyscale images, each with its <strong>label</strong> 0–9 (its class).`,
  });
  const key = find(el, '.dl-classes');
  key.replaceChildren(...classNamesOf(scope).map((name, c) => {
    const item = document.createElement('span');
    item.className = 'dl-class';
    item.dataset.classIndex = String(c);
    const dot = document.createElement('span');
    dot.className = 'digit-legend-dot';
    dot.style.background = digitColor(c);
    item.append(dot, `${c} ${name}`);
    return item;
  }));
  key.hidden = false;
  find(el, '.dl-bars-title').textContent = scope.t({ fr: 'Nombre d’images par classe', en: 'Images per class' });
  find(el, '.dl-source').textContent = scope.t(dataset.source);
}

/** Slide: loading MNIST — a grid of real digits with labels, images per class, train/test sizes read from the data. */
const dataLoading: SlideContent = {
  body: byLanguage(body),
  notes,
  datasetNotes: { fashion: dataLoadingFashionNotes },
  mount,
};

export default dataLoading;
