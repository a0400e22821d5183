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
import { klIntegrand, klNormal } from '../src/math/kl.ts';
import { linspace } from '../src/math/integrate.ts';
import { sliderRow } from '../src/widgets/sliderRow.ts';
import { setShownValue } from '../src/widgets/shownValue.ts';
import './mathSlides.css';

/** p = N(mu1, s1²) and q = N(mu2, s2²); the names are the ones of the shareable URL `?mu1=0&s1=1&mu2=1&s2=2`. */
const MU1: ParamSpec = { name: 'mu1', min: -3, max: 3, default: 0, step: 0.1 };
const S1: ParamSpec = { name: 's1', min: 0.3, max: 3, default: 1, step: 0.05 };
const MU2: ParamSpec = { name: 'mu2', min: -3, max: 3, default: 1, step: 0.1 };
const S2: ParamSpec = { name: 's2', min: 0.3, max: 3, default: 2, step: 0.05 };
const X_DOMAIN: [number, number] = [-7, 7];

function body(lang: Lang): string {
  const t = pick(lang);
  const def = tex('\\mathrm{KL}(p\\,\\|\\,q) = \\int p(x)\\,\\log\\frac{p(x)}{q(x)}\\,dx \\;\\geq\\; 0', true);
  const closed = tex(
    '\\mathrm{KL}(p\\,\\|\\,q) = \\log\\frac{\\sigma_q}{\\sigma_p} + \\frac{\\sigma_p^2 + (\\mu_p - \\mu_q)^2}{2\\sigma_q^2} - \\frac{1}{2}',
    true,
  );
  return `<div class="math-cols kl-cols">
  <div class="math-text">
    <p>${
      t({
        fr: `<strong>L’intuition.</strong> Vous croyez que le monde suit ${tex('q')} (<strong>votre croyance</strong>), mais il suit ${tex('p')} (<strong>la réalité</strong>) : <strong>en moyenne</strong>, vos observations vous surprennent plus que nécessaire (certaines moins : là où <span style="white-space: nowrap">${tex('q > p')},</span> l’aire verte passe sous l’axe). La KL est ce <strong>supplément de surprise moyen</strong>. Nulle seulement si ${tex('p = q')}.`,
        en: `<strong>The intuition.</strong> You believe the world follows ${tex('q')} (<strong>your belief</strong>), but it follows ${tex('p')} (<strong>reality</strong>): <strong>on average</strong>, your observations surprise you more than they should (some less: where <span style="white-space: nowrap">${tex('q > p')},</span> the green area dips below the axis). KL is that <strong>average extra surprise</strong>. Zero only when ${tex('p = q')}.`,
      })
    }</p>
    ${def}
    <p class="small">${t({ fr: 'Pour deux lois normales, une formule exacte :', en: 'For two normal distributions, an exact formula:' })}</p>
    ${closed}
    <div class="kl-values">
      <div class="kl-pq">${tex('\\mathrm{KL}(p\\,\\|\\,q)')} = <span class="kl-pq-value shown-value" data-value=""></span></div>
      <div class="kl-qp">${tex('\\mathrm{KL}(q\\,\\|\\,p)')} = <span class="kl-qp-value shown-value" data-value=""></span></div>
    </div>
    <p class="box warn">${
      t({
        fr: `<strong>Pas une distance :</strong> elle n’est pas symétrique.`,
        en: `<strong>Not a distance:</strong> it is not symmetric.`,
      })
    }</p>
    <p class="kl-vae-case"><button type="button" class="kl-vae">${t({ fr: `Cas du VAE\u00a0: ${tex('\\mathcal{N}(\\mu, \\sigma^2)')} contre ${tex('\\mathcal{N}(0, 1)')}`, en: `The VAE’s case: ${tex('\\mathcal{N}(\\mu, \\sigma^2)')} against ${tex('\\mathcal{N}(0, 1)')}` })}</button></p>
  </div>
  <div>
    <div class="kl-chart chart-host"></div>
    <div class="kl-sliders slider-grid"></div>
  </div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 2,5 min.</strong> <strong>Question : qu’est-ce que la divergence de Kullback-Leibler, simplement ?</strong> Une mesure de l’écart entre deux lois, p (la réalité) et q (votre croyance), avec l’intuition de la <em>surprise</em> (−log de la probabilité qu’on donnait à ce qui arrive).</p>
<ul><li><strong>En moyenne seulement :</strong> qui croit q alors que le monde suit p est en moyenne plus surpris que qui connaît p. Pas à chaque observation : là où q(x) > p(x), il l’est moins (la partie verte sous l’axe), mais c’est toujours plus que compensé ailleurs. Ce supplément moyen est KL(p‖q).</li>
<li><strong>Trois propriétés :</strong> KL ≥ 0 ; KL = 0 seulement si p = q ; pas une distance, car KL(p‖q) ≠ KL(q‖p) en général.</li></ul>
<p><strong>Démonstration.</strong> Bleu : p ; orange pointillé : q ; vert : p·log(p/q), dont l’aire (négative sous l’axe) vaut KL(p‖q). 1) Mêmes μ et σ : les deux KL tombent à 0. 2) Éloigner μ_q : la KL croît comme le carré de l’écart. 3) Asymétrie : σ_p = 0,5, σ_q = 2 : KL(p‖q) modérée (q « couvre » p), KL(q‖p) grande (q met de la masse là où p n’en a presque pas). Les valeurs viennent de la formule exacte affichée à gauche.</p>
<p><strong>Le bouton « Cas du VAE ».</strong> Il met p = 𝒩(1,5 ; 0,45²) et q = 𝒩(0, 1) : la loi de l’encodeur d’un côté, la loi a priori de l’autre. Attention aux lettres : dans le VAE, la loi de l’encodeur s’appelle q(z|x) et l’a priori p(z). Le terme du VAE, KL(q(z|x) ‖ p(z)), est donc la KL(p‖q) de ce graphique avec les rôles renommés : la diapositive suivante le redit.</p>`,
  en: `<p><strong>≈ 2.5 min.</strong> <strong>Question: what is the Kullback-Leibler divergence, simply?</strong> A measure of the gap between two distributions, p (reality) and q (your belief), with the intuition of <em>surprise</em> (−log of the probability we gave to what happens).</p>
<ul><li><strong>On average only:</strong> whoever believes q while the world follows p is on average more surprised than whoever knows p. Not at every observation: where q(x) > p(x) they are less surprised (the green part below the axis), but that is always more than made up for elsewhere. That average extra is KL(p‖q).</li>
<li><strong>Three properties:</strong> KL ≥ 0; KL = 0 only if p = q; not a distance, because KL(p‖q) ≠ KL(q‖p) in general.</li></ul>
<p><strong>Demo.</strong> Blue: p; dashed orange: q; green: p·log(p/q), whose area (negative below the axis) equals KL(p‖q). 1) Same μ and σ: both KLs drop to 0. 2) Move μ_q away: KL grows like the square of the gap. 3) Asymmetry: σ_p = 0.5, σ_q = 2: KL(p‖q) is moderate (q “covers” p), KL(q‖p) is large (q puts mass where p has almost none). The values come from the exact formula shown on the left.</p>
<p><strong>The “VAE’s case” button.</strong> It sets p = 𝒩(1.5, 0.45²) and q = 𝒩(0, 1): the encoder’s distribution on one side, the prior on the other. Mind the letters: in the VAE the encoder’s distribution is called q(z|x) and the prior p(z). The VAE’s term, KL(q(z|x) ‖ p(z)), is therefore this chart’s KL(p‖q) with the roles renamed: the next slide says it again.</p>`,
};

function mount(el: HTMLElement, scope: Scope): void {
  const lang = scope.lang;
  const chart = scope.own(
    new LineChart(find(el, '.kl-chart'), {
      width: 710,
      height: 455,
      xDomain: X_DOMAIN,
      xLabel: 'x',
      yLabel: scope.t({ fr: 'densité', en: 'density' }),
      ariaLabel: scope.t({ fr: 'Deux lois normales p et q et l’intégrande de la KL', en: 'Two normal distributions p and q and the KL integrand' }),
      formatTick: (v) => formatNumber(v, lang, Number.isInteger(v) ? 0 : 1),
      margin: { left: 70, right: 12, bottom: 58 },
    }),
  );
  const xs = linspace(X_DOMAIN[0], X_DOMAIN[1], 401);
  const pqEl = find(el, '.kl-pq-value');
  const qpEl = find(el, '.kl-qp-value');

  const draw = (): void => {
    const [a, sa, b, sb] = [mu1.value, s1.value, mu2.value, s2.value];
    chart.update({
      areas: [
        { id: 'integrand', xs, y1: Array.from(xs, (x) => klIntegrand(x, a, sa, b, sb)), color: roles.accent, opacity: 0.4, label: 'p · log(p/q)' },
      ],
      series: [
        { id: 'p', xs, ys: Array.from(xs, (x) => normalPdf(x, a, sa)), color: roles.p, label: scope.t({ fr: 'p (réalité)', en: 'p (reality)' }) },
        { id: 'q', xs, ys: Array.from(xs, (x) => normalPdf(x, b, sb)), color: roles.q, dash: '10 6', label: scope.t({ fr: 'q (croyance)', en: 'q (belief)' }) },
      ],
    });
    setShownValue(pqEl, klNormal(a, sa, b, sb), lang, 2);
    setShownValue(qpEl, klNormal(b, sb, a, sa), lang, 2);
  };

  const sliders = find(el, '.kl-sliders');
  const row = (spec: ParamSpec, texLabel: string, aria: { fr: string; en: string }, color: string) =>
    sliderRow(sliders, scope, { spec, label: { fr: tex(texLabel), en: tex(texLabel) }, ariaLabel: aria, digits: 2, color, onInput: draw });
  const mu1 = row(MU1, '\\mu_p', { fr: 'moyenne de p', en: 'mean of p' }, roles.p);
  const mu2 = row(MU2, '\\mu_q', { fr: 'moyenne de q', en: 'mean of q' }, roles.q);
  const s1 = row(S1, '\\sigma_p', { fr: 'écart-type de p', en: 'standard deviation of p' }, roles.p);
  const s2 = row(S2, '\\sigma_q', { fr: 'écart-type de q', en: 'standard deviation of q' }, roles.q);
  // The VAE's KL term with kl-in-vae's defaults: the encoder's N(1.5, 0.45²) in the role of p, the prior N(0, 1) in that of q.
  scope.listen(find(el, '.kl-vae'), 'click', () => {
    mu1.set(1.5);
    s1.set(0.45);
    mu2.set(0);
    s2.set(1);
  });
  draw();
}

/** Slide: the KL divergence — everyday intuition, p and q with the integrand shaded, KL(p‖q) and KL(q‖p) live. */
const klDivergence: SlideContent = {
  body: byLanguage(body),
  notes,
  params: [MU1, S1, MU2, S2],
  mount,
};

export default klDivergence;
