import type { Scope, Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import { LatentExplorer } from '../src/widgets/latentExplorer.ts';
import { loadForSlide } from '../src/widgets/modelStatus.ts';
import './latentSlides.css';
import './slidePads.css';
import { liveOrPrint } from '../src/deck/printText.ts';
import { CompactPad } from '../src/widgets/compactPad.ts';
import { roles } from '../src/charts/palette.ts';
import { showDatasetNote } from '../src/widgets/datasetNote.ts';

/** The point shown before any hover or drawing: between the groups, so the digit is a plausible blend (print shows the stored drawing). */
const START: [number, number] = [0.5, -0.5];

function body(lang: Lang): string {
  const t = pick(lang);
  const colon = t({ fr: '&nbsp;:', en: ':' });
  const pipeline = tex(
    `x \\in [0,1]^{784} \\;\\xrightarrow{\\textstyle\\text{${t({ fr: 'encodeur', en: 'encoder' })}}}\\; z \\in \\mathbb{R}^{2} \\;\\xrightarrow{\\textstyle\\text{${t({ fr: 'décodeur', en: 'decoder' })}}}\\; \\hat{x} \\in [0,1]^{784}`,
    true,
  );
  return `<div class="ls-layout">
  <div class="ls-text">
    <p><strong>${t({ fr: 'Espace latent', en: 'Latent space' })}</strong>${colon} ${
      t({ fr: 'l’espace de tous les codes possibles. Ici un plan : 2 nombres par image.', en: 'the space of all possible codes. Here a plane: 2 numbers per image.' })
    }</p>
    <p><strong>${t({ fr: 'Vecteur latent', en: 'Latent vector' })}</strong> ${tex('z = (z_1, z_2)')}${colon} ${
      t({ fr: 'un point de cet espace, le code d’une image.', en: 'one point of that space, the code of one image.' })
    }</p>
    <p class="muted">${t({ fr: '« Latent » = caché : personne ne l’observe, le réseau l’invente.', en: '“Latent” = hidden: nobody observes it, the network invents it.' })}</p>
    <div class="formula ls-formula">${pipeline}</div>
    <p class="box">${
      t({
        fr: liveOrPrint('Survolez le plan : le décodeur du VAE dessine le chiffre du vecteur <i>z</i> sous le curseur. Ou dessinez un chiffre : <i>z</i> va à son code μ.', 'Un 2 dessiné (exemple enregistré) : l’encodeur le place en μ, le décodeur le redessine depuis μ.'),
        en: liveOrPrint('Hover over the plane: the VAE’s decoder draws the digit of the vector <i>z</i> under the cursor. Or draw a digit: <i>z</i> goes to its code μ.', 'A drawn 2 (a stored example): the encoder puts it at μ, the decoder redraws it from μ.'),
      })
    }</p>
    <div class="ls-pad"></div>
  </div>
  <div class="ls-plane"></div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : qu’est-ce que l’espace latent et un vecteur latent ?</strong> L’encodeur comprime une image de 784 pixels en quelques nombres : ce petit vecteur est le <em>vecteur latent</em> z (le code de l’image) ; l’ensemble des codes possibles est l’<em>espace latent</em>. Ici 2 dimensions, pour pouvoir le dessiner ; en pratique souvent 16, 64 ou davantage.</p>
<ul><li><strong>Ce qu’on voit :</strong> les 1 000 chiffres de test encodés par le VAE pré-entraîné (position = μ), colorés selon le vrai chiffre. Le réseau n’a jamais vu les étiquettes, et pourtant les chiffres se regroupent.</li>
<li><strong>À faire :</strong> promener la souris : à droite, le chiffre décodé change en direct avec les coordonnées de z. En glissant d’un groupe à l’autre, le chiffre se transforme progressivement (d’un 1 vers un 7, par exemple). Un clic fige le point.</li>
<li><strong>Le cadre à dessiner :</strong> un élève dessine un chiffre (ou tape 0–9 sur le cadre). « Ce que voit le modèle » est le 28×28 après le prétraitement de MNIST ; le réticule va en μ, une petite ellipse marque 2σ, le grand chiffre est la reconstruction. Le 7 du clavier tombe vers (−1,2 ; 0,9), parmi les 7.</li></ul>
<p><strong>Question probable :</strong> « Que veulent dire z₁ et z₂ ? » Rien de fixé d’avance : le réseau choisit ses axes. Parfois un axe suit à peu près l’inclinaison ou l’épaisseur du trait, sans garantie.</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: what are the latent space and a latent vector?</strong> The encoder compresses a 784-pixel image into a few numbers: that small vector is the <em>latent vector</em> z (the image’s code); the set of possible codes is the <em>latent space</em>. Here 2 dimensions, so we can draw it; in practice often 16, 64 or more.</p>
<ul><li><strong>What we see:</strong> the 1,000 test digits encoded by the pretrained VAE (position = μ), coloured by the true digit. The network never saw the labels, yet the digits cluster.</li>
<li><strong>What to do:</strong> move the mouse: on the right, the decoded digit changes live with the coordinates of z. Sliding from one group to another morphs the digit gradually (from a 1 to a 7, say). A click pins the point.</li>
<li><strong>The drawing pad:</strong> a student draws a digit (or types 0–9 on the pad). “What the model sees” is the 28×28 after MNIST’s preprocessing; the crosshair goes to μ, a small ellipse marks 2σ, the big digit is the reconstruction. The keyboard’s 7 lands near (−1.2, 0.9), among the 7s.</li></ul>
<p><strong>Likely question:</strong> “What do z₁ and z₂ mean?” Nothing fixed in advance: the network picks its axes. Sometimes an axis roughly follows the slant or thickness of the stroke, with no guarantee.</p>`,
};

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  showDatasetNote(el, scope);
  const host = find(el, '.ls-plane');
  const loaded = await loadForSlide(host, scope, (lib) => Promise.all([lib.model('vae'), lib.heldOutCodes('vae')]));
  if (!loaded) return;
  const [model, codes] = loaded;
  const explorer = new LatentExplorer(host, scope, {
    decoder: model,
    codes: { points: codes.mean, labels: codes.labels },
    width: 590,
    height: 504,
    digitSize: 170,
    ariaLabel: scope.t({ fr: 'espace latent du VAE', en: 'latent space of the VAE' }),
  });
  const pad = new CompactPad(find(el, '.ls-pad'), scope, {
    size: 120, vae: model, seenSize: 48,
    onRead: ({ vae }) => {
      // the drawing's code, its 2σ-ellipse of q(z|x), and its reconstruction in the explorer's digit
      explorer.scatter.annotate(vae?.sigma ? { ellipses: [{ center: vae.mean, radii: [2 * vae.sigma[0], 2 * vae.sigma[1]], color: roles.ink }], markers: [] } : {});
      if (vae) explorer.showDecoded(vae.mean, vae.reconstruction);
    },
  });
  if (pad.pad.drawing.strokes.length === 0) await explorer.show(START);
  else await pad.settled();
}

/** Question 3: latent space and latent vector, with live decoding under the cursor. */
const latentSpace: SlideContent = {
  body: byLanguage(body),
  notes,
  mount,
};

export default latentSpace;
