import type { Slide } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import './theoryExtra.css';

function body(lang: Lang): string {
  const t = pick(lang);
  const elbo = tex(
    '-\\mathrm{ELBO}(x) = \\underbrace{\\mathbb{E}_{q(z|x)}\\big[-\\log p(x|z)\\big]}_{\\textstyle\\text{' + t({ fr: 'reconstruction', en: 'reconstruction' }) +
      '}} + \\underbrace{\\mathrm{KL}\\big(q(z|x)\\,\\|\\,\\mathcal{N}(0, I)\\big)}_{\\textstyle\\text{' + t({ fr: 'écart du code', en: 'code’s gap' }) + '}} \\;\\geq\\; -\\log p(x)',
    true,
  );
  const semi = t({ fr: '\u00a0;', en: ';' });
  const sym = (symbol: string, words: Localized): string => `<span class="en-sym">${tex(symbol)}${t({ fr: '\u00a0:', en: ':' })} ${t(words)}</span>`;
  // Plain words first (two boxes), then the formula as a step-by-step reveal, with every symbol it uses named under it.
  return `<p class="lead">${t({ fr: 'Deux mots qui reviendront sur les écrans\u00a0: les <strong>nats</strong> et la <strong>−ELBO</strong>.', en: 'Two words that will come back on screen: <strong>nats</strong> and the <strong>−ELBO</strong>.' })}</p>
<div class="cols en-cols">
  <div class="box">
    <h3>${t({ fr: 'Le nat, une unité de surprise', en: 'The nat, a unit of surprise' })}</h3>
    <p>${t({ fr: `Si le modèle donnait la probabilité ${tex('p')} à ce qui est arrivé, sa surprise vaut ${tex('-\\ln p')} nats.`, en: `If the model gave probability ${tex('p')} to what happened, its surprise is ${tex('-\\ln p')} nats.` })}</p>
    <ul>
      <li>${tex('p = 1')} → 0 nat${semi} ${tex('p = \\tfrac12')} → ${t({ fr: '0,69 nat (1 bit)', en: '0.69 nat (1 bit)' })}${semi} ${t({ fr: tex('p = 0{,}1'), en: tex('p = 0.1') })} → ${t({ fr: '2,3 nats', en: '2.3 nats' })}</li>
      <li>${t({ fr: 'Une image = 784 pixels\u00a0: on additionne. Répondre «\u00a0½\u00a0» partout coûte 784 · ln 2 ≈ 543 nats par image.', en: 'An image = 784 pixels: add them up. Answering “½” everywhere costs 784 · ln 2 ≈ 543 nats per image.' })}</li>
    </ul>
  </div>
  <div class="box ok">
    <h3>${t({ fr: 'La −ELBO, la perte du VAE', en: 'The −ELBO, the VAE’s loss' })}</h3>
    <p>${t({ fr: 'Une perte en nats par image, faite de deux morceaux\u00a0:', en: 'A loss in nats per image, made of two pieces:' })}</p>
    <ol class="en-terms">
      <li>${t({ fr: '<strong>reconstruction</strong>\u00a0: la surprise des pixels quand le décodeur redessine l’image à partir de son code\u00a0;', en: '<strong>reconstruction</strong>: the pixels’ surprise when the decoder redraws the image from its code;' })}</li>
      <li>${t({ fr: '<strong>écart du code</strong>\u00a0: combien les codes que l’encodeur propose s’écartent de la loi normale 𝒩(0, I), mesuré par la KL (on y revient).', en: '<strong>code’s gap</strong>: how far the codes the encoder proposes stray from the normal distribution 𝒩(0, I), measured by the KL (coming later).' })}</li>
    </ol>
    <p>${t({ fr: `Plus elle est basse, mieux le modèle explique l’image. Son nom\u00a0: l’opposé de l’<em>Evidence Lower BOund</em>, une borne inférieure de ${tex('\\log p(x)')}, où ${tex('p(x)')} est la probabilité de l’image selon le modèle.`, en: `The lower, the better the model explains the image. Its name: the opposite of the <em>Evidence Lower BOund</em>, a lower bound on ${tex('\\log p(x)')}, where ${tex('p(x)')} is the model’s probability of the image.` })}</p>
  </div>
</div>
<div class="fragment">
  <div class="formula">${elbo}</div>
  <p class="en-legend">${[
    sym('x', { fr: 'l’image', en: 'the image' }),
    sym('z', { fr: 'son code', en: 'its code' }),
    sym('q(z|x)', { fr: 'la loi des codes que l’encodeur propose pour x', en: 'the distribution of codes the encoder proposes for x' }),
    sym('p(x|z)', { fr: 'la probabilité que le décodeur, partant de z, donne à x', en: 'the probability the decoder, starting from z, gives x' }),
    sym('\\mathbb{E}_{q(z|x)}', { fr: 'moyenne sur ces codes', en: 'average over those codes' }),
    sym('\\log', { fr: 'logarithme népérien (ln), d’où des nats', en: 'natural log (ln), hence nats' }),
  ].join(' · ')}</p>
  <p class="en-caveat">${t({ fr: 'Borne exacte pour des pixels binaires\u00a0; ici, pixels gris\u00a0: une perte de même forme.', en: 'An exact bound for binary pixels; here, grey pixels: a loss of the same form.' })}</p>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>Question : que veulent dire « nats » et « −ELBO » sur les écrans qui suivent ?</strong> On les définit une fois, avec des mots. Une <strong>surprise</strong> mesure à quel point un événement était inattendu pour le modèle : −ln p, où p est la probabilité qu’il lui donnait. Avec le logarithme népérien, l’unité s’appelle le <strong>nat</strong> (avec le logarithme en base 2, ce serait le bit : 1 bit = ln 2 ≈ 0,69 nat). Un événement certain (p = 1) ne surprend pas (0 nat) ; un événement auquel on donnait 10 % coûte 2,3 nats.</p>
<p><strong>Sur une image</strong>, le décodeur donne pour chaque pixel une probabilité d’être allumé ; on additionne la surprise des 784 pixels. Repère utile : un modèle qui ne sait rien et répond ½ partout paie 784 × ln 2 ≈ 543 nats par image ; un VAE entraîné fait beaucoup mieux (la diapositive d’entraînement affiche sa valeur). Nuance honnête : nos pixels sont des gris entre 0 et 1, pas des 0/1 ; l’entropie croisée reste une bonne perte, mais n’est plus exactement une log-vraisemblance normalisée, donc ces nats sont une mesure relative (pour comparer des modèles), pas une probabilité exacte.</p>
<p><strong>La −ELBO</strong>, d’abord en mots (encadré de droite), puis la formule (→ pour la faire apparaître, avec sous elle le sens de chaque symbole) (Evidence Lower BOund : borne inférieure de la log-vraisemblance marginale log p(x), en anglais <em>evidence</em>) est la perte du VAE : reconstruction (surprise moyenne des pixels quand on décode un z tiré de q(z|x) ; en pratique un seul tirage par image) plus la KL entre q(z|x) et 𝒩(0, I), que l’on verra dans la partie sur la loi normale. Elle majore −log p(x) exactement pour des pixels binaires ; nos pixels sont gris, c’est alors une perte de même forme (la ligne sous la formule le dit) : en la faisant baisser, on pousse le modèle à bien expliquer les données.</p>`,
  en: `<p><strong>Question: what do “nats” and “−ELBO” mean on the screens that follow?</strong> We define them once, in words. A <strong>surprise</strong> measures how unexpected an event was for the model: −ln p, where p is the probability it gave it. With the natural logarithm the unit is called the <strong>nat</strong> (with base-2 logs it would be the bit: 1 bit = ln 2 ≈ 0.69 nat). A certain event (p = 1) surprises nobody (0 nats); an event given 10% costs 2.3 nats.</p>
<p><strong>On an image</strong>, the decoder gives each pixel a probability of being on; we add up the surprise of the 784 pixels. A useful landmark: a model that knows nothing and answers ½ everywhere pays 784 × ln 2 ≈ 543 nats per image; a trained VAE does much better (the training slide shows its value). An honest nuance: our pixels are greys between 0 and 1, not 0/1; the cross-entropy is still a good loss but no longer exactly a normalised log-likelihood, so these nats are a relative measure (to compare models), not an exact probability.</p>
<p><strong>The −ELBO</strong>, first in words (right-hand box), then the formula (→ to reveal it, with the meaning of each symbol under it) (Evidence Lower BOund: a lower bound on the marginal log-likelihood log p(x), the “evidence”) is the VAE’s loss: reconstruction (the average surprise of the pixels when decoding a z drawn from q(z|x); in practice one draw per image) plus the KL between q(z|x) and 𝒩(0, I), which we will see in the part on the normal distribution. It bounds −log p(x) from above exactly for binary pixels; our pixels are grey, so it is then a loss of the same form (the line under the formula says so): pushing it down pushes the model to explain the data well.</p>`,
};

/** Slide: nats (units of surprise) and the −ELBO (the VAE's loss) defined once in plain words, before the first screen that prints them. */
const elboNats: Slide = {
  id: 'elbo-nats',
  section: sections.aeVae,
  title: { fr: 'Vocabulaire\u00a0: nats et ELBO', en: 'Vocabulary: nats and ELBO' },
  body: byLanguage(body),
  notes,
};

export default elboNats;
