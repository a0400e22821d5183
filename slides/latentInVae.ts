import type { ParamSpec, Scope, Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { context2d, DIGIT_PIXELS, DigitGrid, drawDigit } from '../src/charts/digitGrid.ts';
import { LatentScatter } from '../src/charts/latentScatter.ts';
import { roles } from '../src/charts/palette.ts';
import { firstOfEachDigit, type MnistSet } from '../src/data/mnist.ts';
import { randomNormalArray } from '../src/math/random.ts';
import { reparameterize } from '../src/math/vae.ts';
import { loadForSlide } from '../src/widgets/modelStatus.ts';
import { setShownValue } from '../src/widgets/shownValue.ts';
import './latentSlides.css';
import { showDatasetNote } from '../src/widgets/datasetNote.ts';

const DIGIT: ParamSpec = { name: 'lvDigit', min: 0, max: 9, default: 3, step: 1 };
/** Samples of z drawn per click. */
const DRAWS = 6;
/** Seed of the first draw of ε (print shows this one). */
const SEED = 4242;
/**
 * The held-out image shown for each digit (indices into the 1,000 held-out digits, 100 per class). Chosen with the
 * real pretrained VAE so the six decoded draws look like the digit picked: the first 4 and the first 7 of the set sit
 * inside the 9 group of this 2-D latent space and decode as 9s, so the strip shows the next ones that teach better.
 */
const EXAMPLES = [0, 100, 200, 300, 403, 500, 600, 701, 800, 900];

/** The example index of each digit, falling back to the first image of that digit if the set differs. */
export function examplesOf(set: MnistSet): number[] {
  const firsts = firstOfEachDigit(set);
  return EXAMPLES.map((i, d) => (i < set.count && set.labels[i] === d ? i : firsts[d]));
}

function body(lang: Lang): string {
  const t = pick(lang);
  return `<div class="lv-layout">
  <div class="lv-text">
    <p>${t({ fr: 'L’encodeur ne donne pas un point mais une <strong>loi normale</strong> par image :', en: 'The encoder gives not a point but a <strong>normal distribution</strong> per image:' })}</p>
    <div class="formula">${tex('q(z \\mid x) = \\mathcal{N}\\big(\\mu(x),\\, \\operatorname{diag} \\sigma^2(x)\\big)', true)}</div>
    <p>${t({ fr: 'La loi <strong><i>a priori</i></strong>, visée pour l’ensemble des codes :', en: 'The <strong>prior</strong>, the target for all codes together:' })}</p>
    <div class="formula">${tex('p(z) = \\mathcal{N}(0, I)', true)}</div>
    <p>${t({ fr: 'On tire <i>z</i> par <strong>reparamétrisation</strong> :', en: 'We draw <i>z</i> by <strong>reparameterisation</strong>:' })}</p>
    <div class="formula">${tex('z = \\mu + \\sigma \\odot \\varepsilon, \\qquad \\varepsilon \\sim \\mathcal{N}(0, I)', true)}</div>
    <p class="small lv-odot">${t({ fr: `${tex('\\odot')} : produit terme à terme, ${tex('z_j = \\mu_j + \\sigma_j\\,\\varepsilon_j')}`, en: `${tex('\\odot')}: element-wise product, ${tex('z_j = \\mu_j + \\sigma_j\\,\\varepsilon_j')}` })}</p>
    <table class="lv-values">
      <tr><th>${tex('\\mu')}</th><td>≈ (<span class="shown-value lv-mu1" data-value=""></span>${t({ fr: '\u202f; ', en: ', ' })}<span class="shown-value lv-mu2" data-value=""></span>)</td></tr>
      <tr><th>${tex('\\sigma')}</th><td>≈ (<span class="shown-value lv-s1" data-value=""></span>${t({ fr: '\u202f; ', en: ', ' })}<span class="shown-value lv-s2" data-value=""></span>)</td></tr>
    </table>
    <p class="box lv-takeaway">${
      t({
        fr: 'σ est petit : chaque image garde un code précis. C’est l’ensemble des images qui remplit 𝒩(0, I).',
        en: 'σ is small: each image keeps a precise code. It is all the images together that fill 𝒩(0, I).',
      })
    }</p>
  </div>
  <div class="lv-live">
    <div class="lv-strip" role="group" aria-label="${t({ fr: 'choisir une image de test', en: 'pick a test image' })}"></div>
    <div class="lv-planes">
      <figure><figcaption>${t({ fr: 'Vue d’ensemble', en: 'Overview' })}</figcaption><div class="lv-plane"></div></figure>
      <figure><figcaption>${t({ fr: 'Zoom autour de', en: 'Zoom around' })} ${tex('\\mu')} (×<span class="shown-value lv-zoom" data-value=""></span>)</figcaption><div class="lv-zoomed"></div></figure>
    </div>
    <div class="lv-draws">
      <button type="button" class="primary lv-draw">${t({ fr: 'Tirer ε à nouveau', en: 'Draw ε again' })}</button>
      <div class="lv-samples"></div>
    </div>
  </div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 3 min.</strong> <strong>Question : que sont l’espace latent et le vecteur latent dans un VAE ?</strong> L’espace latent est toujours l’espace des codes, mais l’encodeur ne renvoie plus un point : pour chaque image x, une moyenne μ(x) et un écart-type σ(x) par dimension, c’est-à-dire une loi normale q(z|x) de covariance diagonale. Le vecteur latent z est un <em>tirage</em> dans cette loi ; toutes images confondues, on veut que les codes suivent l’a priori p(z) = 𝒩(0, I).</p>
<ul><li><strong>Reparamétrisation :</strong> on tire ε ~ 𝒩(0, I), puis z = μ + σ ⊙ ε, où ⊙ est le produit terme à terme (z_j = μ_j + σ_j·ε_j, la ligne sous la formule le dit). Le hasard est isolé dans ε : μ et σ restent des sorties du réseau, et le gradient passe à travers elles.</li>
<li><strong>Ce que la classe voit (le 3 par défaut) :</strong> à gauche, μ (point noir) parmi les codes des 1 000 images de test, avec les cercles 1σ et 2σ de l’a priori. μ ≈ (0,21 ; −0,14) et σ ≈ (0,022 ; 0,014) : le nuage q(z|x) est environ 50 fois plus étroit que l’a priori, d’où le zoom de droite, avec l’ellipse μ ± 2σ et six tirages (disques marqués d’une croix). En bas, leurs décodages : six 3 presque identiques.</li>
<li><strong>À faire :</strong> « Tirer ε à nouveau » (toujours des 3), puis choisir d’autres chiffres dans la bande du haut : chaque exemple a été choisi pour que ses tirages ressemblent au chiffre cliqué.</li></ul>
<p><strong>À savoir :</strong> avec 2 dimensions latentes, certains 4 et 7 (les premiers du jeu de test, par exemple) tombent dans le groupe des 9 et se décodent en 9 : une limite d’un espace latent aussi petit, pas un bogue.</p>
<p><strong>Question probable :</strong> « Pourquoi σ est-il si petit alors que l’a priori a σ = 1 ? » Chaque image doit rester reconnaissable, donc son nuage est étroit ; c’est l’ensemble des nuages qui remplit 𝒩(0, I). Le terme KL empêche σ de tomber à 0.</p>`,
  en: `<p><strong>≈ 3 min.</strong> <strong>Question: what are the latent space and the latent vector in a VAE?</strong> The latent space is still the space of codes, but the encoder no longer returns a point: for each image x, a mean μ(x) and a standard deviation σ(x) per dimension, that is a normal distribution q(z|x) with diagonal covariance. The latent vector z is a <em>draw</em> from it; over all images, we want the codes to follow the prior p(z) = 𝒩(0, I).</p>
<ul><li><strong>Reparameterisation:</strong> draw ε ~ 𝒩(0, I), then z = μ + σ ⊙ ε, where ⊙ is the element-wise product (z_j = μ_j + σ_j·ε_j, the line under the formula says so). The randomness sits in ε alone: μ and σ stay outputs of the network, and the gradient flows through them.</li>
<li><strong>What the class sees (the default 3):</strong> on the left, μ (black dot) among the codes of the 1,000 test images, with the prior’s 1σ and 2σ circles. μ ≈ (0.21, −0.14) and σ ≈ (0.022, 0.014): the cloud q(z|x) is about 50 times narrower than the prior, hence the zoom on the right, with the μ ± 2σ ellipse and six draws (discs marked with a cross). At the bottom, their decodings: six nearly identical 3s.</li>
<li><strong>What to do:</strong> “Draw ε again” (still 3s), then pick other digits in the strip at the top: each example was chosen so that its draws look like the digit clicked.</li></ul>
<p><strong>Good to know:</strong> with 2 latent dimensions, some 4s and 7s (the first ones of the test set, for instance) land in the 9 group and decode as 9s: a limit of such a small latent space, not a bug.</p>
<p><strong>Likely question:</strong> “Why is σ so small when the prior has σ = 1?” Each image must stay recognisable, so its cloud is narrow; it is all the clouds together that fill 𝒩(0, I). The KL term keeps σ from collapsing to 0.</p>`,
};

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  showDatasetNote(el, scope);
  const planeHost = find(el, '.lv-plane');
  const loaded = await loadForSlide(planeHost, scope, (lib) => Promise.all([lib.model('vae'), lib.heldOutCodes('vae'), lib.heldOutDigits()]));
  if (!loaded) return;
  const [model, codes, set] = loaded;
  const logVar = codes.logVar;
  if (!logVar) throw new Error('the pretrained VAE returned no log-variance');
  const firsts = examplesOf(set);
  const planeOptions = { legend: false, interactive: false };
  let zoomDigits = 2;
  const plane = scope.own(new LatentScatter(planeHost, {
    ...planeOptions, formatTick: (v: number) => formatNumber(v, scope.lang, 0), width: 330, height: 320, domain: [-4, 4], pointRadius: 2, pointOpacity: 0.3,
    ariaLabel: scope.t({ fr: 'l’image choisie dans l’espace latent', en: 'the chosen image in the latent space' }),
  }));
  plane.update({ points: codes.mean, labels: codes.labels });
  const zoomed = scope.own(new LatentScatter(find(el, '.lv-zoomed'), {
    ...planeOptions, formatTick: (v: number) => formatNumber(v, scope.lang, zoomDigits), width: 330, height: 320, domain: [-1, 1], pointRadius: 3, pointOpacity: 0.45,
    ariaLabel: scope.t({ fr: 'q(z|x) et les tirages de z, agrandis', en: 'q(z|x) and the draws of z, enlarged' }),
  }));
  zoomed.update({ points: codes.mean, labels: codes.labels });
  const grid = scope.own(new DigitGrid(find(el, '.lv-samples'), {
    cols: DRAWS, cellSize: 70, gap: 8, ariaLabel: scope.t({ fr: 'images décodées des tirages de z', en: 'decoded images of the draws of z' }),
  }));
  const zoomEl = find(el, '.lv-zoom');
  const shown = ['.lv-mu1', '.lv-mu2', '.lv-s1', '.lv-s2'].map((c) => find(el, c));
  const strip = find(el, '.lv-strip');
  const buttons = firsts.map((index, d) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'lv-pick';
    b.dataset.digit = String(d);
    b.setAttribute('aria-label', scope.t({ fr: `image de test : un ${d}`, en: `test image: a ${d}` }));
    const c = document.createElement('canvas');
    c.width = c.height = 56;
    const ctx = context2d(c);
    if (ctx && index >= 0) drawDigit(ctx, set.images, 0, 0, 56, 'paper', index * DIGIT_PIXELS);
    b.append(c);
    strip.append(b);
    return b;
  });

  let digit = Math.round(scope.param(DIGIT.name));
  let draw = 0;
  const render = async (): Promise<void> => {
    const i = firsts[digit];
    if (i < 0) return;
    const mu: [number, number] = [codes.mean[2 * i], codes.mean[2 * i + 1]];
    const sigma: [number, number] = [Math.exp(0.5 * logVar[2 * i]), Math.exp(0.5 * logVar[2 * i + 1])];
    // DRAWS codes z = μ + σ ⊙ ε of this image, each with its own ε (μ and log σ² repeated once per draw).
    const perDraw = (pair: ArrayLike<number>): number[] => Array.from({ length: 2 * DRAWS }, (_, k) => pair[k % 2]);
    const z = reparameterize(perDraw(mu), perDraw(logVar.subarray(2 * i, 2 * i + 2)), randomNormalArray(2 * DRAWS, SEED + draw));
    const images = await model.decode(z, DRAWS);
    if (scope.disposed) return;
    buttons.forEach((b, d) => {
      b.classList.toggle('selected', d === digit);
      b.setAttribute('aria-pressed', String(d === digit));
    });
    [mu[0], mu[1], sigma[0], sigma[1]].forEach((v, k) => setShownValue(shown[k], v, scope.lang, k < 2 ? 2 : 3));
    // Zoom window: μ ± 4σ (the larger σ), so the 2σ ellipse fills half of it.
    const r = Math.max(4 * Math.max(sigma[0], sigma[1]), 0.02);
    zoomDigits = Math.max(1, Math.ceil(-Math.log10(r / 2)));
    zoomed.setDomain([mu[0] - r, mu[0] + r], [mu[1] - r, mu[1] + r]);
    setShownValue(zoomEl, 4 / r, scope.lang, 0);
    plane.annotate({
      ellipses: [
        { center: [0, 0], radii: [2, 2], color: roles.muted, dashed: true, label: 'p(z)' },
        { center: [0, 0], radii: [1, 1], color: roles.muted, dashed: true },
      ],
      markers: [{ z: mu, color: roles.ink, radius: 5 }],
    });
    zoomed.annotate({
      ellipses: [
        { center: mu, radii: [2 * sigma[0], 2 * sigma[1]], color: roles.ink, label: 'μ ± 2σ' },
        { center: mu, radii: [sigma[0], sigma[1]], color: roles.ink },
      ],
      markers: [
        ...Array.from({ length: DRAWS }, (_, k) => ({ z: [z[2 * k], z[2 * k + 1]] as [number, number], color: roles.ink, radius: 8, cross: true })),
        { z: mu, color: roles.ink, radius: 5 },
      ],
    });
    grid.update(images);
  };
  buttons.forEach((b, d) =>
    scope.listen(b, 'click', () => {
      digit = scope.setParam(DIGIT.name, d);
      draw = 0;
      void render();
    }),
  );
  scope.listen(find(el, '.lv-draw'), 'click', () => {
    draw++;
    void render();
  });
  await render();
}

/** Question 4: q(z|x), the prior and the reparameterisation on the pretrained VAE, with "draw ε again". */
const latentInVae: SlideContent = {
  body: byLanguage(body),
  notes,
  params: [DIGIT],
  mount,
};

export default latentInVae;
