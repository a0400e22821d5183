import type { Slide } from '../src/deck/types.ts';
import type { Localized } from '../src/i18n/lang.ts';
import { byLanguage } from '../src/i18n/localize.ts';
import { sections } from './sections.ts';
import { mountTrainingDashboard, trainingDashboardHtml } from '../src/widgets/trainingDashboard.ts';
import { TRAINING_PARAMS } from '../src/live/trainingParams.ts';
import './demoSlides.css';

const notes: Localized = {
  fr: `<p><strong>Question : comment le VAE apprend-il ?</strong> On l’entraîne ici, en direct, dans le navigateur (un Web Worker fait les calculs, la page reste fluide). Chaque « pas » prend un lot de 128 images, calcule la perte (reconstruction + β·KL) et corrige les poids avec Adam.</p>
<p><strong>Déroulé conseillé (3–4 min).</strong> 1) Montrer l’état initial : le nuage latent est écrasé au centre, les reconstructions sont des taches grises. 2) Cliquer « ▶ Lancer ». Commenter les courbes : la perte totale (noire) et la reconstruction (bleue) chutent vite puis ralentissent ; la KL (en bas, orange) part <em>haut</em> (avec les réglages par défaut, environ 34 nats au premier relevé, 12 au pas 20 : l’encodeur non entraîné sort des μ et des σ quelconques, loin de N(0, I)), puis <em>baisse</em> vite (environ 6 nats dès le pas 50) et reste ensuite sur un palier autour de 5 nats : le ressort de la KL ramène les codes vers N(0, I), tandis que la reconstruction a besoin que les codes restent distincts ; le palier est le compromis entre les deux. Les pointillés verts sont la −ELBO sur les 1 000 chiffres de test (jamais vus) : c’est le score honnête, en nats par image (plus bas = mieux). 3) Regarder le nuage à droite (redessiné toutes les quelques dizaines de pas) : les couleurs se séparent en groupes, un par chiffre, sans que le modèle ait vu les étiquettes. 4) Les reconstructions (ligne du bas) deviennent lisibles en quelques centaines de pas. Repères mesurés (réglages par défaut, graine 1) : −ELBO test ≈ 196 au pas 50, ≈ 181 au pas 100, sous 180 vers le pas 120, ≈ 167 au pas 500 ; 200 pas prennent moins de 7 secondes sur un ordinateur à 2 cœurs libre, une douzaine s’il est très chargé (mesuré), davantage sur une machine plus lente.</p>
<p><strong>Expériences.</strong> β = 0 : plus de terme KL, le nuage s’étale loin de 𝒩(0, I) et l’on ne sait plus où tirer z (un autoencodeur classique) ; β = 3–4 : le nuage reste très proche de N(0, I) mais les reconstructions deviennent floues. Taux d’apprentissage trop grand (10⁻²) : la perte oscille, voire diverge — dans ce cas, un message dit que les poids ont été restaurés. « ↺ Réinitialiser » avec la même graine refait exactement le même entraînement (reproductibilité) ; une autre graine donne un autre nuage.</p>
<p><strong>Repères affichés.</strong> Le badge indique le moteur de calcul (WASM si la carte graphique est logicielle, WebGL sinon) et la vitesse en images par seconde ; une « époque » = un passage sur les ~9 000 images d’entraînement.</p>
<p><strong>Si c’est trop lent ou si ça plante :</strong> cocher « Utiliser le modèle pré-entraîné » : l’entraînement se met en pause et le tableau montre le modèle entraîné à l’avance (nuage, reconstructions, −ELBO test en référence). Les diapositives suivantes utilisent le modèle entraîné en direct s’il existe, sinon le pré-entraîné, et l’indiquent. Quitter la diapositive met l’entraînement en pause ; il reprend au retour.</p>`,
  en: `<p><strong>Question: how does the VAE learn?</strong> We train it here, live, in the browser (a Web Worker does the maths, the page stays smooth). Each “step” takes a batch of 128 images, computes the loss (reconstruction + β·KL) and updates the weights with Adam.</p>
<p><strong>Suggested flow (3–4 min).</strong> 1) Show the initial state: the latent cloud is squashed at the centre, the reconstructions are grey blobs. 2) Click “▶ Play”. Comment on the curves: total loss (black) and reconstruction (blue) fall fast, then slow down; the KL (bottom, orange) starts <em>high</em> (with the default settings, about 34 nats at the first report, 12 at step 20: the untrained encoder outputs arbitrary μ and σ, far from N(0, I)), then <em>falls</em> fast (about 6 nats by step 50) and then stays on a plateau around 5 nats: the KL spring pulls the codes towards N(0, I), while reconstruction needs the codes to stay distinct; the plateau is the balance between the two. The green dotted line is the −ELBO on the 1,000 test digits (never seen): the honest score, in nats per image (lower is better). 3) Watch the cloud on the right (redrawn every few dozen steps): the colours separate into groups, one per digit, although the model never saw the labels. 4) The reconstructions (bottom row) become readable within a few hundred steps. Measured landmarks (default settings, seed 1): test −ELBO ≈ 196 at step 50, ≈ 181 at step 100, below 180 around step 120, ≈ 167 at step 500; 200 steps take under 7 seconds on an idle 2-core computer, about twelve when it is very busy (measured), longer on a slower machine.</p>
<p><strong>Experiments.</strong> β = 0: no KL term, the cloud spreads far from 𝒩(0, I) and we no longer know where to draw z (a plain autoencoder); β = 3–4: the cloud stays very close to N(0, I) but reconstructions get blurry. Too large a learning rate (10⁻²): the loss oscillates or even diverges — then a message says the weights were restored. “↺ Reset” with the same seed replays exactly the same training (reproducibility); another seed gives another cloud.</p>
<p><strong>What the badges mean.</strong> The backend (WASM when the graphics card is a software one, WebGL otherwise) and the speed in images per second; one “epoch” = one pass over the ~9,000 training images.</p>
<p><strong>If it is too slow or crashes:</strong> tick “Use the pretrained model”: training pauses and the dashboard shows the model trained beforehand (cloud, reconstructions, test −ELBO as a reference line). The next slides use the live-trained model if there is one, otherwise the pretrained one, and say which. Leaving the slide pauses training; it resumes when you come back.</p>`,
};

/** Slide: training live — controls, backend and speed, loss curves, reconstructions and the latent scatter forming. */
const training: Slide = {
  id: 'training',
  section: sections.notebook,
  title: { fr: 'Entraîner le VAE, en direct', en: 'Training the VAE, live' },
  body: byLanguage(trainingDashboardHtml),
  notes,
  params: TRAINING_PARAMS,
  heavy: true,
  mount: mountTrainingDashboard,
};

export default training;
