import type { ParamSpec, Scope, Slide } from '../src/deck/types.ts';
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
  fr: `<p><strong>Question : à quoi sert la KL dans un VAE ?</strong> La perte du VAE a deux termes. Le premier (reconstruction) demande que l’image décodée ressemble à l’image d’entrée. Le second est une KL : pour chaque image x, l’encodeur donne une loi q(z|x) = N(μ, diag σ²) ; la KL mesure son écart à la loi a priori N(0, I) et le pénalise. Elle joue le rôle d’un ressort qui ramène chaque nuage de codes vers le centre et lui interdit de se réduire à un point.</p>
<p><strong>Le terme de reconstruction</strong> −log p(x|z) se calcule avec <em>un seul</em> z tiré de q(z|x) (par z = μ + σ ⊙ ε) : c’est une estimation à un échantillon de l’espérance 𝔼_q[−log p(x|z)], bruitée mais sans biais, et suffisante parce qu’on moyenne sur des milliers d’images et de pas.</p>
<p><strong>La formule par dimension</strong>, −½(1 + log σ² − μ² − σ²), est la formule KL(p‖q) de la diapo précédente appliquée à une dimension : son p devient q(z_j|x) = N(μ_j, σ_j²), la loi que donne l’encodeur, et son q devient la loi a priori N(0, 1) (l’écran le dit sous la formule de la perte). On la lit en deux morceaux : ½μ² (ramène la moyenne vers 0) et ½(σ² − 1 − log σ²) (nul seulement si σ = 1 : empêche σ de s’effondrer vers 0 ou d’exploser). L’encodeur prédit log σ² plutôt que σ pour que la valeur soit libre (positive ou négative) et stable numériquement.</p>
<p><strong>Démonstration.</strong> Courbe orange : q pour une dimension latente ; courbe bleue : N(0, 1). 1) Mettre μ à 0 et log σ² à 0 : les courbes coïncident, KL = 0. 2) Éloigner μ : seul le terme « centre » grandit. 3) Réduire log σ² (code très précis, σ petit) : le terme « largeur » grandit. C’est la tension du VAE : la reconstruction voudrait des codes précis et bien séparés, la KL les veut tous proches de N(0, 1).</p>
<p><strong>Le réglage β</strong> (les trois encadrés du bas apparaissent un par un, → pour avancer) (β-VAE) pondère la KL. β trop petit : on retombe sur un autoencodeur classique. Ses codes vivent à une échelle quelconque, sans loi connue : rien ne les oblige à ressembler à N(0, I), donc un z tiré de N(0, I) tombe souvent hors de la zone où le décodeur a appris, et le chiffre généré est peu plausible. (Ce n’est pas une histoire de « trous » entre les groupes : la diapo AE contre VAE en direct montre que l’AE dessine aussi des chiffres nets entre ses groupes.) β = 1 : le VAE standard. β trop grand : tous les q(z|x) deviennent N(0, I), le décodeur ignore z (effondrement de la loi a posteriori) et produit des images floues, toutes semblables. Dans la partie pratique, on verra la KL partir haut (l’encodeur non entraîné est loin de N(0, I)), baisser vite, puis se stabiliser autour de 5 nats pendant l’entraînement.</p>
<p>Paramètres d’URL : zmu, zlogvar.</p>`,
  en: `<p><strong>Question: what does KL do in a VAE?</strong> The VAE loss has two terms. The first (reconstruction) asks the decoded image to look like the input. The second is a KL: for each image x the encoder outputs a distribution q(z|x) = N(μ, diag σ²); the KL measures how far it is from the prior N(0, I) and penalises that. It acts like a spring that pulls every cloud of codes back to the centre and forbids it from shrinking to a point.</p>
<p><strong>The reconstruction term</strong> −log p(x|z) is computed with <em>a single</em> z drawn from q(z|x) (as z = μ + σ ⊙ ε): it is a one-sample estimate of the expectation 𝔼_q[−log p(x|z)], noisy but unbiased, and enough because we average over thousands of images and steps.</p>
<p><strong>The per-dimension formula</strong>, −½(1 + log σ² − μ² − σ²), is the previous slide’s KL(p‖q) formula applied to one dimension: its p becomes q(z_j|x) = N(μ_j, σ_j²), the encoder’s distribution, and its q becomes the prior N(0, 1) (the screen says so under the loss formula). Read it in two pieces: ½μ² (pulls the mean to 0) and ½(σ² − 1 − log σ²) (zero only when σ = 1: stops σ from collapsing to 0 or blowing up). The encoder predicts log σ² rather than σ so the value is unconstrained (positive or negative) and numerically stable.</p>
<p><strong>Demo.</strong> Orange curve: q for one latent dimension; blue curve: N(0, 1). 1) Set μ to 0 and log σ² to 0: the curves coincide, KL = 0. 2) Move μ away: only the “centre” term grows. 3) Lower log σ² (a very precise code, small σ): the “width” term grows. That is the VAE’s tension: reconstruction wants precise, well-separated codes; KL wants them all close to N(0, 1).</p>
<p><strong>The β knob</strong> (the three boxes at the bottom appear one by one, → to advance) (β-VAE) weighs the KL. β too small: back to a plain autoencoder. Its codes live on an arbitrary scale with no known law: nothing makes them look like N(0, I), so a z drawn from N(0, I) often lands outside where the decoder learned, and the generated digit is implausible. (It is not about “holes” between the clusters: the live AE vs VAE slide shows the AE also draws clean digits between its clusters.) β = 1: the standard VAE. β too large: every q(z|x) becomes N(0, I), the decoder ignores z (posterior collapse) and outputs blurry, look-alike images. In the hands-on part we will watch the KL start high (the untrained encoder is far from N(0, I)), fall fast, then level off around 5 nats during training.</p>
<p>URL parameters: zmu, zlogvar.</p>`,
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
        { id: 'prior', xs, ys: prior, color: roles.p, label: scope.t({ fr: 'a priori N(0, 1)', en: 'prior N(0, 1)' }) },
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
const klInVae: Slide = {
  id: 'kl-in-vae',
  section: sections.normalKl,
  title: { fr: 'Le rôle de la KL dans le VAE', en: 'KL’s job in the VAE' },
  body: byLanguage(body),
  notes,
  params: [ZMU, ZLOGVAR],
  mount,
};

export default klInVae;
