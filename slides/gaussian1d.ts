import type { ParamSpec, Scope, Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { Histogram } from '../src/charts/histogram.ts';
import { roles } from '../src/charts/palette.ts';
import { normalCdf, normalPdf } from '../src/math/gaussian.ts';
import { linspace } from '../src/math/integrate.ts';
import { randomNormalArray } from '../src/math/random.ts';
import { sliderRow } from '../src/widgets/sliderRow.ts';
import { setShownValue } from '../src/widgets/shownValue.ts';
import './mathSlides.css';

const MU: ParamSpec = { name: 'mu', min: -3, max: 3, default: 0, step: 0.1 };
const SIGMA: ParamSpec = { name: 'sigma', min: 0.5, max: 3, default: 1, step: 0.05 };
const X_DOMAIN: [number, number] = [-7, 7];
const Y_DOMAIN: [number, number] = [0, 0.85];
/** Samples added per click, the most kept, how many the printed handout shows. */
const BATCH = 1000;
const MAX_SAMPLES = 20_000;
const PRINT_SAMPLES = 5000;
const SEED = 20240601;
/** Band opacities for μ ± kσ, k = 3, 2, 1 (drawn widest first, so they stack darker towards the centre). */
const BANDS = [
  { k: 3, opacity: 0.24 },
  { k: 2, opacity: 0.24 },
  { k: 1, opacity: 0.3 },
];

const pct = (k: number, lang: Lang) => `${formatNumber(100 * (normalCdf(k) - normalCdf(-k)), lang, 1)}${pick(lang)({ fr: '&nbsp;%', en: '%' })}`;

function legend(lang: Lang): string {
  let alpha = 0;
  const items = [...BANDS].reverse().map(({ k }) => {
    // Composite opacity seen inside the band: the bands for k..3 overlap there.
    alpha = 1 - BANDS.filter((b) => b.k >= k).reduce((a, b) => a * (1 - b.opacity), 1);
    const sigma = k === 1 ? '\\sigma' : `${k}\\sigma`;
    return `<li><span class="swatch" style="background:${roles.p};opacity:${alpha.toFixed(2)}"></span>${tex(`\\mu \\pm ${sigma}`)}${pick(lang)({ fr: '&nbsp;:', en: ':' })} ${pct(k, lang)}</li>`;
  });
  return `<ul class="band-legend">${items.join('')}</ul>`;
}

const formula = tex('p(x) = \\frac{1}{\\sigma\\sqrt{2\\pi}}\\,\\exp\\!\\left(-\\frac{(x-\\mu)^2}{2\\sigma^2}\\right)', true);

function body(lang: Lang): string {
  const t = pick(lang);
  return `<div class="math-cols">
  <div class="math-text">
    <p>${
      t({
        fr: `Une grandeur qui <strong>se concentre autour d’une moyenne</strong> ${tex('\\mu')}, avec un <strong>écart-type</strong> ${tex('\\sigma')} qui dit à quel point elle s’en écarte. On note ${tex('X \\sim \\mathcal{N}(\\mu, \\sigma^2)')}.`,
        en: `A quantity that <strong>clusters around a mean</strong> ${tex('\\mu')}, with a <strong>standard deviation</strong> ${tex('\\sigma')} saying how far it strays. We write ${tex('X \\sim \\mathcal{N}(\\mu, \\sigma^2)')}.`,
      })
    }</p>
    <div class="formula">${formula}</div>
    <div class="g1d-sliders slider-rows"></div>
    <div class="math-actions">
      <button type="button" class="g1d-draw primary">${t({ fr: 'Tirer 1&nbsp;000 échantillons', en: 'Draw 1,000 samples' })}</button>
      <button type="button" class="g1d-clear">${t({ fr: 'Effacer', en: 'Clear' })}</button>
    </div>
    <p class="math-stats">${tex('n')} = <span class="g1d-n shown-value" data-value="0">0</span> ·
      ${t({ fr: 'moyenne', en: 'mean' })} <span class="g1d-mean shown-value" data-value=""></span> ·
      ${t({ fr: 'écart-type', en: 'std. dev.' })} <span class="g1d-std shown-value" data-value=""></span></p>
    ${legend(lang)}
  </div>
  <div class="g1d-chart chart-host"></div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : qu’est-ce que la loi normale ?</strong> La « courbe en cloche » : beaucoup de grandeurs naturelles (tailles, erreurs de mesure) se répartissent ainsi autour d’une moyenne. Deux nombres la décrivent : la moyenne μ (le centre) et l’écart-type σ (la largeur).</p>
<ul><li><strong>La formule, à voix haute :</strong> (x − μ)²/(2σ²) mesure l’éloignement au centre en unités de σ ; l’exponentielle fait décroître la courbe très vite ; le facteur 1/(σ√(2π)) fait que l’aire sous la courbe vaut 1.</li>
<li><strong>Démonstration :</strong> 1) bouger μ : la cloche se déplace ; 2) bouger σ : elle s’élargit et s’aplatit (demander pourquoi le pic baisse : l’aire reste 1, si σ double la hauteur est divisée par deux) ; 3) les bandes : 68 % des valeurs à moins d’un σ, 95 % à moins de 2σ, 99,7 % à moins de 3σ ; 4) « Tirer 1 000 échantillons » plusieurs fois : l’histogramme se rapproche de la courbe (loi des grands nombres).</li>
<li><strong>Lien avec le VAE :</strong> chaque échantillon vaut μ + σ·ε avec ε tiré selon 𝒩(0, 1) : c’est exactement l’astuce de reparamétrisation du VAE, et l’a priori de l’espace latent est 𝒩(0, 1) dans chaque dimension.</li></ul>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: what is the normal distribution?</strong> The “bell curve”: many natural quantities (heights, measurement errors) spread this way around an average. Two numbers describe it: the mean μ (the centre) and the standard deviation σ (the width).</p>
<ul><li><strong>The formula, aloud:</strong> (x − μ)²/(2σ²) measures the distance to the centre in units of σ; the exponential makes the curve fall off very fast; the factor 1/(σ√(2π)) makes the area under the curve equal 1.</li>
<li><strong>Demo:</strong> 1) move μ: the bell moves; 2) move σ: it widens and flattens (ask why the peak drops: the area stays 1, if σ doubles the height halves); 3) the bands: 68% of values within one σ, 95% within 2σ, 99.7% within 3σ; 4) “Draw 1,000 samples” several times: the histogram approaches the curve (law of large numbers).</li>
<li><strong>Link with the VAE:</strong> each sample is μ + σ·ε with ε drawn from 𝒩(0, 1): exactly the VAE’s reparameterisation trick, and the latent space’s prior is 𝒩(0, 1) in each dimension.</li></ul>`,
};

function mount(el: HTMLElement, scope: Scope): void {
  const lang = scope.lang;
  const chart = scope.own(
    new Histogram(find(el, '.g1d-chart'), {
      width: 690,
      height: 560,
      xDomain: X_DOMAIN,
      yDomain: Y_DOMAIN,
      bins: 56,
      xLabel: 'x',
      yLabel: scope.t({ fr: 'densité p(x)', en: 'density p(x)' }),
      ariaLabel: scope.t({ fr: 'Densité de la loi normale et histogramme des tirages', en: 'Normal density and histogram of the draws' }),
      formatTick: (v) => formatNumber(v, lang, Number.isInteger(v) ? 0 : 1),
      margin: { left: 70, right: 16 },
    }),
  );
  const eps = randomNormalArray(MAX_SAMPLES, SEED);
  const xs = linspace(X_DOMAIN[0], X_DOMAIN[1], 321);
  const values = new Float64Array(MAX_SAMPLES);
  let n = scope.mode === 'print' ? PRINT_SAMPLES : 0;
  const nEl = find(el, '.g1d-n');
  const meanEl = find(el, '.g1d-mean');
  const stdEl = find(el, '.g1d-std');

  const draw = (): void => {
    const mu = muRow.value;
    const sigma = sigmaRow.value;
    const ys = Array.from(xs, (x) => normalPdf(x, mu, sigma));
    const bands = BANDS.map(({ k, opacity }) => {
      const bx = linspace(mu - k * sigma, mu + k * sigma, 81);
      return { id: `k${k}`, xs: bx, ys: Array.from(bx, (x) => normalPdf(x, mu, sigma)), opacity };
    });
    let sum = 0;
    for (let i = 0; i < n; i++) {
      values[i] = mu + sigma * eps[i]; // x = μ + σ·ε
      sum += values[i];
    }
    const mean = n > 0 ? sum / n : Number.NaN;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
    chart.update({ values: values.subarray(0, n), curve: { xs, ys, color: roles.p, bands } });
    setShownValue(nEl, n, lang, 0);
    setShownValue(meanEl, mean, lang, 2);
    setShownValue(stdEl, n > 1 ? Math.sqrt(ss / (n - 1)) : Number.NaN, lang, 2);
  };

  const sliders = find(el, '.g1d-sliders');
  const muRow = sliderRow(sliders, scope, {
    spec: MU,
    label: { fr: `${tex('\\mu')} moyenne`, en: `${tex('\\mu')} mean` },
    ariaLabel: { fr: 'moyenne μ', en: 'mean μ' },
    digits: 1,
    onInput: draw,
  });
  const sigmaRow = sliderRow(sliders, scope, {
    spec: SIGMA,
    label: { fr: `${tex('\\sigma')} écart-type`, en: `${tex('\\sigma')} std. dev.` },
    ariaLabel: { fr: 'écart-type σ', en: 'standard deviation σ' },
    digits: 2,
    onInput: draw,
  });
  const drawButton = find<HTMLButtonElement>(el, '.g1d-draw');
  const sync = (): void => {
    drawButton.disabled = n >= MAX_SAMPLES;
  };
  scope.listen(drawButton, 'click', () => {
    n = Math.min(MAX_SAMPLES, n + BATCH);
    sync();
    draw();
  });
  scope.listen(find<HTMLButtonElement>(el, '.g1d-clear'), 'click', () => {
    n = 0;
    sync();
    draw();
  });
  sync();
  draw();
}

/** Slide: the 1-D normal distribution — pdf formula, μ/σ sliders, 68–95–99.7 % bands, samples converging to the curve. */
const gaussian1d: SlideContent = {
  body: byLanguage(body),
  notes,
  params: [MU, SIGMA],
  mount,
};

export default gaussian1d;
