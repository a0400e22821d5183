import type { Slide, SlideContent } from '../src/deck/types.ts';
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
      fr: 'La KL mesure ce que coûte, en moyenne, le fait de croire à une loi <i>q</i> (la croyance) alors que les données suivent <i>p</i> (la\u00a0réalité).',
      en: 'The KL measures what it costs, on average, to believe in a distribution <i>q</i> (the belief) while the data follow <i>p</i> (reality).',
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
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : à quoi sert la divergence KL ?</strong> Commencer par la phrase du haut, sans formule : la KL mesure combien on perd, en moyenne, à croire à une loi q (la croyance) alors que la réalité suit p.</p>
<ul><li><strong>L’analogie :</strong> une surprise, c’est −log de la probabilité qu’on donnait à ce qui arrive. Avec la météo de Marseille (q) à Brest (p), les jours de soleil on est même moins surpris qu’un Brestois ; mais en moyenne on l’est davantage, car la pluie, fréquente à Brest, était jugée peu probable. Ce surplus moyen est toujours positif ou nul, nul seulement si q = p.</li>
<li><strong>La formule</strong> dit cela : la moyenne sous p de la surprise quand on croit q, moins la surprise minimale.</li>
<li><strong>À quoi ça sert :</strong> c’est la perte qui fait ressembler une loi à une autre (l’entropie croisée de la classification, c’est une KL plus une constante). Dans le VAE, KL(q(z|x) ‖ 𝒩(0, I)) garde tous les nuages de codes près de 𝒩(0, I), là où l’on tirera pour générer.</li></ul>
<p><strong>Avancer : « pourquoi pas une distance ? »</strong> La KL n’est pas une distance (pas symétrique). On la préfère à une distance entre paramètres : deux cloches étroites (σ = 0,1) de moyennes 0 et 0,5 ont des paramètres proches mais presque aucun recouvrement ; leur KL vaut 0,5²/(2 · 0,1²) = 12,5. Elle a une formule exacte entre lois normales, et elle apparaît d’elle-même quand on cherche une borne inférieure de la vraisemblance du VAE (l’ELBO, définie trois diapositives plus loin).</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: what is the KL divergence for?</strong> Start with the sentence at the top, no formula: the KL measures how much we lose, on average, by believing in a distribution q (the belief) while reality follows p.</p>
<ul><li><strong>The analogy:</strong> a surprise is −log of the probability we gave to what happens. With Marseille’s forecast (q) in Brest (p), on sunny days we are even less surprised than a local; but on average we are more, because rain, frequent in Brest, was judged unlikely. This average surplus is always positive or zero, zero only if q = p.</li>
<li><strong>The formula</strong> says that: the average under p of the surprise when believing q, minus the least surprise.</li>
<li><strong>What it is for:</strong> it is the loss that makes one distribution look like another (classification’s cross-entropy is a KL plus a constant). In the VAE, KL(q(z|x) ‖ 𝒩(0, I)) keeps all the clouds of codes near 𝒩(0, I), where we will draw to generate.</li></ul>
<p><strong>Advance: “why not a distance?”</strong> The KL is not a distance (not symmetric). Yet we prefer it to a distance between parameters: two narrow bells (σ = 0.1) with means 0 and 0.5 have close parameters but almost no overlap; their KL is 0.5²/(2 · 0.1²) = 12.5. It has an exact formula between normals, and it appears by itself when we look for a lower bound on the VAE’s likelihood (the ELBO, defined three slides later).</p>`,
};

/** Slide: what the KL divergence is for, in plain words (weather analogy), its formula as average extra surprise, and why not a distance. */
const klPurpose: SlideContent = {
  body: byLanguage(body),
  notes,
};

export default klPurpose;
