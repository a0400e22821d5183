import type { ParamSpec, Scope, Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { LineChart } from '../src/charts/lineChart.ts';
import { roles } from '../src/charts/palette.ts';
import { normalPdf } from '../src/math/gaussian.ts';
import { klToStandardNormal } from '../src/math/kl.ts';
import { linspace } from '../src/math/integrate.ts';
import { sliderRow } from '../src/widgets/sliderRow.ts';
import { setShownValue } from '../src/widgets/shownValue.ts';
import './mathSlides.css';

/** One latent dimension of q(z|x): its mean μ and log-variance log σ², as the encoder outputs them. */
const ZMU: ParamSpec = { name: 'zmu', min: -3, max: 3, default: 1.5, step: 0.05 };
const ZLOGVAR: ParamSpec = { name: 'zlogvar', min: -4, max: 2, default: -1.5, step: 0.1 };
const X_DOMAIN: [number, number] = [-5, 5];

function body(lang: Lang): string {
  const t = pick(lang);
  const loss = tex(
    `\\mathcal{L}(x) = \\underbrace{-\\log p(x\\mid z)}_{\\textstyle\\text{reconstruction}}` +
      ` + \\beta \\sum_{j=1}^{n} \\underbrace{-\\tfrac{1}{2}\\left(1 + \\log\\sigma_j^2 - \\mu_j^2 - \\sigma_j^2\\right)}_{\\textstyle\\mathrm{KL}\\left(\\mathcal{N}(\\mu_j, \\sigma_j^2)\\,\\|\\,\\mathcal{N}(0, 1)\\right)}`,
    true,
  );
  const box = (cls: string, title: string, text: string) => `<div class="box ${cls} fragment"><h3>${title}</h3><p>${text}</p></div>`;
  return `<div class="math-text kv-text">
  <p>${
    t({
      fr: `Dans la perte, la KL <strong>tire chaque</strong> ${tex('q(z\\mid x) = \\mathcal{N}(\\mu, \\operatorname{diag}\\sigma^2)')} <strong>vers</strong> la loi <i>a priori</i> ${tex('p(z) = \\mathcal{N}(0, I)')}, une dimension latente à la fois :`,
      en: `In the loss, KL <strong>pulls each</strong> ${tex('q(z\\mid x) = \\mathcal{N}(\\mu, \\operatorname{diag}\\sigma^2)')} <strong>towards</strong> the prior ${tex('p(z) = \\mathcal{N}(0, I)')}, one latent dimension at a time:`,
    })
  }</p>
  ${loss}
  <p class="kv-map">${
    t({
      fr: `C’est ${tex('\\mathrm{KL}\\big(q(z\\mid x)\\,\\|\\,p(z)\\big)')} : la formule ${tex('\\mathrm{KL}(p\\,\\|\\,q)')} de la diapo précédente, où <strong>son</strong> ${tex('p')} devient ${tex('q(z\\mid x)')} (l’encodeur) et <strong>son</strong> ${tex('q')} devient ${tex('p(z) = \\mathcal{N}(0, I)')}.`,
      en: `This is ${tex('\\mathrm{KL}\\big(q(z\\mid x)\\,\\|\\,p(z)\\big)')}: the previous slide’s ${tex('\\mathrm{KL}(p\\,\\|\\,q)')}, where <strong>its</strong> ${tex('p')} becomes ${tex('q(z\\mid x)')} (the encoder) and <strong>its</strong> ${tex('q')} becomes ${tex('p(z) = \\mathcal{N}(0, I)')}.`,
    })
  }</p>
  <p class="kv-sample">${
    t({
      fr: `Reconstruction : avec <strong>un seul</strong> ${tex('z')} tiré de ${tex('q(z\\mid x)')}, ${tex('-\\log p(x\\mid z)')} est une estimation à un échantillon de ${tex('\\mathbb{E}_{q}\\left[-\\log p(x\\mid z)\\right]')}.`,
      en: `Reconstruction: with <strong>a single</strong> ${tex('z')} drawn from ${tex('q(z\\mid x)')}, ${tex('-\\log p(x\\mid z)')} is a one-sample estimate of ${tex('\\mathbb{E}_{q}\\left[-\\log p(x\\mid z)\\right]')}.`,
    })
  }</p>
</div>
<div class="math-cols kv-cols">
  <div class="math-text">
    <div class="kv-sliders slider-rows"></div>
    <p class="kl-term">${tex('\\mathrm{KL}_j')} = <span class="kv-mean shown-value" data-value=""></span>
      <span class="small">(${t({ fr: 'centre', en: 'centre' })} ${tex('\\tfrac12\\mu^2')})</span> + <span class="kv-width shown-value" data-value=""></span>
      <span class="small">(${t({ fr: 'largeur', en: 'width' })})</span> = <span class="kv-total shown-value" data-value=""></span></p>
  </div>
  <div class="kv-chart chart-host"></div>
</div>
<div class="beta-cols">
  ${box(
    'warn',
    t({ fr: `${tex('\\beta')} trop petit`, en: `${tex('\\beta')} too small` }),
    t({
      fr: 'Presque un simple AE : des codes à une échelle quelconque, <strong>sans loi connue</strong> ; un <i>z</i> tiré de 𝒩(0, I) tombe hors de la zone où le décodeur a appris.',
      en: 'Almost a plain AE: codes on an arbitrary scale, <strong>with no known law</strong>; a <i>z</i> drawn from 𝒩(0, I) lands outside where the decoder learned.',
    }),
  )}
  ${box(
    'ok',
    t({ fr: `${tex('\\beta = 1')} : le VAE`, en: `${tex('\\beta = 1')}: the VAE` }),
    t({
      fr: 'Compromis : des reconstructions fidèles <strong>et</strong> des codes regroupés autour de 0, où tirer un <i>z</i> a un sens.',
      en: 'A balance: faithful reconstructions <strong>and</strong> codes gathered around 0, where drawing a <i>z</i> makes sense.',
    }),
  )}
  ${box(
    'warn',
    t({ fr: `${tex('\\beta')} trop grand`, en: `${tex('\\beta')} too large` }),
    t({
      fr: 'Tout <i>q</i>(<i>z</i>|<i>x</i>) ≈ 𝒩(0, I) : le code ne porte plus d’information (<strong>effondrement de la loi <i>a posteriori</i></strong>), images floues.',
      en: 'Every <i>q</i>(<i>z</i>|<i>x</i>) ≈ 𝒩(0, I): the code carries no information (<strong>posterior collapse</strong>), blurry images.',
    }),
  )}
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 3 min.</strong> <strong>Question : à quoi sert la KL dans un VAE ?</strong> La perte a deux termes : la reconstruction (l’image décodée doit ressembler à l’entrée) et une KL qui mesure l’écart entre la loi de l’encodeur q(z|x) = 𝒩(μ, diag σ²) et l’a priori 𝒩(0, I). La KL agit comme un ressort : elle ramène chaque nuage de codes vers le centre et l’empêche de se réduire à un point.</p>
<ul><li><strong>Les lettres :</strong> c’est la formule KL(p‖q) de la diapositive précédente, où son p devient q(z|x) (l’encodeur) et son q devient l’a priori p(z) (la ligne sous la formule le dit).</li>
<li><strong>La reconstruction</strong> −log p(x|z) se calcule avec <em>un seul</em> z tiré de q(z|x) : une estimation à un échantillon de 𝔼_q[−log p(x|z)], bruitée mais sans biais, suffisante car on moyenne sur des milliers d’images et de pas.</li>
<li><strong>Par dimension,</strong> −½(1 + log σ² − μ² − σ²) se lit en deux morceaux : ½μ² (ramène la moyenne vers 0) et ½(σ² − 1 − log σ²), nul seulement si σ = 1.</li></ul>
<p><strong>Démonstration.</strong> Orange : q pour une dimension ; bleu : 𝒩(0, 1). 1) μ = 0 et log σ² = 0 : KL = 0. 2) Éloigner μ : seul le terme « centre » grandit. 3) Réduire log σ² : le terme « largeur » grandit. C’est la tension du VAE : la reconstruction veut des codes précis et séparés, la KL les veut proches de 𝒩(0, 1).</p>
<p><strong>Le réglage β</strong> (les trois encadrés apparaissent un par un, →). β trop petit : presque un autoencodeur classique ; un z tiré de 𝒩(0, I) tombe souvent hors de la zone apprise et donne des chiffres peu plausibles ou mélangés. β = 1 : le VAE standard. β trop grand : tous les q(z|x) ≈ 𝒩(0, I), le décodeur ignore z, images floues et semblables : c’est l’effondrement de la loi a posteriori. Un VAE dont on règle β s’appelle un β-VAE.</p>
<p><strong>Pour la partie pratique :</strong> au pas 0, la KL est presque nulle (l’encodeur non entraîné sort μ ≈ 0 et log σ² ≈ 0) ; dans les premiers pas, la reconstruction écarte les μ et rétrécit les σ, la KL monte ; puis elle redescend vers un palier d’environ 5 nats.</p>`,
  en: `<p><strong>≈ 3 min.</strong> <strong>Question: what does KL do in a VAE?</strong> The loss has two terms: reconstruction (the decoded image must look like the input) and a KL that measures the gap between the encoder’s distribution q(z|x) = 𝒩(μ, diag σ²) and the prior 𝒩(0, I). The KL acts like a spring: it pulls every cloud of codes back to the centre and stops it from shrinking to a point.</p>
<ul><li><strong>The letters:</strong> this is the previous slide’s KL(p‖q) formula, where its p becomes q(z|x) (the encoder) and its q becomes the prior p(z) (the line under the formula says so).</li>
<li><strong>Reconstruction</strong> −log p(x|z) is computed with <em>a single</em> z drawn from q(z|x): a one-sample estimate of 𝔼_q[−log p(x|z)], noisy but unbiased, enough because we average over thousands of images and steps.</li>
<li><strong>Per dimension,</strong> −½(1 + log σ² − μ² − σ²) reads as two pieces: ½μ² (pulls the mean to 0) and ½(σ² − 1 − log σ²), zero only when σ = 1.</li></ul>
<p><strong>Demo.</strong> Orange: q for one dimension; blue: 𝒩(0, 1). 1) μ = 0 and log σ² = 0: KL = 0. 2) Move μ away: only the “centre” term grows. 3) Lower log σ²: the “width” term grows. That is the VAE’s tension: reconstruction wants precise, separate codes; KL wants them close to 𝒩(0, 1).</p>
<p><strong>The β knob</strong> (the three boxes appear one by one, →). β too small: almost a plain autoencoder; a z drawn from 𝒩(0, I) often lands outside the learnt region and gives implausible or mixed digits. β = 1: the standard VAE. β too large: every q(z|x) ≈ 𝒩(0, I), the decoder ignores z, blurry look-alike images: that is posterior collapse. A VAE with a tuned β is called a β-VAE.</p>
<p><strong>For the hands-on part:</strong> at step 0 the KL is almost zero (the untrained encoder outputs μ ≈ 0 and log σ² ≈ 0); in the first steps reconstruction spreads the μ and shrinks the σ, and the KL rises; then it comes back down to a plateau of about 5 nats.</p>`,
};

function mount(el: HTMLElement, scope: Scope): void {
  const lang = scope.lang;
  const chart = scope.own(
    new LineChart(find(el, '.kv-chart'), {
      width: 620,
      height: 176,
      xDomain: X_DOMAIN,
      xLabel: 'z',
      ariaLabel: scope.t({ fr: 'q(z|x) pour une dimension latente et la loi a priori N(0, 1)', en: 'q(z|x) for one latent dimension and the prior N(0, 1)' }),
      formatTick: (v) => formatNumber(v, lang, Number.isInteger(v) ? 0 : 1),
      margin: { left: 60, right: 12, bottom: 52, top: 8 },
      ticks: 5,
    }),
  );
  const xs = linspace(X_DOMAIN[0], X_DOMAIN[1], 301);
  const prior = Array.from(xs, (x) => normalPdf(x));
  const meanEl = find(el, '.kv-mean');
  const widthEl = find(el, '.kv-width');
  const totalEl = find(el, '.kv-total');

  const draw = (): void => {
    const mu = muRow.value;
    const logVar = logVarRow.value;
    const sigma = Math.exp(logVar / 2);
    chart.update({
      series: [
        { id: 'prior', xs, ys: prior, color: roles.p, label: scope.t({ fr: 'a priori 𝒩(0, 1)', en: 'prior 𝒩(0, 1)' }) },
        { id: 'q', xs, ys: Array.from(xs, (x) => normalPdf(x, mu, sigma)), color: roles.q, label: 'q(z | x)' },
      ],
      areas: [{ id: 'q', xs, y1: Array.from(xs, (x) => normalPdf(x, mu, sigma)), color: roles.q, opacity: 0.18 }],
    });
    const total = klToStandardNormal(mu, logVar); // −½(1 + log σ² − μ² − σ²)
    setShownValue(meanEl, 0.5 * mu * mu, lang, 2);
    setShownValue(widthEl, total - 0.5 * mu * mu, lang, 2);
    setShownValue(totalEl, total, lang, 2);
  };

  const sliders = find(el, '.kv-sliders');
  const muRow = sliderRow(sliders, scope, {
    spec: ZMU,
    label: { fr: tex('\\mu_j'), en: tex('\\mu_j') },
    ariaLabel: { fr: 'moyenne μ de la dimension latente', en: 'mean μ of the latent dimension' },
    digits: 2,
    color: roles.q,
    onInput: draw,
  });
  const logVarRow = sliderRow(sliders, scope, {
    spec: ZLOGVAR,
    label: { fr: tex('\\log\\sigma_j^2'), en: tex('\\log\\sigma_j^2') },
    ariaLabel: { fr: 'log-variance de la dimension latente', en: 'log-variance of the latent dimension' },
    digits: 1,
    color: roles.q,
    onInput: draw,
  });
  draw();
}

/** Slide: KL's job in the VAE — the per-dimension term pulling q(z|x) towards N(0, I), live, and the β trade-off. */
const klInVae: SlideContent = {
  body: byLanguage(body),
  notes,
  params: [ZMU, ZLOGVAR],
  mount,
};

export default klInVae;
