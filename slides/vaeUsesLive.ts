import type { ParamSpec, Scope, Slide, SlideContent } from '../src/deck/types.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { context2d, DIGIT_PIXELS, DigitGrid, drawDigit } from '../src/charts/digitGrid.ts';
import { firstOfEachDigit, type MnistSet } from '../src/data/mnist.ts';
import type { LatentModel } from '../src/model/pretrained.ts';
import { invertImage, logDecades, logFraction, noiseImage, quantile, reconstructionError, shiftImage } from '../src/widgets/anomalyScore.ts';
import { latestPerFrame } from '../src/widgets/latestPerFrame.ts';
import { loadForSlide } from '../src/widgets/modelStatus.ts';
import type { HeldOutCodes } from '../src/live/pretrainedLibrary.ts';
import { setShownValue } from '../src/widgets/shownValue.ts';
import { sliderRow } from '../src/widgets/sliderRow.ts';
import { liveOrPrint } from '../src/deck/printText.ts';
import { mountAnomalyPad, type AnomalyBars } from './anomalyPad.ts';
import './latentSlides.css';
import './slidePads.css';
import { showDatasetNote } from '../src/widgets/datasetNote.ts';

const T: ParamSpec = { name: 'interpT', min: 0, max: 1, default: 0.5, step: 0.01 };
const FROM: ParamSpec = { name: 'interpFrom', min: 0, max: 9, default: 1, step: 1 };
const TO: ParamSpec = { name: 'interpTo', min: 0, max: 9, default: 8, step: 1 };
/** Images along the path, t = 0 … 1. */
const STEPS = 9;

function digitSelect(cls: string, label: string): string {
  const options = Array.from({ length: 10 }, (_, d) => `<option value="${d}">${d}</option>`).join('');
  return `<label class="ul-select">${label} <select class="${cls}">${options}</select></label>`;
}

function body(lang: Lang): string {
  const t = pick(lang);
  return `<div class="ul-status"></div>
<div class="cols ul-cols">
  <div class="ul-interp">
    <h3>${t({ fr: 'Interpoler', en: 'Interpolate' })}</h3>
    <p class="small">${t({ fr: 'On glisse en ligne droite du code de A au code de B, et on décode.', en: 'Move in a straight line from A’s code to B’s code, and decode.' })}</p>
    <div class="formula">${tex('z(t) = (1 - t)\\, \\mu(x_A) + t\\, \\mu(x_B)', true)}</div>
    <div class="ul-ends">
      <div class="ul-end">${digitSelect('ul-from', 'A')}<div class="ul-a"></div></div>
      <div class="ul-now"></div>
      <div class="ul-end">${digitSelect('ul-to', 'B')}<div class="ul-b"></div></div>
    </div>
    <div class="ul-slider slider-rows"></div>
    <div class="ul-path"></div>
    <div class="ul-pad-box"><div class="ul-pad"></div><p class="small ul-pad-hint">${t({
      fr: liveOrPrint('Dessinez un chiffre\u00a0: sa barre «\u00a0votre dessin\u00a0» (à droite) reste sous le trait. Puis gribouillez sur tout le cadre\u00a0: elle passe au-dessus.', 'Un 2 dessiné (exemple enregistré)\u00a0: sa barre «\u00a0votre dessin\u00a0» (à droite) reste sous le trait. Un gribouillis sur tout le cadre passe au-dessus.'),
      en: liveOrPrint('Draw a digit: its “your drawing” bar (right) stays under the line. Then scribble over the whole pad: it goes above.', 'A drawn 2 (a stored example): its “your drawing” bar (right) stays under the line. A scribble over the whole pad goes above.'),
    })}</p></div>
  </div>
  <div class="ul-anomaly">
    <div class="ul-head"><h3>${t({ fr: 'Détecter des anomalies', en: 'Detect anomalies' })}</h3><div class="formula ul-score-formula">${tex('\\text{score}(x) = -\\log p\\big(x \\mid z = \\mu(x)\\big)', true)}</div></div>
    <p class="small">${t({ fr: 'Score = erreur de reconstruction en <strong>nats</strong> (la surprise −ln <i>p</i> de chaque pixel, additionnée sur les 784) : élevé ⇒ suspect.', en: 'Score = reconstruction error in <strong>nats</strong> (each pixel’s surprise −ln <i>p</i>, added over the 784): high ⇒ suspicious.' })}</p>
    <div class="ul-bars"></div>
    <p class="small muted ul-threshold-note">${t({ fr: 'Échelle logarithmique (chaque graduation ×10). Trait vertical : 99 % des 1 000 chiffres de test sont en dessous', en: 'Log scale (each tick ×10). Vertical line: 99% of the 1,000 test digits are below' })} (<span class="shown-value ul-threshold" data-value=""></span>).</p>
  </div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 2 min · facultative</strong> (à sauter si l’on manque de temps : la diapositive « À quoi sert un VAE ? » a déjà donné les usages).</p>
<p><strong>Le nat.</strong> Le score est une surprise : −ln p, en nats, où p est la probabilité que le décodeur donnait au pixel observé ; on additionne les 784 pixels. La diapositive « Vocabulaire : nats et ELBO » y reviendra.</p>
<p><strong>Interpoler (à gauche).</strong> On encode deux images de test A et B (leurs μ), on suit la ligne droite entre leurs codes et on décode. Bouger t : le grand chiffre passe de A à B ; la bande du bas montre tout le chemin. Avec le modèle pré-entraîné, de 1 à 8 le 1 reste un 1 pendant sept étapes puis bascule en 8 ; de 0 à 6, le 0 se referme en 6 à mi-chemin. Les étapes restent des formes de chiffres.</p>
<p><strong>Anomalies (à droite).</strong> Le VAE n’a vu que des chiffres. Barres sur une échelle logarithmique (chaque graduation ×10) ; le trait vertical est le 99ᵉ centile des 1 000 chiffres de test (≈ 309 nats).</p>
<ul><li>Vrais chiffres : le 7 ≈ 85, le 0 ≈ 142, le 2 ≈ 204, sous le seuil.</li>
<li>Le bruit ≈ 2 490 et le 3 en négatif ≈ 4 743 : 8 à 15 fois le seuil.</li>
<li>Le 2 décalé de 7 pixels ≈ 394 : signalé (orange), mais de peu.</li></ul>
<p><strong>Le cadre « votre dessin ».</strong> Un dessin est noté comme les exemples : les chiffres du clavier obtiennent de 47 à 170 nats ; un gribouillis sur tout le cadre ≈ 550, signalé.</p>
<p><strong>Question probable :</strong> « Pourquoi le 2 décalé est-il si près du seuil ? » Le VAE reconnaît une forme de chiffre mais la redessine au centre. La détection n’est pas parfaite : un 5 décalé pareil obtient ≈ 296, sous le seuil, et un « # » centré ≈ 308. Au 99ᵉ centile, 1 % des vrais chiffres seraient signalés à tort.</p>`,
  en: `<p><strong>≈ 2 min · optional</strong> (skip it when short of time: the slide “What is a VAE for?” already listed the uses).</p>
<p><strong>The nat.</strong> The score is a surprise: −ln p, in nats, where p is the probability the decoder gave the observed pixel; we add up the 784 pixels. The slide “Vocabulary: nats and ELBO” comes back to it.</p>
<p><strong>Interpolate (left).</strong> Encode two test images A and B (their μ), follow the straight line between their codes and decode. Move t: the big digit morphs from A into B; the strip at the bottom shows the whole path. With the pretrained model, from 1 to 8 the 1 stays a 1 for seven steps then switches to an 8; from 0 to 6, the 0 closes into a 6 halfway. The steps stay digit shapes.</p>
<p><strong>Anomalies (right).</strong> The VAE has only seen digits. Bars on a log scale (each tick ×10); the vertical line is the 99th percentile of the 1,000 test digits (≈ 309 nats).</p>
<ul><li>Real digits: the 7 ≈ 85, the 0 ≈ 142, the 2 ≈ 204, under the threshold.</li>
<li>Noise ≈ 2,490 and the negative 3 ≈ 4,743: 8 to 15 times the threshold.</li>
<li>The 2 shifted by 7 pixels ≈ 394: flagged (orange), but only just.</li></ul>
<p><strong>The “your drawing” pad.</strong> A drawing is scored like the examples: the keyboard digits score 47 to 170 nats; a scribble over the whole pad ≈ 550, flagged.</p>
<p><strong>Likely question:</strong> “Why is the shifted 2 so close to the threshold?” The VAE recognises a digit shape but redraws it in the centre. Detection is not perfect: a 5 shifted the same way scores ≈ 296, under the threshold, and a centred “#” ≈ 308. At the 99th percentile, 1% of real digits would be wrongly flagged.</p>`,
};

/** Draw one image into a fresh canvas of `size` px inside `host`. */
function thumb(host: HTMLElement, pixels: Float32Array, size: number, offset = 0): void {
  const c = document.createElement('canvas');
  c.width = c.height = size * 2;
  c.style.width = c.style.height = `${size}px`;
  const ctx = context2d(c);
  if (ctx) drawDigit(ctx, pixels, 0, 0, size * 2, 'paper', offset);
  host.replaceChildren(c);
}

async function mountInterpolation(el: HTMLElement, scope: Scope, model: LatentModel, set: MnistSet, codes: HeldOutCodes): Promise<void> {
  const firsts = firstOfEachDigit(set);
  const now = scope.own(new DigitGrid(find(el, '.ul-now'), { cols: 1, cellSize: 170, gap: 0, ariaLabel: 'z(t)' }));
  const pathLabel = pick(scope.lang)({ fr: `le chemin de A à B décodé en ${STEPS} étapes`, en: `the path from A to B decoded in ${STEPS} steps` });
  const path = scope.own(new DigitGrid(find(el, '.ul-path'), { cols: STEPS, cellSize: 60, gap: 5, labels: true, ariaLabel: pathLabel }));
  const fromSel = find<HTMLSelectElement>(el, '.ul-from');
  const toSel = find<HTMLSelectElement>(el, '.ul-to');
  const codeOf = (d: number): [number, number] => [codes.mean[2 * firsts[d]], codes.mean[2 * firsts[d] + 1]];
  const lerp = (t: number): Float32Array => {
    const a = codeOf(Number(fromSel.value));
    const b = codeOf(Number(toSel.value));
    return new Float32Array([(1 - t) * a[0] + t * b[0], (1 - t) * a[1] + t * b[1]]); // z(t) = (1 − t)·z_A + t·z_B
  };
  const showNow = async (t: number): Promise<void> => {
    const image = await model.decode(lerp(t), 1);
    if (!scope.disposed) now.update(image);
  };
  const showPath = async (): Promise<void> => {
    const z = new Float32Array(2 * STEPS);
    for (let k = 0; k < STEPS; k++) z.set(lerp(k / (STEPS - 1)), 2 * k);
    const images = await model.decode(z, STEPS);
    if (scope.disposed) return;
    thumb(find(el, '.ul-a'), set.images, 100, firsts[Number(fromSel.value)] * DIGIT_PIXELS);
    thumb(find(el, '.ul-b'), set.images, 100, firsts[Number(toSel.value)] * DIGIT_PIXELS);
    path.update(images, Array.from({ length: STEPS }, (_, k) => (k % 2 === 0 ? formatNumber(k / (STEPS - 1), scope.lang, 2) : '')));
  };
  const request = latestPerFrame<number>(scope, showNow);
  const slider = sliderRow(find(el, '.ul-slider'), scope, {
    spec: T, label: { fr: tex('t'), en: tex('t') }, ariaLabel: { fr: 'position t entre A et B', en: 'position t between A and B' }, onInput: request,
  });
  for (const [sel, spec] of [[fromSel, FROM], [toSel, TO]] as const) {
    sel.value = String(Math.round(scope.param(spec.name)));
    scope.listen(sel, 'change', () => {
      scope.setParam(spec.name, Number(sel.value));
      void Promise.all([showPath(), showNow(slider.value)]);
    });
  }
  await Promise.all([showPath(), showNow(slider.value)]);
}

async function mountAnomalies(el: HTMLElement, scope: Scope, model: LatentModel, set: MnistSet, errors: Float64Array): Promise<AnomalyBars | null> {
  const firsts = firstOfEachDigit(set);
  const img = (d: number) => set.images.subarray(firsts[d] * DIGIT_PIXELS, (firsts[d] + 1) * DIGIT_PIXELS);
  const cases: Array<{ label: { fr: string; en: string }; x: Float32Array; odd: boolean }> = [
    { label: { fr: 'un 2', en: 'a 2' }, x: img(2), odd: false },
    { label: { fr: 'un 7', en: 'a 7' }, x: img(7), odd: false },
    { label: { fr: 'un 0', en: 'a 0' }, x: img(0), odd: false },
    { label: { fr: 'bruit', en: 'noise' }, x: noiseImage(7), odd: true },
    { label: { fr: 'un 3 en négatif', en: 'a negative 3' }, x: invertImage(img(3)), odd: true },
    { label: { fr: 'le 2 décalé', en: 'the 2, shifted' }, x: shiftImage(img(2), 7, 0), odd: true },
  ];
  const n = cases.length;
  const x = new Float32Array(n * DIGIT_PIXELS);
  cases.forEach((c, i) => x.set(c.x, i * DIGIT_PIXELS));
  const { mean } = await model.encode(x, n);
  const scores = reconstructionError(x, await model.decode(mean, n), n);
  if (scope.disposed) return null;
  const threshold = quantile(errors, 0.99);
  // Log scale: the scores span 85 to ~4,700 nats, so on a linear axis the threshold would sit at ~6 % of the width.
  const scale = logDecades([threshold, ...scores]);
  const at = (v: number): string => `${(100 * logFraction(v, scale)).toFixed(1)}%`;
  const bars = find(el, '.ul-bars');
  bars.style.setProperty('--threshold', at(threshold));
  cases.forEach((c, i) => {
    const row = document.createElement('div');
    row.className = `ul-bar-row${scores[i] > threshold ? ' flagged' : ''}`;
    row.innerHTML = `<span class="ul-thumb"></span><span class="ul-label">${scope.t(c.label)}</span>
<span class="ul-track"><span class="ul-fill" style="width:${at(scores[i])}"></span></span>
<span class="shown-value ul-score"></span>`;
    thumb(find(row, '.ul-thumb'), x, 56, i * DIGIT_PIXELS);
    setShownValue(find(row, '.ul-score'), scores[i], scope.lang, 0);
    bars.append(row);
  });
  const axis = document.createElement('div');
  axis.className = 'ul-bar-row ul-axis';
  const ticks = Array.from({ length: scale.hi - scale.lo + 1 }, (_, k) => 10 ** (scale.lo + k))
    .map((v) => `<span class="ul-tick" style="left:${at(v)}">${formatNumber(v, scope.lang, 0)}</span>`)
    .join('');
  axis.innerHTML = `<span></span><span class="ul-label">${scope.t({ fr: 'nats (log)', en: 'nats (log)' })}</span><span class="ul-ticks">${ticks}</span><span></span>`;
  bars.append(axis);
  setShownValue(find(el, '.ul-threshold'), threshold, scope.lang, 0);
  return { bars, at, threshold };
}

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  showDatasetNote(el, scope);
  const status = find(el, '.ul-status');
  const loaded = await loadForSlide(status, scope, (lib) =>
    Promise.all([lib.model('vae'), lib.heldOutDigits(), lib.heldOutCodes('vae'), lib.heldOutReconstructionErrors('vae')]),
  );
  if (!loaded) return;
  const [model, set, codes, errors] = loaded;
  const [, bars] = await Promise.all([mountInterpolation(el, scope, model, set, codes), mountAnomalies(el, scope, model, set, errors)]);
  if (bars && !scope.disposed) await mountAnomalyPad(el, scope, model, bars).settled();
}

/** Question 2 (live): interpolation through the latent space and anomaly detection with the pretrained VAE. */
const vaeUsesLive: SlideContent = {
  body: byLanguage(body),
  notes,
  params: [T, FROM, TO],
  mount,
};

export default vaeUsesLive;
