import type { ParamSpec, Scope, Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import { DigitGrid } from '../src/charts/digitGrid.ts';
import { LatentScatter } from '../src/charts/latentScatter.ts';
import { roles } from '../src/charts/palette.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { randomNormalArray } from '../src/math/random.ts';
import { loadForSlide } from '../src/widgets/modelStatus.ts';
import { setShownValue } from '../src/widgets/shownValue.ts';
import './latentSlides.css';
import { showDatasetNote } from '../src/widgets/datasetNote.ts';

const SEED: ParamSpec = { name: 'genSeed', min: 1, max: 999_999, default: 1, step: 1 };
const COLS = 8;
/** Two rows, so the latent plane under the grid can be large enough to read (about 300 px). */
const ROWS = 2;

function body(lang: Lang): string {
  const t = pick(lang);
  return `<div class="gen-layout">
  <div class="gen-text">
    <p class="lead">${
      t({
        fr: 'Une fois le VAE entraîné, on tire un code au hasard et on le décode. C’est tout.',
        en: 'Once the VAE is trained, draw a random code and decode it. That’s all.',
      })
    }</p>
    <ol class="gen-steps">
      <li class="fragment">${t({ fr: 'Tirer', en: 'Draw' })} ${tex('z \\sim \\mathcal{N}(0, I)')}${t({ fr: '\u00a0: 2 nombres au hasard', en: ': 2 random numbers' })}</li>
      <li class="fragment">${t({ fr: 'Passer', en: 'Pass' })} ${tex('z')} ${t({ fr: 'dans le <strong>décodeur</strong>', en: 'through the <strong>decoder</strong>' })}</li>
      <li class="fragment">${t({ fr: 'Lire l’image', en: 'Read the image' })} ${tex('\\hat{x}')}${t({ fr: '\u00a0: 784 probabilités (intensités des pixels, entre 0 et 1)', en: ': 784 probabilities (pixel intensities, between 0 and 1)' })}</li>
    </ol>
    <div class="formula">${tex(`z \\sim \\mathcal{N}(0, I) \\;\\longrightarrow\\; \\hat{x} = \\text{${t({ fr: 'décodeur', en: 'decoder' })}}(z)`, true)}</div>
    <p class="box warn">${t({ fr: 'Pour générer, l’encodeur est inutile (il sert à l’entraînement, et à encoder une image existante : interpolation, détection d’anomalies).', en: 'To generate, the encoder is not needed (it serves in training, and to encode an existing image: interpolation, anomaly detection).' })}</p>
  </div>
  <div class="gen-live">
    <p class="gen-actions"><button type="button" class="primary gen-button">${t({ fr: 'Générer', en: 'Generate' })}</button>
      <span class="muted">${t({ fr: 'tirage n°', en: 'draw no.' })} <span class="shown-value gen-seed" data-value=""></span></span></p>
    <div class="gen-grid"></div>
    <div class="gen-where">
      <div class="gen-plane"></div>
      <p class="small">${
        t({
          fr: 'Les 16 <i>z</i> tirés (disques marqués d’une croix) tombent là où 𝒩(0, I) met sa masse\u00a0: parmi les codes des vraies images (points pâles).',
          en: 'The 16 drawn <i>z</i> (discs marked with a cross) land where 𝒩(0, I) puts its mass: among the codes of real images (pale dots).',
        })
      }</p>
    </div>
  </div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 2 min.</strong> <strong>Question : comment générer de nouvelles données une fois le VAE entraîné ?</strong> Trois étapes, qui apparaissent une par une (→) : tirer z selon 𝒩(0, I) (ici deux nombres au hasard), le donner au décodeur, lire l’image.</p>
<ul><li><strong>Pour générer, l’encodeur est inutile,</strong> et il ne faut aucune image de départ. Il reste utile ailleurs : pour l’entraînement, et dès qu’on part d’une image existante (interpolation, détection d’anomalies).</li>
<li><strong>Pourquoi ça marche :</strong> le terme KL a poussé les codes des images d’entraînement à remplir 𝒩(0, I) ; un z tiré dans cette loi tombe dans une région que le décodeur connaît. Le plan en bas le montre : les 16 tirages (disques marqués d’une croix) tombent parmi les codes des vraies images.</li>
<li><strong>À faire :</strong> cliquer plusieurs fois « Générer » (16 nouveaux z à chaque clic ; le numéro de tirage est dans l’URL). Ce sont des chiffres que personne n’a écrits ; la plupart sont lisibles, certains ambigus (entre un 4 et un 9) : des z tombés entre deux groupes.</li></ul>
<p><strong>Question probable :</strong> « Pourquoi les images sont-elles floues ? » Le décodeur donne pour chaque pixel une probabilité d’être allumé, et nous affichons cette probabilité ; avec 2 dimensions latentes, le modèle ne retient que la forme générale. Plus de dimensions et un décodeur convolutif donnent des chiffres plus nets.</p>`,
  en: `<p><strong>≈ 2 min.</strong> <strong>Question: how do we generate new data once the VAE is trained?</strong> Three steps, appearing one by one (→): draw z from 𝒩(0, I) (here two random numbers), feed it to the decoder, read the image.</p>
<ul><li><strong>To generate, the encoder is not needed,</strong> nor any starting image. It is still useful elsewhere: for training, and whenever we start from an existing image (interpolation, anomaly detection).</li>
<li><strong>Why it works:</strong> the KL term pushed the codes of the training images to fill 𝒩(0, I); a z drawn from it lands in a region the decoder knows. The plane at the bottom shows it: the 16 draws (discs marked with a cross) land among the codes of real images.</li>
<li><strong>What to do:</strong> click “Generate” several times (16 new z per click; the draw number is in the URL). These are digits nobody wrote; most are readable, some ambiguous (between a 4 and a 9): z that fell between two groups.</li></ul>
<p><strong>Likely question:</strong> “Why are the images blurry?” For each pixel the decoder outputs a probability of being on, and we show that probability; with 2 latent dimensions the model keeps only the overall shape. More dimensions and a convolutional decoder give sharper digits.</p>`,
};

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  showDatasetNote(el, scope);
  const host = find(el, '.gen-grid');
  const loaded = await loadForSlide(host, scope, (lib) => Promise.all([lib.model('vae'), lib.heldOutCodes('vae')]));
  if (!loaded) return;
  const [model, codes] = loaded;
  const plane = scope.own(new LatentScatter(find(el, '.gen-plane'), {
    width: 320, height: 300, legend: false, domain: [-4, 4], interactive: false, pointRadius: 2.2, pointOpacity: 0.3,
    ariaLabel: scope.t({ fr: 'les z tirés dans l’espace latent', en: 'the drawn z in the latent space' }),
    formatTick: (v) => formatNumber(v, scope.lang, 0),
  }));
  plane.update({ points: codes.mean, labels: codes.labels });
  const grid = scope.own(new DigitGrid(host, {
    cols: COLS, cellSize: 80, gap: 8, ariaLabel: scope.t({ fr: 'chiffres générés', en: 'generated digits' }),
  }));
  const seedEl = find(el, '.gen-seed');
  let seed = Math.round(scope.param(SEED.name));
  const generate = async (): Promise<void> => {
    const n = COLS * ROWS;
    const z = randomNormalArray(2 * n, seed); // z ~ N(0, I)
    const images = await model.decode(z, n);
    if (scope.disposed) return;
    grid.update(images);
    plane.annotate({
      ellipses: [{ center: [0, 0], radii: [2, 2], color: roles.muted, dashed: true }, { center: [0, 0], radii: [1, 1], color: roles.muted, dashed: true }],
      markers: Array.from({ length: n }, (_, k) => ({ z: [z[2 * k], z[2 * k + 1]] as [number, number], color: roles.ink, radius: 7, cross: true })),
    });
    setShownValue(seedEl, seed, scope.lang, 0);
  };
  scope.listen(find(el, '.gen-button'), 'click', () => {
    seed = scope.setParam(SEED.name, seed >= SEED.max ? SEED.min : seed + 1);
    void generate();
  });
  await generate();
}

/** Question 8: generating new digits from the pretrained decoder. */
const generating: SlideContent = {
  body: byLanguage(body),
  notes,
  params: [SEED],
  mount,
};

export default generating;
