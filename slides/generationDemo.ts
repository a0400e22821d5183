import type { Scope, Slide } from '../src/deck/types.ts';
import type { Lang } from '../src/i18n/lang.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { tex } from '../src/deck/tex.ts';
import { DigitGrid } from '../src/charts/digitGrid.ts';
import { DigitManifold } from '../src/charts/digitManifold.ts';
import { randomNormalArray } from '../src/math/random.ts';
import { manifoldAxis, manifoldCodes } from '../src/widgets/manifold.ts';
import { showErrorNotice } from '../src/widgets/errorNotice.ts';
import { activeModelForSlide } from '../src/widgets/modelStatus.ts';
import { demoSection } from './demoSection.ts';
import './demoSlides.css';

/** New digits per draw (a 6×6 grid), the seed of draw 0, and the manifold's digits per side. */
const COLS = 6;
const SAMPLES = COLS * COLS;
const SEED = 7000;
const N = 20;

function body(lang: Lang): string {
  const fr = lang === 'fr';
  return `<div class="gd-cols">
  <div class="gd-left">
    <p>${fr ? 'On garde seulement le <strong>décodeur</strong> et on lui donne des points tirés au hasard :' : 'Keep only the <strong>decoder</strong> and feed it random points:'} ${tex('z \\sim \\mathcal{N}(0, I)')}</p>
    <div class="gd-samples" data-draw=""></div>
    <p class="gd-actions"><button type="button" class="gd-draw primary" disabled>${fr ? '↻ Nouveau tirage' : '↻ New draw'}</button> <span class="gd-draw-label muted"></span></p>
    <p class="gd-source model-source muted"></p>
  </div>
  <div class="gd-right">
    <p>${fr ? `Le plan latent « vu par le décodeur » : ${N}×${N} points aux quantiles de ${tex('\\mathcal{N}(0, 1)')}, décodés en <strong>un seul lot</strong>.` : `The latent plane “seen by the decoder”: ${N}×${N} points at quantiles of ${tex('\\mathcal{N}(0, 1)')}, decoded in <strong>one batch</strong>.`}</p>
    <div class="gd-manifold chart-host"></div>
    <p class="gd-timing small muted"></p>
  </div>
</div>`;
}

const notesFr = `<p><strong>Question : comment génère-t-on une image nouvelle ?</strong> On jette l’encodeur. On tire un point z au hasard selon la loi a priori N(0, I) (deux nombres tirés selon une loi normale centrée réduite) et on le donne au décodeur. Grâce au terme KL, les codes des vraies images remplissent justement ce nuage : un point tiré au hasard tombe donc presque toujours dans une région que le décodeur sait dessiner.</p>
<p><strong>À gauche :</strong> 36 chiffres qui n’existent pas dans les données. Cliquer « Nouveau tirage » pour en tirer d’autres (tirages reproductibles : le tirage n° 1 est toujours le même). Faire remarquer les chiffres ambigus (entre 4 et 9, entre 3 et 5) : ce sont des points situés entre deux groupes.</p>
<p><strong>À droite :</strong> la carte classique du notebook Keras : une grille 20×20 de points z, dont les coordonnées sont les quantiles 5 % … 95 % de N(0, 1) (de −1,64 à +1,64), décodés en une seule fois. On voit les chiffres se transformer continûment les uns dans les autres : l’espace latent est « sans trou ». Pourquoi des quantiles et pas une grille régulière ? Pour couvrir la zone où N(0, I) met le plus de masse, là où il y a des données.</p>
<p>La ligne grise indique quel modèle est utilisé : celui entraîné en direct (s’il a fait au moins un pas et que la case « modèle pré-entraîné » n’est pas cochée), sinon le modèle pré-entraîné. <strong>Si rien ne s’affiche :</strong> un message rouge dit quel fichier manque.</p>`;

const notesEn = `<p><strong>Question: how do we generate a new image?</strong> Drop the encoder. Draw a random point z from the prior N(0, I) (two numbers from a standard normal distribution) and feed it to the decoder. Thanks to the KL term, the codes of real images fill exactly this cloud, so a random point almost always lands in a region the decoder knows how to draw.</p>
<p><strong>Left:</strong> 36 digits that do not exist in the data. Click “New draw” for more (draws are reproducible: draw no. 1 is always the same). Point out the ambiguous digits (between 4 and 9, between 3 and 5): they are points between two groups.</p>
<p><strong>Right:</strong> the classic map from the Keras notebook: a 20×20 grid of points z whose coordinates are the 5% … 95% quantiles of N(0, 1) (from −1.64 to +1.64), decoded in one go. Digits morph continuously into each other: the latent space has “no holes”. Why quantiles rather than an even grid? To cover the region where N(0, I) puts most mass, where the data are.</p>
<p>The grey line says which model is used: the one trained live (if it made at least one step and the “pretrained model” box is unticked), otherwise the pretrained model. <strong>If nothing shows:</strong> a red message names the missing file.</p>`;

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  const lang = scope.lang;
  const fr = lang === 'fr';
  const q = <T extends Element = HTMLElement>(sel: string): T => {
    const found = el.querySelector<T>(sel);
    if (!found) throw new Error(`generation-demo: missing ${sel} in the slide body`);
    return found;
  };
  const loaded = await activeModelForSlide(el, scope, { caption: q('.gd-source'), notices: q('.gd-left') }, async () => undefined);
  if (!loaded) return;
  const { model } = loaded;
  el.querySelector('.gd-cols')?.setAttribute('data-source', model.source);
  const grid = scope.own(new DigitGrid(q('.gd-samples'), { cols: COLS, cellSize: 58, gap: 4, ariaLabel: fr ? 'Chiffres générés' : 'Generated digits' }));
  const axis = manifoldAxis(N);
  const manifold = scope.own(
    new DigitManifold(q('.gd-manifold'), {
      n: N, size: 440, axis, ariaLabel: fr ? `Variété ${N}×${N} décodée` : `Decoded ${N}×${N} manifold`,
      formatTick: (v) => formatNumber(v, lang, 2),
    }),
  );
  const button = q<HTMLButtonElement>('.gd-draw');
  let drawNo = 0;
  const drawSamples = async (): Promise<void> => {
    const images = await model.decode(randomNormalArray(SAMPLES * 2, SEED + drawNo), SAMPLES);
    if (scope.disposed) return;
    grid.update(images);
    q('.gd-samples').dataset.draw = String(drawNo + 1);
    q('.gd-draw-label').textContent = fr ? `tirage n°\u00a0${drawNo + 1}` : `draw no.\u00a0${drawNo + 1}`;
  };
  try {
    await drawSamples();
    const t0 = performance.now();
    const images = await model.decode(manifoldCodes(N), N * N);
    const ms = performance.now() - t0;
    if (scope.disposed) return;
    manifold.update(images);
    q('.gd-timing').textContent = fr
      ? `${N * N} chiffres décodés en un lot : ${formatNumber(ms, lang, 0)} ms`
      : `${N * N} digits decoded in one batch: ${formatNumber(ms, lang, 0)} ms`;
    q('.gd-timing').dataset.ms = String(ms);
  } catch (err) {
    if (!scope.disposed) showErrorNotice(q('.gd-left'), err, lang);
    return;
  }
  if (scope.mode !== 'live') return;
  button.disabled = false;
  scope.listen(button, 'click', () => {
    if (button.disabled) return;
    button.disabled = true;
    drawNo++;
    drawSamples()
      .catch((err: unknown) => !scope.disposed && showErrorNotice(q('.gd-left'), err, lang))
      .finally(() => {
        if (!scope.disposed) button.disabled = false;
      });
  });
}

/** Slide: generating digits — z ~ N(0, I) through the decoder (fresh draw on click) and the 20×20 Keras manifold in one batch. */
const generationDemo: Slide = {
  id: 'generation-demo',
  section: demoSection,
  title: { fr: 'Générer des images synthétiques', en: 'Generating synthetic images' },
  body: { fr: body('fr'), en: body('en') },
  notes: { fr: notesFr, en: notesEn },
  heavy: true,
  mount,
};

export default generationDemo;
