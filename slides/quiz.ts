/** Three check-your-understanding slides: a question, its choices, then the answer and the reason revealed step by step. */
import type { SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { tex } from '../src/deck/tex.ts';
import './quiz.css';

/** One quiz: the question, the choices, the answer and why (each side by side in both languages). */
interface Quiz {
  question: (lang: Lang) => string;
  choices: (lang: Lang) => string[];
  answer: (lang: Lang) => string;
  why: (lang: Lang) => string;
  notes: Localized;
}

/** The slide of a quiz: the answer and the reason are two fragments (print shows them, pdfSeparateFragments is off). */
function quizSlide(q: Quiz): SlideContent {
  const body = (lang: Lang): string => `<p class="lead quiz-question">${q.question(lang)}</p>
<ol class="quiz-choices" type="A">${q.choices(lang).map((c) => `<li>${c}</li>`).join('')}</ol>
<div class="box ok fragment quiz-answer" data-fragment-index="1"><p>${q.answer(lang)}</p></div>
<div class="box fragment quiz-why" data-fragment-index="2"><p>${q.why(lang)}</p></div>`;
  return { body: byLanguage(body), notes: q.notes };
}

export const klDirection = quizSlide({
  question: (lang) => pick(lang)({ fr: `Dans la perte du VAE, quel terme KL mesure l’écart entre l’encodeur ${tex('q(z|x)')} et la loi <i>a priori</i> ${tex('p(z) = \\mathcal{N}(0, I)')}\u00a0?`, en: `In the VAE’s loss, which KL term measures the gap between the encoder ${tex('q(z|x)')} and the prior ${tex('p(z) = \\mathcal{N}(0, I)')}?` }),
  choices: (lang) => [tex('\\mathrm{KL}\\big(q(z|x)\\,\\|\\,p(z)\\big)'), tex('\\mathrm{KL}\\big(p(z)\\,\\|\\,q(z|x)\\big)'), pick(lang)({ fr: 'Peu importe, même valeur', en: 'It doesn’t matter, same value' })],
  answer: (lang) => pick(lang)({ fr: `<strong>A</strong>\u00a0: ${tex('\\mathrm{KL}\\big(q(z|x)\\,\\|\\,p(z)\\big)')}. Et C est faux\u00a0: la KL n’est pas symétrique.`, en: `<strong>A</strong>: ${tex('\\mathrm{KL}\\big(q(z|x)\\,\\|\\,p(z)\\big)')}. And C is false: the KL is not symmetric.` }),
  why: (lang) => pick(lang)({ fr: 'Pourquoi\u00a0? Elle sort du calcul de la borne ELBO, et c’est une moyenne sous <i>q</i>\u00a0: on sait tirer dans <i>q</i> (l’encodeur), et entre deux lois normales elle a une formule exacte.', en: 'Why? It comes out of deriving the ELBO bound, and it is an average under <i>q</i>: we can draw from <i>q</i> (the encoder), and between two normals it has an exact formula.' }),
  notes: {
    fr: `<p><strong>≈ 1,5 min · facultative.</strong></p>
<p><strong>Question à poser à la classe :</strong> laisser 30 secondes, faire voter à main levée pour A, B ou C, puis avancer. <strong>Première étape :</strong> la bonne réponse est A, KL(q(z|x) ‖ p(z)), la divergence de l’encodeur vers la loi a priori. C (« Peu importe, même valeur ») est faux : la diapositive « divergence KL » a montré deux valeurs différentes (0,44 et 1,31 pour les réglages de l’exemple).</p>
<p><strong>Deuxième étape, pourquoi :</strong> en écrivant log p(x) et en introduisant q(z|x), on obtient log p(x) ≥ 𝔼_q[log p(x|z)] − KL(q(z|x) ‖ p(z)) ; c’est la borne ELBO. Cette KL est une moyenne sous q, la loi qu’on sait échantillonner grâce à l’encodeur, et pour deux lois normales elle vaut −½ Σ(1 + log σ² − μ² − σ²). Si un élève demande « et l’autre sens ? » : KL(p‖q) existe aussi et pénalise autre chose (q qui oublie des régions où p a de la masse) ; elle est utilisée ailleurs, pas dans le VAE standard.</p>`,
    en: `<p><strong>≈ 1.5 min · optional.</strong></p>
<p><strong>Question to ask the class:</strong> give 30 seconds, take a show of hands for A, B or C, then advance. <strong>First step:</strong> the right answer is A, KL(q(z|x) ‖ p(z)), the divergence from the encoder to the prior. C (“It doesn’t matter, same value”) is false: the “KL divergence” slide showed two different values (0.44 and 1.31 for the example settings).</p>
<p><strong>Second step, why:</strong> writing log p(x) and bringing in q(z|x) gives log p(x) ≥ 𝔼_q[log p(x|z)] − KL(q(z|x) ‖ p(z)); that is the ELBO bound. This KL is an average under q, the distribution we can sample thanks to the encoder, and for two normals it is −½ Σ(1 + log σ² − μ² − σ²). If a student asks “what about the other direction?”: KL(p‖q) exists too and penalises something else (q missing regions where p has mass); it is used elsewhere, not in the standard VAE.</p>`,
  },
});

export const betaZero = quizSlide({
  question: (lang) => pick(lang)({ fr: `La perte est ${tex('\\text{reconstruction} + \\beta \\cdot \\mathrm{KL}')}. Que se passe-t-il avec ${tex('\\beta = 0')}\u00a0?`, en: `The loss is ${tex('\\text{reconstruction} + \\beta \\cdot \\mathrm{KL}')}. What happens with ${tex('\\beta = 0')}?` }),
  choices: (lang) => pick(lang)({
    fr: ['Les reconstructions deviennent floues', 'Le VAE se comporte comme un autoencodeur classique', 'Tous les codes se retrouvent en 0'],
    en: ['Reconstructions become blurry', 'The VAE behaves like a plain autoencoder', 'All codes end up at 0'],
  }),
  answer: (lang) => pick(lang)({ fr: '<strong>B</strong>\u00a0: seule la reconstruction compte. Les codes s’étalent où ils veulent, comme ceux de l’AE.', en: '<strong>B</strong>: only reconstruction counts. The codes spread wherever they like, like the AE’s.' }),
  why: (lang) => pick(lang)({ fr: `Conséquence\u00a0: les reconstructions restent bonnes, mais ${tex('z \\sim \\mathcal{N}(0, I)')} ne tombe plus là où sont les codes\u00a0: la génération se dégrade. À l’inverse, un β trop grand efface l’information du code.`, en: `Consequence: reconstructions stay good, but ${tex('z \\sim \\mathcal{N}(0, I)')} no longer lands where the codes are: generation degrades. Conversely, too large a β wipes the information out of the code.` }),
  notes: {
    fr: `<p><strong>≈ 1,5 min · facultative.</strong></p>
<p><strong>Question à poser à la classe :</strong> faire voter, puis avancer. <strong>Réponse B.</strong> Sans le terme KL, rien ne retient les codes près de 0 ni ne récompense un σ non nul : le bruit ajouté par l’échantillonnage ne fait que gêner la reconstruction, donc l’entraînement tend à réduire σ et à écarter les codes. On retrouve un autoencodeur classique (avec un peu de bruit).</p>
<p><strong>Deuxième étape.</strong> A est faux : les reconstructions sont plutôt meilleures avec β = 0, c’est la génération qui souffre (revoir la diapositive « Tirer un code au hasard » : c’est exactement le cas de l’AE). C décrit l’excès inverse : avec un β très grand, chaque q(z|x) devient 𝒩(0, I), le code ne porte plus d’information et toutes les reconstructions se ressemblent ; c’est l’effondrement de la loi a posteriori (diapositive « Limites »). On peut essayer β en direct sur la diapositive d’entraînement (paramètre d’URL beta, de 0 à 4).</p>`,
    en: `<p><strong>≈ 1.5 min · optional.</strong></p>
<p><strong>Question to ask the class:</strong> take a vote, then advance. <strong>Answer B.</strong> Without the KL term nothing keeps the codes near 0 or rewards a non-zero σ: the noise added by sampling only hurts reconstruction, so training tends to shrink σ and spread the codes apart. We get back a plain autoencoder (with a little noise).</p>
<p><strong>Second step.</strong> A is false: reconstructions are if anything better with β = 0; it is generation that suffers (see again the “Drawing a random code” slide: it is exactly the AE’s case). C describes the opposite excess: with a very large β each q(z|x) becomes 𝒩(0, I), the code carries no information and all reconstructions look alike; that is posterior collapse (the “Limits” slide). β can be tried live on the training slide (URL parameter beta, from 0 to 4).</p>`,
  },
});

export const logVar = quizSlide({
  question: (lang) => pick(lang)({ fr: `Pourquoi l’encodeur sort-il ${tex('\\log \\sigma^2')} plutôt que ${tex('\\sigma')}\u00a0?`, en: `Why does the encoder output ${tex('\\log \\sigma^2')} rather than ${tex('\\sigma')}?` }),
  choices: (lang) => pick(lang)({
    fr: ['Pour que σ soit toujours positif', 'Pour aller plus vite', 'Parce que σ n’existe pas en 2D'],
    en: ['So that σ is always positive', 'To run faster', 'Because σ does not exist in 2-D'],
  }),
  answer: (lang) => pick(lang)({ fr: `<strong>A</strong>\u00a0: une couche dense sort n’importe quel réel, or ${tex('\\sigma')} doit être > 0. Avec ${tex('\\sigma = e^{\\frac12 \\log \\sigma^2}')}, il l’est toujours.`, en: `<strong>A</strong>: a dense layer outputs any real number, but ${tex('\\sigma')} must be > 0. With ${tex('\\sigma = e^{\\frac12 \\log \\sigma^2}')} it always is.` }),
  why: (lang) => pick(lang)({ fr: `En prime, la KL utilise ${tex('\\log\\sigma^2')} tel quel\u00a0: ${tex('-\\tfrac12\\,(1 + \\log\\sigma^2 - \\mu^2 - \\sigma^2)')}, sans logarithme de 0 à craindre.`, en: `As a bonus, the KL uses ${tex('\\log\\sigma^2')} as is: ${tex('-\\tfrac12\\,(1 + \\log\\sigma^2 - \\mu^2 - \\sigma^2)')}, with no logarithm of 0 to fear.` }),
  notes: {
    fr: `<p><strong>≈ 1,5 min · facultative.</strong></p>
<p><strong>Question à poser à la classe :</strong> faire voter, puis avancer. <strong>Réponse A.</strong> La dernière couche de l’encodeur est linéaire : elle peut sortir −3 comme +5. Un écart-type négatif n’a pas de sens ; en interprétant la sortie comme log σ², on obtient σ = exp(½ · log σ²), toujours strictement positif, sans contrainte à imposer pendant l’entraînement.</p>
<p><strong>Deuxième étape.</strong> Autre avantage : la formule de la KL vers 𝒩(0, I) contient log σ² ; si l’encodeur sortait σ, il faudrait calculer log σ, qui diverge quand σ approche 0. B est faux (le coût est le même, une exponentielle près) ; C est faux (chaque dimension latente a son propre σ, en 2D comme en n dimensions). Faire le lien avec le code du notebook : la cellule d’échantillonnage calcule z = μ + exp(½ · log σ²) ⊙ ε, où ⊙ est le produit terme à terme.</p>`,
    en: `<p><strong>≈ 1.5 min · optional.</strong></p>
<p><strong>Question to ask the class:</strong> take a vote, then advance. <strong>Answer A.</strong> The encoder’s last layer is linear: it can output −3 as well as +5. A negative standard deviation makes no sense; reading the output as log σ² gives σ = exp(½ · log σ²), always strictly positive, with no constraint to enforce during training.</p>
<p><strong>Second step.</strong> Another advantage: the formula of the KL to 𝒩(0, I) contains log σ²; if the encoder output σ we would have to compute log σ, which blows up as σ approaches 0. B is false (the cost is the same, up to one exponential); C is false (each latent dimension has its own σ, in 2-D as in n dimensions). Link it to the notebook’s code: the sampling cell computes z = μ + exp(½ · log σ²) ⊙ ε, where ⊙ is the element-wise product.</p>`,
  },
});

/** The three quiz slides, in presentation order. */
