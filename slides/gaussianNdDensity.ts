import type { Slide } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import './theoryExtra.css';

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
<div class="formula dens-full">${full}</div>
<div class="cols dens-cols">
  <div class="box">
    <p>${t({ fr: `${tex('\\Sigma^{-1}')} (l’inverse)\u00a0: mesure l’écart ${tex('\\mathbf{x}-\\boldsymbol{\\mu}')} <strong>en unités d’étalement</strong>, direction par direction. En 1D, c’est ${tex('(x-\\mu)^2/\\sigma^2')}.`, en: `${tex('\\Sigma^{-1}')} (the inverse): measures the gap ${tex('\\mathbf{x}-\\boldsymbol{\\mu}')} <strong>in units of spread</strong>, direction by direction. In 1-D it is ${tex('(x-\\mu)^2/\\sigma^2')}.` })}</p>
    <p>${t({ fr: `${tex('|\\Sigma|')} (le déterminant)\u00a0: le <strong>volume</strong> du nuage (au carré). Plus le nuage est large, plus la cloche est basse\u00a0: l’aire totale reste 1.`, en: `${tex('|\\Sigma|')} (the determinant): the <strong>volume</strong> of the cloud (squared). The wider the cloud, the lower the bell: the total stays 1.` })}</p>
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
  fr: `<p><strong>Question : à quoi ressemble la formule en n dimensions ?</strong> Commencer par les mots (la phrase en haut) : c’est la même cloche qu’en 1D. En 1D, p(x) = 1/√(2πσ²) · exp(−(x−μ)²/(2σ²)). En n dimensions, on remplace le nombre σ² par la matrice Σ : (x−μ)²/σ² devient (x−μ)ᵀΣ⁻¹(x−μ), et σ² sous la racine devient le déterminant |Σ| (avec (2π)ⁿ car il y a n dimensions).</p>
<p><strong>Que veulent dire Σ⁻¹ et |Σ| ?</strong> Σ⁻¹ « divise par la variance » dans chaque direction : un écart de 2 dans une direction où le nuage est très étalé compte peu, le même écart dans une direction étroite compte beaucoup (c’est la distance de Mahalanobis). |Σ| mesure le volume du nuage : en 2D, l’ellipse à 1σ a pour aire π√|Σ|. Comme l’aire totale sous la densité vaut toujours 1, un nuage plus large a un sommet plus bas : c’est le rôle de √|Σ| au dénominateur.</p>
<p><strong>Avancer (deux étapes).</strong> 1) Le cas du VAE : Σ diagonale, donc |Σ| est le produit des variances et Σ⁻¹ la diagonale des 1/σⱼ². 2) La densité devient un produit de n lois normales 1D : chaque dimension latente est indépendante des autres. C’est ce qui rend le VAE bon marché : l’encodeur sort seulement μⱼ et log σⱼ² pour chaque dimension, sans inverser de matrice. La diapositive suivante permet de le voir en bougeant ρ.</p>`,
  en: `<p><strong>Question: what does the formula look like in n dimensions?</strong> Start with the words (the sentence at the top): it is the same bell as in 1-D. In 1-D, p(x) = 1/√(2πσ²) · exp(−(x−μ)²/(2σ²)). In n dimensions the number σ² is replaced by the matrix Σ: (x−μ)²/σ² becomes (x−μ)ᵀΣ⁻¹(x−μ), and σ² under the root becomes the determinant |Σ| (with (2π)ⁿ because there are n dimensions).</p>
<p><strong>What do Σ⁻¹ and |Σ| mean?</strong> Σ⁻¹ “divides by the variance” in each direction: a gap of 2 along a direction where the cloud is wide counts little, the same gap along a narrow direction counts a lot (this is the Mahalanobis distance). |Σ| measures the volume of the cloud: in 2-D the 1σ ellipse has area π√|Σ|. Since the total area under the density is always 1, a wider cloud has a lower peak: that is the job of √|Σ| in the denominator.</p>
<p><strong>Advance (two steps).</strong> 1) The VAE’s case: Σ is diagonal, so |Σ| is the product of the variances and Σ⁻¹ the diagonal of the 1/σⱼ². 2) The density becomes a product of n 1-D normals: each latent dimension is independent of the others. This is what makes the VAE cheap: the encoder outputs only μⱼ and log σⱼ² per dimension, with no matrix to invert. The next slide shows it by moving ρ.</p>`,
};

/** Slide: the n-D normal density written out, what |Σ| and Σ⁻¹ mean, and the diagonal case the VAE uses (revealed in two steps). */
const gaussianNdDensity: Slide = {
  id: 'gaussian-nd-density',
  section: sections.normalKl,
  title: { fr: 'La densité en n dimensions', en: 'The density in n dimensions' },
  body: byLanguage(body),
  notes,
};

export default gaussianNdDensity;
