import type { Scope, Slide } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { digitLegendHtml, emptiestPoint, LatentExplorer } from '../src/widgets/latentExplorer.ts';
import { loadForSlide } from '../src/widgets/modelStatus.ts';
import type { PretrainedKind } from '../src/live/pretrainedLibrary.ts';
import './latentSlides.css';
import { liveOrPrint } from '../src/deck/printText.ts';

function body(lang: Lang): string {
  const t = pick(lang);
  return `<p class="lead">${
    t({
      fr: `Les 1 000 chiffres de test, encodés par chaque modèle. ${liveOrPrint('Survolez un plan : son décodeur dessine le point visé.', 'Chaque décodeur dessine le point de son plan le plus éloigné de tout code (un « trou »).')}`,
      en: `The 1,000 test digits, encoded by each model. ${liveOrPrint('Hover over a plane: its decoder draws the point under the cursor.', 'Each decoder draws the point of its plane farthest from every code (a “hole”).')}`,
    })
  }</p>
${digitLegendHtml(t({ fr: 'couleur de chaque chiffre', en: 'colour of each digit' }))}
<div class="cols aelive-cols">
  <div class="aelive-col"><h3>${t({ fr: 'AE : des trous entre les groupes', en: 'AE: holes between the groups' })}</h3><div class="aelive-plane" data-kind="ae"></div></div>
  <div class="aelive-col"><h3>${t({ fr: 'VAE : un espace continu', en: 'VAE: a continuous space' })}</h3><div class="aelive-plane" data-kind="vae"></div></div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>Ce qu’on voit.</strong> À gauche l’espace latent de l’autoencodeur classique, à droite celui du VAE, tous deux en 2 dimensions et entraînés sur les mêmes chiffres. Chaque point est une image de test, coloriée selon son chiffre (légende en haut). Au démarrage, chaque plan vise le point le plus « vide » au milieu du nuage : le chiffre dessiné à côté est ce que le décodeur fabrique dans ce trou.</p>
<p><strong>À faire.</strong> Promener la souris sur le plan de gauche, en particulier dans les zones vides entre deux groupes et au bord : l’AE dessine des formes floues ou absurdes, car rien ne l’a obligé à donner un sens à ces codes. Faire la même chose à droite : le VAE dessine presque partout un chiffre plausible, et passe doucement d’un chiffre à l’autre. Remarquer aussi les échelles : l’AE étale ses codes où il veut, le VAE les garde autour de 0 (effet du terme KL).</p>
<p><strong>Question probable :</strong> « Pourquoi l’AE a-t-il des trous ? » Sa perte ne récompense que la reconstruction des images d’entraînement ; ce qu’il fait entre leurs codes n’est jamais évalué. Le VAE, lui, décode des z tirés autour de chaque μ, et le terme KL resserre tout autour de 0 : l’espace entre les groupes est utilisé.</p>`,
  en: `<p><strong>What we see.</strong> On the left the latent space of the plain autoencoder, on the right that of the VAE, both in 2 dimensions and trained on the same digits. Each dot is a test image, coloured by its digit (legend at the top). At start, each plane aims at the “emptiest” point in the middle of the cloud: the digit drawn beside it is what the decoder makes of that hole.</p>
<p><strong>What to do.</strong> Move the mouse over the left plane, especially in the empty areas between two groups and near the edge: the AE draws blurry or absurd shapes, because nothing forced it to give those codes a meaning. Do the same on the right: the VAE draws a plausible digit almost everywhere, and morphs smoothly from one digit to another. Also point out the scales: the AE spreads its codes wherever it likes, the VAE keeps them around 0 (the KL term’s effect).</p>
<p><strong>Likely question:</strong> “Why does the AE have holes?” Its loss only rewards reconstructing the training images; what it does between their codes is never evaluated. The VAE decodes z drawn around each μ, and the KL term packs everything around 0: the space between groups gets used.</p>`,
};

/** Load one model's plane into its column; a failure shows its message there and leaves the other column working. */
async function mountPlane(el: HTMLElement, scope: Scope, kind: PretrainedKind): Promise<void> {
  const host = find(el, `.aelive-plane[data-kind="${kind}"]`);
  const loaded = await loadForSlide(host, scope, (lib) => Promise.all([lib.model(kind), lib.heldOutCodes(kind)]));
  if (!loaded) return;
  const [model, codes] = loaded;
  const explorer = new LatentExplorer(host, scope, {
    decoder: model,
    codes: { points: codes.mean, labels: codes.labels },
    width: 430,
    height: 420,
    digitSize: 136,
    legend: false,
    fit: kind === 'ae' ? 'data' : 'symmetric',
    pointRadius: 2.6,
    ariaLabel: scope.t({ fr: `espace latent de l’${kind.toUpperCase()}`, en: `latent space of the ${kind.toUpperCase()}` }),
  });
  await explorer.show(emptiestPoint(codes.mean));
}

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  await Promise.all([mountPlane(el, scope, 'ae'), mountPlane(el, scope, 'vae')]);
}

/** Question 1 (live): the pretrained AE's and VAE's latent spaces side by side, decoded under the cursor. */
const aeVsVaeLive: Slide = {
  id: 'ae-vs-vae-live',
  section: sections.aeVae,
  title: { fr: 'AE et VAE : les deux espaces latents', en: 'AE and VAE: the two latent spaces' },
  body: byLanguage(body),
  notes,
  heavy: true,
  mount,
};

export default aeVsVaeLive;
