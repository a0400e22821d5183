import type { Scope, Slide } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { tex } from '../src/deck/tex.ts';
import { DigitGrid } from '../src/charts/digitGrid.ts';
import { DigitManifold } from '../src/charts/digitManifold.ts';
import { randomNormalArray } from '../src/math/random.ts';
import { manifoldAxis, manifoldCodes } from '../src/widgets/manifold.ts';
import { showErrorNotice } from '../src/widgets/errorNotice.ts';
import { activeModelForSlide } from '../src/widgets/modelStatus.ts';
import './demoSlides.css';
import { showDatasetNote } from '../src/widgets/datasetNote.ts';

/** New digits per draw (a 6×6 grid), the seed of draw 0, and the manifold's digits per side. */
const COLS = 6;
const SAMPLES = COLS * COLS;
const SEED = 7000;
const N = 7;

function body(lang: Lang): string {
  const t = pick(lang);
  return `<div class="gd-cols">
  <div class="gd-left">
    <p>${t({ fr: 'On garde seulement le <strong>décodeur</strong> et on lui donne des points tirés au hasard :', en: 'Keep only the <strong>decoder</strong> and feed it random points:' })} ${tex('z \\sim \\mathcal{N}(0, I)')}</p>
    <div class="gd-samples" data-draw=""></div>
    <p class="gd-actions"><button type="button" class="gd-draw primary" disabled>${t({ fr: '↻ Nouveau tirage', en: '↻ New draw' })}</button> <span class="gd-draw-label muted"></span></p>
    <p class="gd-which"><span class="gd-source model-source"></span> <button type="button" class="gd-switch" hidden></button></p>
  </div>
  <div class="gd-right">
    <p>${t({ fr: `Le plan latent « vu par le décodeur » : ${N}×${N} points aux quantiles de ${tex('\\mathcal{N}(0, 1)')}, décodés en <strong>un seul lot</strong>.`, en: `The latent plane “seen by the decoder”: ${N}×${N} points at quantiles of ${tex('\\mathcal{N}(0, 1)')}, decoded in <strong>one batch</strong>.` })}</p>
    <div class="gd-manifold chart-host"></div>
    <p class="gd-timing small muted"></p>
  </div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>Question : comment génère-t-on une image nouvelle ?</strong> Pour générer, l’encodeur est inutile. On tire un point z au hasard selon la loi a priori N(0, I) (deux nombres tirés selon une loi normale centrée réduite) et on le donne au décodeur. Grâce au terme KL, les codes des vraies images remplissent justement ce nuage : un point tiré au hasard tombe donc presque toujours dans une région que le décodeur sait dessiner.</p>
<p><strong>À gauche :</strong> 36 chiffres qui n’existent pas dans les données. Cliquer « Nouveau tirage » pour en tirer d’autres (tirages reproductibles : le tirage n° 1 est toujours le même). Faire remarquer les chiffres ambigus (entre 4 et 9, entre 3 et 5) : ce sont des points situés entre deux groupes.</p>
<p><strong>À droite :</strong> la carte classique du notebook Keras : une grille 7×7 de points z (avec des chiffres assez grands pour être lus du fond de la salle ; le notebook en décode 20×20), dont les coordonnées sont les quantiles 5 % … 95 % de N(0, 1) (de −1,64 à +1,64), décodés en une seule fois. On voit les chiffres se transformer progressivement les uns dans les autres : dans cette zone, le décodeur donne partout quelque chose qui ressemble à un chiffre (avec des formes ambiguës aux frontières). Pourquoi des quantiles et pas une grille régulière ? Pour couvrir la zone où N(0, I) met le plus de masse, là où il y a des données.</p>
<p><strong>Quel modèle ?</strong> La ligne sous les chiffres le dit : « Modèle entraîné en direct (N pas) » ou « Modèle pré-entraîné sur MNIST, fourni avec le diaporama » (ses fichiers sont dans public/models/vae-mnist). Après l’entraînement en direct, c’est le modèle en direct qui est utilisé, même s’il n’a tourné qu’une minute : ses chiffres sont alors plus flous et moins variés que ceux du modèle pré-entraîné. Le bouton à côté permet de basculer (« Utiliser le modèle pré-entraîné » / « Utiliser le modèle entraîné en direct ») ; c’est le même choix que la case de la diapositive d’entraînement, et il vaut pour les diapositives suivantes. Conseil : montrer d’abord le modèle en direct (« voilà ce qu’il sait faire après N pas »), puis basculer sur le pré-entraîné pour comparer. <strong>Si rien ne s’affiche :</strong> un message rouge dit quel fichier manque.</p>`,
  en: `<p><strong>Question: how do we generate a new image?</strong> To generate, the encoder is not needed. Draw a random point z from the prior N(0, I) (two numbers from a standard normal distribution) and feed it to the decoder. Thanks to the KL term, the codes of real images fill exactly this cloud, so a random point almost always lands in a region the decoder knows how to draw.</p>
<p><strong>Left:</strong> 36 digits that do not exist in the data. Click “New draw” for more (draws are reproducible: draw no. 1 is always the same). Point out the ambiguous digits (between 4 and 9, between 3 and 5): they are points between two groups.</p>
<p><strong>Right:</strong> the classic map from the Keras notebook: a 7×7 grid of points z (digits large enough to read from the back of the room; the notebook decodes 20×20) whose coordinates are the 5% … 95% quantiles of N(0, 1) (from −1.64 to +1.64), decoded in one go. Digits morph gradually into each other: in this region the decoder outputs something digit-like everywhere (with ambiguous shapes at the borders). Why quantiles rather than an even grid? To cover the region where N(0, I) puts most mass, where the data are.</p>
<p><strong>Which model?</strong> The line under the digits says it: “Model trained live (N steps)” or “Pretrained model on MNIST, shipped with the slides” (its files are in public/models/vae-mnist). After live training the live model is used, even if it ran for only a minute: its digits are then blurrier and less varied than the pretrained model’s. The button next to it switches (“Use the pretrained model” / “Use the model trained live”); it is the same choice as the box on the training slide, and it holds for the next slides. Tip: show the live model first (“this is what it can do after N steps”), then switch to the pretrained one to compare. <strong>If nothing shows:</strong> a red message names the missing file.</p>`,
};

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  showDatasetNote(el, scope);
  const lang = scope.lang;
  const training = scope.services.training;
  const grid = scope.own(new DigitGrid(find(el, '.gd-samples'), { cols: COLS, cellSize: 58, gap: 4, ariaLabel: scope.t({ fr: 'Chiffres générés', en: 'Generated digits' }) }));
  const axis = manifoldAxis(N);
  const manifold = scope.own(
    new DigitManifold(find(el, '.gd-manifold'), {
      n: N, size: 440, axis, ariaLabel: scope.t({ fr: `Variété ${N}×${N} décodée`, en: `Decoded ${N}×${N} manifold` }),
      formatTick: (v) => formatNumber(v, lang, 2),
    }),
  );
  const button = find<HTMLButtonElement>(el, '.gd-draw');
  const switcher = find<HTMLButtonElement>(el, '.gd-switch');
  let decode: ((z: Float32Array, n: number) => Promise<Float32Array>) | null = null;
  let drawNo = 0;
  const drawSamples = async (): Promise<void> => {
    if (!decode) return;
    const images = await decode(randomNormalArray(SAMPLES * 2, SEED + drawNo), SAMPLES);
    if (scope.disposed) return;
    grid.update(images);
    find(el, '.gd-samples').dataset.draw = String(drawNo + 1);
    find(el, '.gd-draw-label').textContent = scope.t({ fr: `tirage n°\u00a0${drawNo + 1}`, en: `draw no.\u00a0${drawNo + 1}` });
  };
  /** The presenter's choice lives in the training session: offer the other model when a live run has trained. */
  const showSwitch = (): void => {
    const view = training.view;
    const hasLive = (view.snapshot?.step ?? 0) > 0 && view.state !== 'error';
    switcher.hidden = scope.mode !== 'live' || !hasLive;
    switcher.textContent = view.usePretrained
      ? scope.t({ fr: 'Utiliser le modèle entraîné en direct', en: 'Use the model trained live' })
      : scope.t({ fr: 'Utiliser le modèle pré-entraîné', en: 'Use the pretrained model' });
  };
  /** Find the active model (live or pretrained, as the session says) and draw both panels with it. */
  const show = async (): Promise<boolean> => {
    const loaded = await activeModelForSlide(el, scope, { caption: find(el, '.gd-source'), notices: find(el, '.gd-left') }, async () => undefined);
    if (!loaded) return false;
    const { model } = loaded;
    find(el, '.gd-cols').dataset.source = model.source;
    decode = (z, n) => model.decode(z, n);
    showSwitch();
    try {
      await drawSamples();
      const t0 = performance.now();
      const images = await model.decode(manifoldCodes(N), N * N);
      const ms = performance.now() - t0;
      if (scope.disposed) return false;
      manifold.update(images);
      // a timing depends on the machine: shown live, never on paper
      if (scope.mode === 'live') find(el, '.gd-timing').textContent = scope.t({
        fr: `${N * N} chiffres décodés en un lot : ${formatNumber(ms, lang, 0)} ms`,
        en: `${N * N} digits decoded in one batch: ${formatNumber(ms, lang, 0)} ms`,
      });
      find(el, '.gd-timing').dataset.ms = String(ms);
    } catch (err) {
      if (!scope.disposed) showErrorNotice(find(el, '.gd-left'), err, lang);
      return false;
    }
    return true;
  };
  if (!(await show()) || scope.mode !== 'live') return;
  button.disabled = false;
  scope.listen(button, 'click', () => {
    if (button.disabled) return;
    button.disabled = true;
    drawNo++;
    drawSamples()
      .catch((err: unknown) => !scope.disposed && showErrorNotice(find(el, '.gd-left'), err, lang))
      .finally(() => {
        if (!scope.disposed) button.disabled = false;
      });
  });
  scope.listen(switcher, 'click', () => {
    switcher.disabled = true;
    training
      .usePretrained(!training.view.usePretrained)
      .then(() => (scope.disposed ? false : show()))
      .catch((err: unknown) => !scope.disposed && showErrorNotice(find(el, '.gd-left'), err, lang))
      .finally(() => {
        if (!scope.disposed) switcher.disabled = false;
      });
  });
}

/** Slide: generating digits — z ~ N(0, I) through the decoder (fresh draw on click) and the 7×7 Keras manifold in one batch. */
const generationDemo: Slide = {
  id: 'generation-demo',
  section: sections.notebook,
  title: { fr: 'Générer des images synthétiques', en: 'Generating synthetic images' },
  body: byLanguage(body),
  notes,
  heavy: true,
  mount,
};

export default generationDemo;
