import type { Scope, Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { DigitManifold } from '../src/charts/digitManifold.ts';
import { LatentExplorer } from '../src/widgets/latentExplorer.ts';
import { manifoldAxis, manifoldCodes } from '../src/widgets/manifold.ts';
import { showErrorNotice } from '../src/widgets/errorNotice.ts';
import { activeModelForSlide } from '../src/widgets/modelStatus.ts';
import './demoSlides.css';
import { liveOrPrint } from '../src/deck/printText.ts';
import { showDatasetNote } from '../src/widgets/datasetNote.ts';

/** Manifold digits per side, and the point decoded first (the centre of the prior). */
const N = 7;
const START: [number, number] = [0, 0];

function body(lang: Lang): string {
  const t = pick(lang);
  return `<div class="le-cols">
  <div class="le-left">
    <p class="le-lead">${t({ fr: 'Les 1 000 chiffres de test, placés par l’encodeur (μ) et colorés par chiffre. ' + liveOrPrint('<strong>Survolez ou cliquez</strong> : le décodeur dessine le point visé.', 'Le décodeur dessine ici le point <i>z</i> = (0 ; 0).'), en: 'The 1,000 test digits, placed by the encoder (μ) and coloured by digit. ' + liveOrPrint('<strong>Hover or click</strong>: the decoder draws the point under the cursor.', 'Here the decoder draws the point <i>z</i> = (0, 0).') })}</p>
    <div class="le-explorer"></div>
    <p class="le-source model-source muted"></p>
  </div>
  <div class="le-right">
    <p class="le-lead">${t({ fr: `La carte du décodeur (${N}×${N}, un seul lot) ; le cadre orange suit le curseur.`, en: `The decoder’s map (${N}×${N}, one batch); the orange frame follows the cursor.` })}</p>
    <div class="le-manifold chart-host"></div>
  </div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : à quoi ressemble l’espace latent appris ?</strong> Chaque point est une image de test (jamais vue à l’entraînement), placée à la moyenne μ que lui donne l’encodeur, et colorée selon son vrai chiffre — couleur que le modèle n’a jamais vue.</p>
<p><strong>À montrer.</strong> 1) Les groupes : un nuage par chiffre, les chiffres qui se ressemblent sont voisins (4 et 9, 3, 5 et 8). 2) Le tout forme une tache à peu près ronde centrée en 0 : c’est l’effet du terme KL qui tire vers 𝒩(0, I). 3) Passer la souris sur le nuage : le chiffre décodé (à droite du nuage) change en continu ; aller à la frontière entre deux couleurs montre un chiffre hybride. Cliquer fixe le point. 4) La carte de droite est la même chose vue « en grille » : le cadre orange montre la case correspondant au curseur (quand il est dans la zone couverte, de −1,64 à +1,64).</p>
<p><strong>Quel modèle ?</strong> La ligne grise le dit : le modèle entraîné en direct s’il a fait au moins un pas (et que le pré-entraîné n’a pas été forcé), sinon le modèle pré-entraîné. Avec le modèle en direct, le nuage est celui du dernier instantané de l’entraînement.</p>
<p><strong>Si le chiffre ne suit pas la souris :</strong> le décodage attend la fin d’un pas d’entraînement ; vérifier que l’entraînement est en pause (il l’est automatiquement quand on quitte la diapositive d’entraînement).</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: what does the learned latent space look like?</strong> Each point is a test image (never seen in training), placed at the mean μ the encoder gives it, and coloured by its true digit — a colour the model never saw.</p>
<p><strong>What to show.</strong> 1) The groups: one cloud per digit; similar digits are neighbours (4 and 9; 3, 5 and 8). 2) Together they form a roughly round blob centred on 0: the KL term pulling towards 𝒩(0, I). 3) Move the mouse over the cloud: the decoded digit (right of the cloud) changes continuously; the border between two colours gives a hybrid digit. A click pins the point. 4) The map on the right is the same thing seen as a grid: the orange frame marks the cell under the cursor (when it is inside the covered area, −1.64 to +1.64).</p>
<p><strong>Which model?</strong> The grey line says: the live-trained model if it made at least one step (and the pretrained one was not forced), otherwise the pretrained model. With the live model, the cloud is the latest training snapshot.</p>
<p><strong>If the digit does not follow the mouse:</strong> decoding waits for the current training step; make sure training is paused (it pauses automatically when you leave the training slide).</p>`,
};

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  showDatasetNote(el, scope);
  const lang = scope.lang;
  const loaded = await activeModelForSlide(el, scope, { caption: find(el, '.le-source'), notices: find(el, '.le-left') }, (m) => m.codes());
  if (!loaded) return;
  const { model, prepared: codes } = loaded;
  find(el, '.le-cols').dataset.source = model.source;
  const manifold = scope.own(
    new DigitManifold(find(el, '.le-manifold'), {
      n: N, size: 400, axis: manifoldAxis(N), ariaLabel: scope.t({ fr: `Variété ${N}×${N} décodée`, en: `Decoded ${N}×${N} manifold` }),
      formatTick: (v) => formatNumber(v, lang, 2),
    }),
  );
  try {
    const images = await model.decode(manifoldCodes(N), N * N);
    if (scope.disposed) return;
    manifold.update(images);
    const explorer = new LatentExplorer(find(el, '.le-explorer'), scope, {
      decoder: model,
      codes,
      width: 520,
      height: 480,
      digitSize: 150,
      pointRadius: 2.8,
      ariaLabel: scope.t({ fr: 'Espace latent des chiffres de test', en: 'Latent space of the test digits' }),
    });
    explorer.scatter.onPick((z) => manifold.highlight(z));
    await explorer.show(START);
    manifold.highlight(START);
  } catch (err) {
    if (!scope.disposed) showErrorNotice(find(el, '.le-left'), err, lang);
  }
}

/** Slide: the latent space — held-out scatter by class, decoding under the cursor, and the decoded manifold beside it. */
const latentExplorer: SlideContent = {
  body: byLanguage(body),
  notes,
  mount,
};

export default latentExplorer;
