import type { Slide, SlideContent } from '../src/deck/types.ts';
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
      <li>${tex('p = 1')} → 0\u00a0nat${semi} ${tex('p = \\tfrac12')} → ${t({ fr: '0,69\u00a0nat (1\u00a0bit)', en: '0.69\u00a0nat (1\u00a0bit)' })}${semi} ${t({ fr: tex('p = 0{,}1'), en: tex('p = 0.1') })} → ${t({ fr: '2,3\u00a0nats', en: '2.3\u00a0nats' })}</li>
      <li>${t({ fr: 'Une image = 784 pixels\u00a0: on additionne. Répondre «\u00a0½\u00a0» partout coûte 784 · ln 2 ≈ 543\u00a0nats par image.', en: 'An image = 784 pixels: add them up. Answering “½” everywhere costs 784 · ln 2 ≈ 543\u00a0nats per image.' })}</li>
    </ul>
  </div>
  <div class="box ok">
    <h3>${t({ fr: 'La −ELBO, la perte du VAE', en: 'The −ELBO, the VAE’s loss' })}</h3>
    <p>${t({ fr: 'Une perte en nats par image, faite de deux morceaux\u00a0:', en: 'A loss in nats per image, made of two pieces:' })}</p>
    <ol class="en-terms">
      <li>${t({ fr: '<strong>reconstruction</strong>\u00a0: la surprise des pixels quand le décodeur redessine l’image à partir de son code\u00a0;', en: '<strong>reconstruction</strong>: the pixels’ surprise when the decoder redraws the image from its code;' })}</li>
      <li>${t({ fr: '<strong>écart du code</strong>\u00a0: combien les codes que l’encodeur propose s’écartent de la loi normale 𝒩(0, I), mesuré par la KL (diapositive précédente).', en: '<strong>code’s gap</strong>: how far the codes the encoder proposes stray from the normal distribution 𝒩(0, I), measured by the KL (previous slide).' })}</li>
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
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : que veulent dire « nats » et « −ELBO » sur les écrans de la partie pratique ?</strong> On les définit une fois, avec des mots, maintenant que la KL est connue.</p>
<ul><li><strong>Surprise et nat :</strong> la surprise d’un événement auquel le modèle donnait la probabilité p vaut −ln p ; avec le logarithme népérien, l’unité est le nat (1 bit = ln 2 ≈ 0,69 nat). p = 1 → 0 nat ; p = 0,1 → 2,3 nats.</li>
<li><strong>Sur une image,</strong> on additionne la surprise des 784 pixels. Repère : répondre ½ partout coûte 784 × ln 2 ≈ 543 nats ; un VAE entraîné fait bien mieux (la diapositive d’entraînement l’affiche).</li>
<li><strong>La −ELBO,</strong> en mots (encadré de droite) : la perte du VAE, en nats par image = reconstruction + KL(q(z|x) ‖ 𝒩(0, I)). Plus basse = mieux.</li>
<li><strong>→ fait apparaître la formule,</strong> avec le sens de chaque symbole dessous. ELBO = <em>Evidence Lower BOund</em> : une borne inférieure de log p(x), la log-vraisemblance de l’image (l’« évidence »). La reconstruction est une moyenne sur q(z|x) ; en pratique on l’estime avec un seul tirage de z par image.</li></ul>
<p><strong>Nuance honnête.</strong> Nos pixels sont des gris entre 0 et 1, pas des 0/1 : l’entropie croisée reste une bonne perte mais n’est plus une log-vraisemblance normalisée. La borne n’est exacte que pour des pixels binaires (la ligne sous la formule le dit) : ces nats servent à comparer des modèles, pas à donner une probabilité exacte.</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: what do “nats” and “−ELBO” mean on the hands-on screens?</strong> We define them once, in words, now that the KL is known.</p>
<ul><li><strong>Surprise and nat:</strong> the surprise of an event the model gave probability p is −ln p; with the natural log the unit is the nat (1 bit = ln 2 ≈ 0.69 nat). p = 1 → 0 nats; p = 0.1 → 2.3 nats.</li>
<li><strong>On an image,</strong> we add up the surprise of the 784 pixels. Landmark: answering ½ everywhere costs 784 × ln 2 ≈ 543 nats; a trained VAE does much better (the training slide shows it).</li>
<li><strong>The −ELBO,</strong> in words (right-hand box): the VAE’s loss, in nats per image = reconstruction + KL(q(z|x) ‖ 𝒩(0, I)). Lower is better.</li>
<li><strong>→ reveals the formula,</strong> with the meaning of each symbol under it. ELBO = <em>Evidence Lower BOund</em>: a lower bound on log p(x), the image’s log-likelihood (the “evidence”). The reconstruction is an average over q(z|x); in practice it is estimated with a single draw of z per image.</li></ul>
<p><strong>An honest nuance.</strong> Our pixels are greys between 0 and 1, not 0/1: the cross-entropy is still a good loss but no longer a normalised log-likelihood. The bound is exact only for binary pixels (the line under the formula says so): these nats compare models, they do not give an exact probability.</p>`,
};

/** Slide: nats (units of surprise) and the −ELBO (the VAE's loss) defined once in plain words, after the KL it uses and before the training screens that print them. */
const elboNats: SlideContent = {
  body: byLanguage(body),
  notes,
};

export default elboNats;
