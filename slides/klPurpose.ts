import type { Slide } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import './theoryExtra.css';

function body(lang: Lang): string {
  const t = pick(lang);
  const def = tex(
    '\\mathrm{KL}(p \\,\\|\\, q) = \\mathbb{E}_{x \\sim p}\\big[\\underbrace{-\\log q(x)}_{\\textstyle\\text{' + t({ fr: 'surprise si on croit', en: 'surprise if we believe' }) + '}\\ q} - \\underbrace{(-\\log p(x))}_{\\textstyle\\text{' + t({ fr: 'surprise minimale', en: 'least surprise' }) + '}}\\big] \\;\\geq\\; 0',
    true,
  );
  return `<p class="lead">${
    t({
      fr: 'La KL mesure ce que coûte, en moyenne, le fait de croire à une loi <i>q</i> alors que les données suivent\u00a0<i>p</i>.',
      en: 'The KL measures what it costs, on average, to believe in a distribution <i>q</i> while the data follow\u00a0<i>p</i>.',
    })
  }</p>
<div class="cols kp-cols">
  <div>
    <div class="box"><p>${
      t({
        fr: '<strong>Analogie.</strong> Vous faites votre valise d’après la météo de Marseille (<i>q</i>), mais vous partez à Brest (<i>p</i>). Les jours de soleil, vous êtes même moins surpris qu’avec la bonne météo\u00a0; <strong>en moyenne</strong>, la pluie vous surprend bien plus. Ce surplus moyen de surprise, c’est la KL.',
        en: '<strong>Analogy.</strong> You pack your bag from the Marseille forecast (<i>q</i>), but you travel to Brest (<i>p</i>). On sunny days you are even less surprised than with the right forecast; <strong>on average</strong> the rain surprises you far more. That average surplus of surprise is the KL.',
      })
    }</p></div>
    <div class="formula">${def}</div>
    <h3>${t({ fr: 'À quoi ça sert\u00a0?', en: 'What is it for?' })}</h3>
    <ul>
      <li>${t({ fr: 'Faire ressembler une loi à une autre\u00a0: c’est une <strong>perte</strong> qu’on minimise.', en: 'Making one distribution look like another: it is a <strong>loss</strong> we minimise.' })}</li>
      <li>${t({ fr: `Dans le VAE\u00a0: ${tex('\\mathrm{KL}\\big(q(z|x)\\,\\|\\,\\mathcal{N}(0, I)\\big)')} garde chaque code près de <span class="kp-nobreak">${tex('\\mathcal{N}(0, I)')},</span> là où l’on tirera pour générer.`, en: `In the VAE: ${tex('\\mathrm{KL}\\big(q(z|x)\\,\\|\\,\\mathcal{N}(0, I)\\big)')} keeps each code close to <span class="kp-nobreak">${tex('\\mathcal{N}(0, I)')},</span> where we will draw to generate.` })}</li>
    </ul>
  </div>
  <div class="box warn fragment">
    <h3>${t({ fr: '«\u00a0Pourquoi pas une distance\u00a0?\u00a0»', en: '“Why not a distance?”' })}</h3>
    <p>${t({ fr: `Ce n’en est pas une\u00a0: ${tex('\\mathrm{KL}(p\\|q) \\neq \\mathrm{KL}(q\\|p)')} en général. Mais c’est voulu\u00a0:`, en: `It is not one: ${tex('\\mathrm{KL}(p\\|q) \\neq \\mathrm{KL}(q\\|p)')} in general. But that is on purpose:` })}</p>
    <ul>
      <li>${t({ fr: 'elle compare des <strong>probabilités</strong>, pas des paramètres\u00a0: 𝒩(0\u00a0;\u00a00,1²) et 𝒩(0,5\u00a0;\u00a00,1²) ont des moyennes proches mais ne se chevauchent presque pas (KL = 12,5)\u00a0;', en: 'it compares <strong>probabilities</strong>, not parameters: 𝒩(0; 0.1²) and 𝒩(0.5; 0.1²) have close means but hardly overlap (KL = 12.5);' })}</li>
      <li>${t({ fr: 'elle vaut 0 seulement si les deux lois sont égales, et se calcule exactement entre deux lois normales\u00a0;', en: 'it is 0 only when the two distributions are equal, and has an exact formula between two normals;' })}</li>
      <li>${t({ fr: 'elle sort des calculs\u00a0: maximiser une borne inférieure de la vraisemblance (l’objectif du VAE, on y revient) fait apparaître exactement ce terme.', en: 'it comes out of the maths: maximising a lower bound on the likelihood (the VAE’s objective, coming later) brings out exactly this term.' })}</li>
    </ul>
  </div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>Question : à quoi sert la divergence KL ?</strong> Commencer par la phrase du haut, sans formule : la KL mesure combien on perd, en moyenne, à croire à une loi q alors que la réalité suit p. L’analogie de la météo : une surprise, c’est −log de la probabilité qu’on donnait à ce qui arrive. Avec la météo de Marseille à Brest, les jours de soleil on est moins surpris qu’un Brestois, mais en moyenne on l’est davantage (la pluie, fréquente à Brest, était jugée peu probable) ; ce surplus moyen est toujours positif ou nul, et nul seulement si q = p.</p>
<p><strong>La formule</strong> dit exactement cela : la moyenne (sous p) de la surprise quand on croit q, moins la surprise minimale quand on croit la bonne loi p. <strong>À quoi ça sert :</strong> en apprentissage automatique, c’est la perte qui fait ressembler une loi à une autre (l’entropie croisée de la classification, c’est une KL plus une constante). Dans le VAE, le terme KL(q(z|x) ‖ 𝒩(0, I)) empêche chaque image d’avoir son code isolé : tous les nuages q(z|x) restent près de 𝒩(0, I), donc un z tiré dans 𝒩(0, I) tombe là où le décodeur sait faire.</p>
<p><strong>Avancer : « pourquoi pas une distance ? »</strong> Mathématiquement la KL n’est pas une distance (pas symétrique, pas d’inégalité triangulaire). On la préfère pourtant à une distance entre paramètres : deux cloches étroites (σ = 0,1) de moyennes 0 et 0,5 ont des paramètres proches mais presque aucun recouvrement ; leur KL vaut 0,5²/(2·0,1²) = 12,5. Elle se calcule exactement entre deux lois normales, et elle apparaît d’elle-même quand on écrit la vraisemblance du VAE (la borne ELBO). La diapositive suivante permet de jouer avec p et q.</p>`,
  en: `<p><strong>Question: what is the KL divergence for?</strong> Start with the sentence at the top, no formula: the KL measures how much we lose, on average, by believing in a distribution q while reality follows p. The weather analogy: a surprise is −log of the probability we gave to what happens. With Marseille’s forecast in Brest, on sunny days we are less surprised than a local, but on average we are more (rain, frequent in Brest, was judged unlikely); this average surplus is always positive or zero, and zero only if q = p.</p>
<p><strong>The formula</strong> says exactly this: the average (under p) of the surprise when believing q, minus the least surprise, when believing the right distribution p. <strong>What it is for:</strong> in machine learning it is the loss that makes one distribution look like another (classification’s cross-entropy is a KL plus a constant). In the VAE, the term KL(q(z|x) ‖ 𝒩(0, I)) stops each image from having an isolated code: all the clouds q(z|x) stay close to 𝒩(0, I), so a z drawn from 𝒩(0, I) lands where the decoder knows what to do.</p>
<p><strong>Advance: “why not a distance?”</strong> Mathematically the KL is not a distance (not symmetric, no triangle inequality). Yet we prefer it to a distance between parameters: two narrow bells (σ = 0.1) with means 0 and 0.5 have close parameters but almost no overlap; their KL is 0.5²/(2·0.1²) = 12.5. It has an exact formula between two normals, and it appears by itself when we write the VAE’s likelihood (the ELBO bound). The next slide lets us play with p and q.</p>`,
};

/** Slide: what the KL divergence is for, in plain words (weather analogy), its formula as average extra surprise, and why not a distance. */
const klPurpose: Slide = {
  id: 'kl-purpose',
  section: sections.normalKl,
  title: { fr: 'La divergence KL\u00a0: à quoi ça sert\u00a0?', en: 'The KL divergence: what is it for?' },
  body: byLanguage(body),
  notes,
};

export default klPurpose;
