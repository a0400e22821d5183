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
        fr: `<strong>L’intuition.</strong> Vous croyez que le monde suit ${tex('q')}, mais il suit ${tex('p')} : <strong>en moyenne</strong>, vos observations vous surprennent plus que nécessaire (certaines moins : là où ${tex('q > p')}, l’aire verte passe sous l’axe). La KL est ce <strong>supplément de surprise moyen</strong>. Nulle seulement si ${tex('p = q')}.`,
        en: `<strong>The intuition.</strong> You believe the world follows ${tex('q')}, but it follows ${tex('p')}: <strong>on average</strong>, your observations surprise you more than they should (some less: where ${tex('q > p')}, the green area dips below the axis). KL is that <strong>average extra surprise</strong>. Zero only when ${tex('p = q')}.`,
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
  </div>
  <div>
    <div class="kl-chart chart-host"></div>
    <div class="kl-sliders slider-grid"></div>
  </div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>Question : qu’est-ce que la divergence de Kullback-Leibler, simplement ?</strong> Une mesure de l’écart entre deux lois de probabilité p et q, avec une intuition de tous les jours : la <em>surprise</em>. Un événement de probabilité faible surprend beaucoup (surprise = −log probabilité). Si vous croyez que le monde suit q alors qu’il suit p, vous êtes <em>en moyenne</em> plus surpris que quelqu’un qui connaît p. Pas à chaque observation : là où q(x) > p(x), vous êtes même moins surpris que lui (c’est la partie verte sous l’axe) ; mais ces gains sont toujours plus que compensés ailleurs. Ce supplément moyen, c’est KL(p‖q). Exemple : un touriste qui s’attend au climat de Marseille (q) en vacances à Brest (p) est surpris par la pluie bien plus souvent qu’un Brestois.</p>
<p><strong>Trois propriétés à retenir.</strong> KL ≥ 0 ; KL = 0 seulement si p = q ; et ce n’est <em>pas</em> une distance, car KL(p‖q) ≠ KL(q‖p) en général (le touriste brestois à Marseille n’est pas surpris de la même façon).</p>
<p><strong>Démonstration.</strong> Courbe bleue p, courbe orange pointillée q, zone verte : l’intégrande p·log(p/q), dont l’aire (comptée négativement là où elle passe sous l’axe) vaut KL(p‖q). 1) Superposer les deux courbes (mêmes μ et σ) : les deux KL tombent à 0. 2) Éloigner μ_q : la KL grandit comme le carré de l’écart. 3) Montrer l’asymétrie : avec p étroite et q large (σ_p = 0,5, σ_q = 2), KL(p‖q) est modérée, car q « couvre » p ; dans l’autre sens KL(q‖p) est grande, car q met de la masse là où p n’en a presque pas. Les valeurs viennent de la formule exacte pour deux gaussiennes, affichée à gauche (les tests vérifient qu’elle coïncide avec l’intégrale numérique).</p>
<p>Unités : en nats avec le logarithme naturel (en bits avec log₂). Lien partageable : ?mu1=0&amp;s1=1&amp;mu2=1&amp;s2=2#/kl-divergence. Diapo suivante : le rôle de la KL dans le VAE.</p>`,
  en: `<p><strong>Question: what is the Kullback-Leibler divergence, simply?</strong> A measure of how far a probability distribution q is from p, with an everyday intuition: <em>surprise</em>. An unlikely event is very surprising (surprise = −log probability). If you believe the world follows q while it follows p, you are <em>on average</em> more surprised than someone who knows p. Not at every observation: where q(x) > p(x) you are even less surprised than they are (the green part below the axis); but those gains are always more than made up for elsewhere. That average extra surprise is KL(p‖q). Example: a tourist who expects the weather of Marseille (q) on holiday in Brittany (p) is surprised by rain far more often than a local.</p>
<p><strong>Three properties to remember.</strong> KL ≥ 0; KL = 0 only if p = q; and it is <em>not</em> a distance, because KL(p‖q) ≠ KL(q‖p) in general (the Breton tourist in Marseille is not surprised in the same way).</p>
<p><strong>Demo.</strong> Blue curve p, dashed orange curve q, green area: the integrand p·log(p/q), whose area (counted negative where it dips below the axis) equals KL(p‖q). 1) Put the two curves on top of each other (same μ and σ): both KLs drop to 0. 2) Move μ_q away: KL grows like the square of the gap. 3) Show the asymmetry: with a narrow p and a wide q (σ_p = 0.5, σ_q = 2), KL(p‖q) is moderate, because q “covers” p; the other way round KL(q‖p) is large, because q puts mass where p has almost none. The values come from the exact formula for two Gaussians shown on the left (the tests check it agrees with numerical integration).</p>
<p>Units: nats with the natural log (bits with log₂). Shareable link: ?mu1=0&amp;s1=1&amp;mu2=1&amp;s2=2#/kl-divergence. Next slide: KL’s job in the VAE.</p>`,
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
        { id: 'p', xs, ys: Array.from(xs, (x) => normalPdf(x, a, sa)), color: roles.p, label: 'p' },
        { id: 'q', xs, ys: Array.from(xs, (x) => normalPdf(x, b, sb)), color: roles.q, dash: '10 6', label: 'q' },
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
  draw();
}

/** Slide: the KL divergence — everyday intuition, p and q with the integrand shaded, KL(p‖q) and KL(q‖p) live. */
const klDivergence: Slide = {
  id: 'kl-divergence',
  section: sections.normalKl,
  title: { fr: 'La divergence de Kullback-Leibler (KL)', en: 'The Kullback-Leibler (KL) divergence' },
  body: byLanguage(body),
  notes,
  params: [MU1, S1, MU2, S2],
  mount,
};

export default klDivergence;
