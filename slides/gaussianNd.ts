import type { ParamSpec, Scope, Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { ContourChart } from '../src/charts/contourChart.ts';
import { roles } from '../src/charts/palette.ts';
import { gaussian2, sigmaEllipse, transformStandard2 } from '../src/math/bivariate.ts';
import { randomNormalArray } from '../src/math/random.ts';
import { sliderRow } from '../src/widgets/sliderRow.ts';
import { liveTex } from '../src/widgets/liveTex.ts';
import './mathSlides.css';

const MU1: ParamSpec = { name: 'mu1n', min: -2, max: 2, default: 0, step: 0.1 };
const MU2: ParamSpec = { name: 'mu2n', min: -2, max: 2, default: 0, step: 0.1 };
const S1: ParamSpec = { name: 's1n', min: 0.3, max: 2, default: 1.2, step: 0.05 };
const S2: ParamSpec = { name: 's2n', min: 0.3, max: 2, default: 0.7, step: 0.05 };
const RHO: ParamSpec = { name: 'rho', min: -0.95, max: 0.95, default: 0.6, step: 0.05 };
const DOMAIN: [number, number] = [-5, 5];
const N_SAMPLES = 400;
const SEED = 7;

function body(lang: Lang): string {
  const t = pick(lang);
  const diag = tex('q(\\mathbf{z}) = \\prod_{j=1}^{n} \\mathcal{N}\\!\\left(z_j ;\\, \\mu_j, \\sigma_j^2\\right)', true);
  return `<div class="math-cols nd-cols">
  <div class="nd-chart chart-host"></div>
  <div class="math-text">
    <p>${
      t({
        fr: `Plusieurs grandeurs à la fois : un vecteur ${tex('\\mathbf{x} \\in \\mathbb{R}^n')}. La moyenne devient un <strong>vecteur</strong> ${tex('\\boldsymbol{\\mu}')}, la variance une <strong>matrice de covariance</strong> ${tex('\\Sigma')} (${tex('\\rho')} : corrélation).`,
        en: `Several quantities at once: a vector ${tex('\\mathbf{x} \\in \\mathbb{R}^n')}. The mean becomes a <strong>vector</strong> ${tex('\\boldsymbol{\\mu}')}, the variance a <strong>covariance matrix</strong> ${tex('\\Sigma')} (${tex('\\rho')}: correlation).`,
      })
    }</p>
    <div class="nd-sliders slider-grid"></div>
    <div class="nd-matrices" aria-live="off"></div>
    <div class="box ok nd-vae">
      <p>${
        t({
          fr: `<strong>Dans un VAE</strong>, ${tex('\\Sigma')} est <strong>diagonale</strong> (${tex('\\rho = 0')}) : les dimensions sont indépendantes et la densité se factorise :`,
          en: `<strong>In a VAE</strong>, ${tex('\\Sigma')} is <strong>diagonal</strong> (${tex('\\rho = 0')}): the dimensions are independent and the density factorises:`,
        })
      }</p>
      ${diag}
      <p>${
        t({
          fr: `L’encodeur sort ${tex('2n')} nombres (${tex('\\mu_j, \\log\\sigma_j^2')}) au lieu de ${tex('n + \\tfrac{n(n+1)}{2}')}.`,
          en: `The encoder outputs ${tex('2n')} numbers (${tex('\\mu_j, \\log\\sigma_j^2')}) instead of ${tex('n + \\tfrac{n(n+1)}{2}')}.`,
        })
      } <button type="button" class="nd-diag">${t({ fr: 'Mettre ρ = 0', en: 'Set ρ = 0' })}</button></p>
    </div>
  </div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : et en plusieurs dimensions ?</strong> La moyenne devient un vecteur μ (le centre du nuage) et la variance σ² devient la matrice de covariance Σ : les variances σ₁², σ₂² sur la diagonale, la covariance ρσ₁σ₂ ailleurs, où ρ (entre −1 et 1) est la corrélation.</p>
<ul><li><strong>Le graphique :</strong> des points tirés et les ellipses à 1σ, 2σ, 3σ (les courbes de niveau de la densité ; en 2D elles contiennent 39 %, 86 % et 99 % des points, ce n’est plus 68–95–99,7).</li>
<li><strong>Démonstration :</strong> 1) bouger μ₁, μ₂ : le nuage se déplace ; 2) bouger σ₁ ou σ₂ : il s’étire le long d’un axe ; 3) bouger ρ : il penche (ρ > 0 : les deux grandeurs montent ensemble). La matrice Σ affichée change en direct : seul le terme hors diagonale dépend de ρ.</li>
<li><strong>Pourquoi une covariance diagonale dans le VAE ?</strong> Cliquer « Mettre ρ = 0 » : les ellipses s’alignent sur les axes, les dimensions sont indépendantes, la densité est un produit de lois 1D. Pour n dimensions latentes, l’encodeur prédit 2n nombres au lieu de n + n(n+1)/2, et le tirage comme la KL se font dimension par dimension. Le prix : q(z|x) ne représente pas de corrélation entre dimensions latentes ; en pratique le décodeur compense.</li></ul>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: and in several dimensions?</strong> The mean becomes a vector μ (the cloud’s centre) and the variance σ² becomes the covariance matrix Σ: the variances σ₁², σ₂² on the diagonal, the covariance ρσ₁σ₂ elsewhere, where ρ (between −1 and 1) is the correlation.</p>
<ul><li><strong>The chart:</strong> drawn points and the 1σ, 2σ, 3σ ellipses (the density’s contour lines; in 2-D they hold 39%, 86% and 99% of the points, no longer 68–95–99.7).</li>
<li><strong>Demo:</strong> 1) move μ₁, μ₂: the cloud moves; 2) move σ₁ or σ₂: it stretches along one axis; 3) move ρ: it tilts (ρ > 0: both quantities rise together). The matrix Σ shown updates live: only the off-diagonal term depends on ρ.</li>
<li><strong>Why a diagonal covariance in the VAE?</strong> Click “Set ρ = 0”: the ellipses line up with the axes, the dimensions are independent, the density is a product of 1-D normals. For n latent dimensions the encoder predicts 2n numbers instead of n + n(n+1)/2, and sampling and the KL work one dimension at a time. The price: q(z|x) cannot express correlation between latent dimensions; in practice the decoder makes up for it.</li></ul>`,
};

function mount(el: HTMLElement, scope: Scope): void {
  const lang = scope.lang;
  const chart = scope.own(
    new ContourChart(find(el, '.nd-chart'), {
      width: 560,
      height: 560,
      xDomain: DOMAIN,
      yDomain: DOMAIN,
      xLabel: 'x₁',
      yLabel: 'x₂',
      margin: { left: 62, bottom: 58, right: 12, top: 10 },
      ariaLabel: scope.t({ fr: 'Loi normale en 2D : ellipses et échantillons', en: '2-D normal distribution: ellipses and samples' }),
      formatTick: (v) => formatNumber(v, lang, 0),
    }),
  );
  const e1 = randomNormalArray(N_SAMPLES, SEED);
  const e2 = randomNormalArray(N_SAMPLES, SEED + 1);
  const matrices = find(el, '.nd-matrices');
  // μ and Σ rendered once by KaTeX; a slider move only rewrites the five numbers.
  const formula = liveTex(
    matrices,
    (n) =>
      `\\boldsymbol{\\mu} = \\begin{pmatrix} ${n(0)} \\\\ ${n(1)} \\end{pmatrix} \\qquad ` +
      `\\Sigma = \\begin{pmatrix} \\sigma_1^2 & \\rho\\sigma_1\\sigma_2 \\\\ \\rho\\sigma_1\\sigma_2 & \\sigma_2^2 \\end{pmatrix} = ` +
      `\\begin{pmatrix} ${n(2)} & ${n(3)} \\\\ ${n(3)} & ${n(4)} \\end{pmatrix}`,
    { lang, digits: 2, display: true },
  );

  const draw = (): void => {
    const g = gaussian2({ mu1: m1.value, mu2: m2.value, s1: s1.value, s2: s2.value, rho: rho.value });
    const pts = transformStandard2(g, e1, e2); // x = μ + L·ε
    chart.update({
      contours: [3, 2, 1].map((k) => ({
        id: `k${k}`,
        points: sigmaEllipse(g, k),
        color: roles.p,
        fillOpacity: 0.13,
        label: `${k}σ`,
      })),
      points: { x: pts.x, y: pts.y, color: roles.q, radius: 3, opacity: 0.8 },
      mean: g.mean,
    });
    const { xx, xy, yy } = g.cov;
    formula.set([g.mean[0], g.mean[1], xx, xy, yy]);
    matrices.dataset.mean = `${g.mean[0]},${g.mean[1]}`;
    matrices.dataset.cov = `${xx},${xy},${xy},${yy}`;
  };

  const sliders = find(el, '.nd-sliders');
  const row = (spec: ParamSpec, texLabel: string, aria: { fr: string; en: string }, color?: string) =>
    sliderRow(sliders, scope, { spec, label: { fr: tex(texLabel), en: tex(texLabel) }, ariaLabel: aria, digits: 2, color, onInput: draw });
  const m1 = row(MU1, '\\mu_1', { fr: 'moyenne μ₁', en: 'mean μ₁' });
  const m2 = row(MU2, '\\mu_2', { fr: 'moyenne μ₂', en: 'mean μ₂' });
  const s1 = row(S1, '\\sigma_1', { fr: 'écart-type σ₁', en: 'standard deviation σ₁' });
  const s2 = row(S2, '\\sigma_2', { fr: 'écart-type σ₂', en: 'standard deviation σ₂' });
  const rho = row(RHO, '\\rho', { fr: 'corrélation ρ', en: 'correlation ρ' }, roles.q);
  scope.listen(find<HTMLButtonElement>(el, '.nd-diag'), 'click', () => rho.set(0));
  draw();
}

/** Slide: the n-D normal distribution — 2-D contours and samples with live μ and Σ, and why the VAE uses a diagonal Σ. */
const gaussianNd: SlideContent = {
  body: byLanguage(body),
  notes,
  params: [MU1, MU2, S1, S2, RHO],
  mount,
};

export default gaussianNd;
