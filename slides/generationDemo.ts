import type { Scope, Slide, SlideContent } from '../src/deck/types.ts';
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
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : comment génère-t-on une image nouvelle ?</strong> L’encodeur est inutile : on tire z selon l’a priori 𝒩(0, I) (deux nombres) et on le donne au décodeur. Grâce au terme KL, les codes des vraies images remplissent ce nuage : un z tiré au hasard tombe presque toujours dans une région que le décodeur sait dessiner.</p>
<ul><li><strong>À gauche :</strong> 36 chiffres qui n’existent pas dans les données. « Nouveau tirage » en tire d’autres (le tirage n° 1 est toujours le même). Montrer les chiffres ambigus (entre 4 et 9, entre 3 et 5) : des points entre deux groupes.</li>
<li><strong>À droite :</strong> la carte classique du notebook Keras, en 7×7 (le notebook en décode 20×20) : z parcourt les quantiles 5 % … 95 % de 𝒩(0, 1), de −1,64 à +1,64, là où l’a priori met le plus de masse. Les chiffres se transforment progressivement les uns dans les autres. Cases d’environ 55 px : les montrer de près, ou zoomer ×2 (Alt-clic ou touche Z), plutôt que compter sur le fond de la salle.</li>
<li><strong>Quel modèle ?</strong> La ligne sous les chiffres le dit : « entraîné en direct (N pas) » ou « pré-entraîné, fourni avec le diaporama ». Après l’entraînement en direct, c’est le modèle en direct, même après une minute : chiffres plus flous et moins variés. Le bouton à côté bascule de l’un à l’autre (le même choix vaut pour les diapositives suivantes). Conseil : montrer le modèle en direct, puis basculer sur le pré-entraîné pour comparer.</li></ul>
<p><strong>Si rien ne s’affiche :</strong> un message rouge dit quel fichier manque.</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: how do we generate a new image?</strong> The encoder is not needed: draw z from the prior 𝒩(0, I) (two numbers) and feed it to the decoder. Thanks to the KL term, the codes of real images fill that cloud: a random z almost always lands in a region the decoder knows how to draw.</p>
<ul><li><strong>Left:</strong> 36 digits that do not exist in the data. “New draw” draws others (draw no. 1 is always the same). Point out the ambiguous digits (between 4 and 9, between 3 and 5): points between two groups.</li>
<li><strong>Right:</strong> the classic map from the Keras notebook, as 7×7 (the notebook decodes 20×20): z runs over the 5% … 95% quantiles of 𝒩(0, 1), from −1.64 to +1.64, where the prior puts most mass. Digits morph gradually into each other. Cells are about 55 px: show them up close, or zoom ×2 (Alt-click or the Z key), rather than count on the back of the room.</li>
<li><strong>Which model?</strong> The line under the digits says it: “trained live (N steps)” or “pretrained, shipped with the slides”. After live training it is the live model, even after one minute: blurrier, less varied digits. The button next to it switches between them (the same choice holds for the next slides). Tip: show the live model, then switch to the pretrained one to compare.</li></ul>
<p><strong>If nothing shows:</strong> a red message names the missing file.</p>`,
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
const generationDemo: SlideContent = {
  body: byLanguage(body),
  notes,
  mount,
};

export default generationDemo;
