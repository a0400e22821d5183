import type { Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import './theoryExtra.css';

/** The 2-D bell drawn as contour lines: Σ with σ₁ = 1.5, σ₂ = 0.8, ρ = 0.6, ellipses at 1σ, 2σ and 3σ (static SVG). */
const BELL = { s1: 1.5, s2: 0.8, rho: 0.6 };

/** Axes and the 1σ/2σ/3σ ellipses of BELL (eigenvectors of Σ give the tilt, √eigenvalues the half-axes). */
function contourSvg(label: string): string {
  const a = BELL.s1 ** 2, c = BELL.s2 ** 2, b = BELL.rho * BELL.s1 * BELL.s2;
  const mid = (a + c) / 2, half = Math.sqrt(((a - c) / 2) ** 2 + b * b);
  const [r1, r2] = [Math.sqrt(mid + half), Math.sqrt(mid - half)];
  const angle = (0.5 * Math.atan2(2 * b, a - c) * 180) / Math.PI;
  const unit = 20; // px per unit: ±5 units fit the 200 px plot
  const ellipses = [1, 2, 3].map((k) =>
    `<ellipse cx="0" cy="0" rx="${(k * r1 * unit).toFixed(1)}" ry="${(k * r2 * unit).toFixed(1)}" transform="rotate(${(-angle).toFixed(1)})" opacity="${(1.15 - 0.25 * k).toFixed(2)}"/>`,
  ).join('');
  return `<svg class="dens-contours" viewBox="-130 -105 260 210" width="260" height="210" role="img" aria-label="${label}">
  <g class="dens-axes"><line x1="-120" y1="0" x2="120" y2="0"/><line x1="0" y1="100" x2="0" y2="-100"/></g>
  <text x="112" y="22" class="dens-axis-label">x₁</text><text x="8" y="-84" class="dens-axis-label">x₂</text>
  <g class="dens-levels">${ellipses}</g>
  <path class="dens-mu" d="M-7,-7L7,7M-7,7L7,-7"/>
</svg>`;
}

function body(lang: Lang): string {
  const t = pick(lang);
  const full = tex(
    'p(\\mathbf{x}) = \\frac{1}{\\sqrt{(2\\pi)^n\\,|\\Sigma|}}\\; \\exp\\!\\Big(-\\tfrac{1}{2}\\,(\\mathbf{x}-\\boldsymbol{\\mu})^{\\top}\\,\\Sigma^{-1}\\,(\\mathbf{x}-\\boldsymbol{\\mu})\\Big)',
    true,
  );
  const diag = tex(
    '\\Sigma = \\begin{pmatrix} \\sigma_1^2 & & \\\\ & \\ddots & \\\\ & & \\sigma_n^2 \\end{pmatrix} \\;\\Rightarrow\\; |\\Sigma| = \\prod_j \\sigma_j^2,\\quad \\Sigma^{-1} = \\mathrm{diag}\\!\\Big(\\frac{1}{\\sigma_j^2}\\Big)',
    true,
  );
  const product = tex('p(\\mathbf{x}) = \\prod_{j=1}^{n} \\frac{1}{\\sqrt{2\\pi\\sigma_j^2}}\\, \\exp\\!\\Big(-\\frac{(x_j-\\mu_j)^2}{2\\sigma_j^2}\\Big)', true);
  return `<p class="lead">${
    t({
      fr: 'La même cloche qu’en 1D\u00a0: un facteur qui fixe la hauteur, une exponentielle qui décroît avec l’éloignement au centre.',
      en: 'The same bell as in 1-D: a factor that sets the height, an exponential that falls with the distance to the centre.',
    })
  }</p>
<p class="dens-def">${t({
    fr: `Le centre est un vecteur ${tex('\\boldsymbol{\\mu} = (\\mu_1, \\dots, \\mu_n)')}\u00a0; l’étalement, une matrice de covariance ${tex('\\Sigma')}\u00a0: les variances ${tex('\\sigma_j^2')} sur la diagonale, les covariances ${tex('\\rho\\,\\sigma_i \\sigma_j')} ailleurs.`,
    en: `The centre is a vector ${tex('\\boldsymbol{\\mu} = (\\mu_1, \\dots, \\mu_n)')}; the spread, a covariance matrix ${tex('\\Sigma')}: the variances ${tex('\\sigma_j^2')} on the diagonal, the covariances ${tex('\\rho\\,\\sigma_i \\sigma_j')} elsewhere.`,
  })}</p>
<div class="formula dens-full">${full}</div>
<div class="cols dens-cols">
  <div class="box">
    <p>${t({ fr: `${tex('\\Sigma^{-1}')} (l’inverse)\u00a0: mesure l’écart ${tex('\\mathbf{x}-\\boldsymbol{\\mu}')} <strong>en unités d’étalement</strong>, direction par direction. En 1D, c’est ${tex('(x-\\mu)^2/\\sigma^2')}.`, en: `${tex('\\Sigma^{-1}')} (the inverse): measures the gap ${tex('\\mathbf{x}-\\boldsymbol{\\mu}')} <strong>in units of spread</strong>, direction by direction. In 1-D it is ${tex('(x-\\mu)^2/\\sigma^2')}.` })}</p>
    <p>${t({ fr: `${tex('|\\Sigma|')} (le déterminant)\u00a0: le <strong>volume</strong> du nuage (au carré). Plus le nuage est large, plus la cloche est basse\u00a0: l’aire totale reste 1.`, en: `${tex('|\\Sigma|')} (the determinant): the <strong>volume</strong> of the cloud (squared). The wider the cloud, the lower the bell: the total stays 1.` })}</p>
    <div class="dens-bell">${contourSvg(t({ fr: 'courbes de niveau d’une cloche en 2D', en: 'contour lines of a 2-D bell' }))}
      <p class="dens-bell-caption">${t({
        fr: `Une cloche en 2D vue de dessus <span style="white-space: nowrap">(${tex('\\sigma_1 = 1{,}5')},</span> ${tex('\\sigma_2 = 0{,}8')}, <span style="white-space: nowrap">${tex('\\rho = 0{,}6')})\u00a0:</span> courbes de niveau à 1σ, 2σ, 3σ autour de ${tex('\\boldsymbol{\\mu}')} (la croix).`,
        en: `A 2-D bell seen from above <span style="white-space: nowrap">(${tex('\\sigma_1 = 1.5')},</span> ${tex('\\sigma_2 = 0.8')}, <span style="white-space: nowrap">${tex('\\rho = 0.6')}):</span> contour lines at 1σ, 2σ, 3σ around ${tex('\\boldsymbol{\\mu}')} (the cross).`,
      })}</p></div>
  </div>
  <div class="box ok fragment" data-fragment-index="1">
    <p>${t({ fr: '<strong>Dans le VAE</strong>, Σ est diagonale\u00a0:', en: '<strong>In the VAE</strong>, Σ is diagonal:' })}</p>
    ${diag}
    <div class="fragment" data-fragment-index="2">
      <p>${t({ fr: 'donc la densité est un <strong>produit de cloches 1D</strong>\u00a0:', en: 'so the density is a <strong>product of 1-D bells</strong>:' })}</p>
      ${product}
    </div>
  </div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : à quoi ressemble la formule en n dimensions ?</strong> Des mots à la formule, puis (diapositive suivante) au geste.</p>
<ul><li><strong>Les ingrédients</strong> (ligne du haut) : le centre devient un vecteur μ ; l’étalement, une matrice de covariance Σ (variances σⱼ² sur la diagonale, covariances ρσᵢσⱼ ailleurs). C’est la <em>variance</em> σ² qui devient Σ.</li>
<li><strong>La même cloche qu’en 1D :</strong> (x−μ)²/σ² devient (x−μ)ᵀΣ⁻¹(x−μ), et σ² sous la racine devient le déterminant |Σ| (avec (2π)ⁿ pour n dimensions).</li>
<li><strong>Σ⁻¹</strong> « divise par la variance » dans chaque direction : un écart de 2 compte peu là où le nuage est large, beaucoup là où il est étroit (distance de Mahalanobis).</li>
<li><strong>|Σ|</strong> mesure le volume du nuage (en 2D, l’ellipse à 1σ a pour aire π√|Σ|) : nuage plus large, sommet plus bas, car l’aire totale reste 1.</li>
<li><strong>La figure</strong> (encadré de gauche) : une cloche 2D vue de dessus ; les courbes de niveau sont des ellipses penchées parce que ρ = 0,6.</li></ul>
<p><strong>Avancer (deux étapes).</strong> 1) Dans le VAE, Σ est diagonale : |Σ| = produit des variances, Σ⁻¹ = diagonale des 1/σⱼ². 2) La densité devient un produit de n cloches 1D : les dimensions latentes sont indépendantes. L’encodeur sort seulement μⱼ et log σⱼ² par dimension, sans matrice à inverser.</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: what does the formula look like in n dimensions?</strong> From words to the formula, then (next slide) to the hands.</p>
<ul><li><strong>The ingredients</strong> (top line): the centre becomes a vector μ; the spread, a covariance matrix Σ (variances σⱼ² on the diagonal, covariances ρσᵢσⱼ elsewhere). It is the <em>variance</em> σ² that becomes Σ.</li>
<li><strong>The same bell as in 1-D:</strong> (x−μ)²/σ² becomes (x−μ)ᵀΣ⁻¹(x−μ), and σ² under the root becomes the determinant |Σ| (with (2π)ⁿ for n dimensions).</li>
<li><strong>Σ⁻¹</strong> “divides by the variance” in each direction: a gap of 2 counts little where the cloud is wide, a lot where it is narrow (Mahalanobis distance).</li>
<li><strong>|Σ|</strong> measures the cloud’s volume (in 2-D the 1σ ellipse has area π√|Σ|): a wider cloud has a lower peak, since the total area stays 1.</li>
<li><strong>The figure</strong> (left box): a 2-D bell seen from above; the contour lines are tilted ellipses because ρ = 0.6.</li></ul>
<p><strong>Advance (two steps).</strong> 1) In the VAE, Σ is diagonal: |Σ| = product of the variances, Σ⁻¹ = diagonal of the 1/σⱼ². 2) The density becomes a product of n 1-D bells: the latent dimensions are independent. The encoder outputs only μⱼ and log σⱼ² per dimension, with no matrix to invert.</p>`,
};

/** Slide: the n-D normal density written out, what |Σ| and Σ⁻¹ mean, and the diagonal case the VAE uses (revealed in two steps). */
const gaussianNdDensity: SlideContent = {
  body: byLanguage(body),
  notes,
};

export default gaussianNdDensity;
