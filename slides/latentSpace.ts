import type { Scope, Slide } from '../src/deck/types.ts';
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
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : qu’est-ce que l’espace latent et un vecteur latent ?</strong> L’encodeur comprime une image de 784 pixels en quelques nombres : ce petit vecteur est le <em>vecteur latent</em> z (le code de l’image). L’ensemble de tous les codes possibles est l’<em>espace latent</em>. Ici on a choisi 2 dimensions pour pouvoir le dessiner : chaque image devient un point du plan. En pratique on utilise souvent 16, 64 ou des milliers de dimensions.</p>
<p><strong>Ce qu’on voit.</strong> Les 1 000 chiffres de test, encodés par le VAE pré-entraîné (position = μ de l’encodeur), colorés selon le vrai chiffre. Le réseau n’a jamais vu les étiquettes, et pourtant les chiffres se regroupent : l’espace latent a capté la forme des chiffres.</p>
<p><strong>À faire.</strong> Promener la souris : à droite, le chiffre décodé change en direct et les deux coordonnées de z s’affichent. Montrer qu’en glissant d’un groupe à un autre, le chiffre se transforme progressivement (par exemple d’un 1 vers un 7). Cliquer fige le point visé.</p>
<p><strong>Le cadre à dessiner (en bas à gauche).</strong> Un élève dessine un chiffre (souris, doigt, stylet ; au clavier, une touche 0–9 sur le cadre). « Ce que voit le modèle » est le 28×28 après le prétraitement de MNIST. L’encodeur donne μ : le réticule du plan va en μ, une petite ellipse noire marque 2σ, et le grand chiffre à droite est la reconstruction depuis μ. Par exemple, le 7 du clavier tombe vers (−1,2 ; 0,9), parmi les 7. Survoler le plan ensuite déplace le réticule ; l’ellipse reste sur le dessin.</p>
<p><strong>Question probable :</strong> « Que veulent dire z₁ et z₂ ? » Rien de fixé d’avance : le réseau choisit lui-même ses axes. Parfois un axe correspond à peu près à l’inclinaison ou à l’épaisseur du trait, mais ce n’est pas garanti.</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: what are the latent space and a latent vector?</strong> The encoder compresses a 784-pixel image into a few numbers: this small vector is the <em>latent vector</em> z (the image’s code). The set of all possible codes is the <em>latent space</em>. Here we chose 2 dimensions so we can draw it: every image becomes a point of the plane. In practice people often use 16, 64 or thousands of dimensions.</p>
<p><strong>What we see.</strong> The 1,000 test digits, encoded by the pretrained VAE (position = the encoder’s μ), coloured by the true digit. The network never saw the labels, yet the digits cluster: the latent space captured the shapes of the digits.</p>
<p><strong>What to do.</strong> Move the mouse: on the right, the decoded digit changes live and the two coordinates of z are shown. Show that sliding from one group to another morphs the digit gradually (for instance from a 1 to a 7). A click pins the point.</p>
<p><strong>The drawing pad (bottom left).</strong> A student draws a digit (mouse, finger, pen; with the keyboard, a key 0–9 on the pad). “What the model sees” is the 28×28 after MNIST’s preprocessing. The encoder gives μ: the plane’s crosshair goes to μ, a small black ellipse marks 2σ, and the big digit on the right is the reconstruction from μ. For instance, the keyboard’s 7 lands near (−1.2, 0.9), among the 7s. Hovering over the plane afterwards moves the crosshair; the ellipse stays on the drawing.</p>
<p><strong>Likely question:</strong> “What do z₁ and z₂ mean?” Nothing fixed in advance: the network picks its own axes. Sometimes an axis roughly matches the slant or thickness of the stroke, but that is not guaranteed.</p>`,
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
const latentSpace: Slide = {
  id: 'latent-space',
  section: sections.latent,
  title: { fr: 'Espace latent et vecteur latent', en: 'Latent space and latent vector' },
  body: byLanguage(body),
  notes,
  heavy: true,
  mount,
};

export default latentSpace;
