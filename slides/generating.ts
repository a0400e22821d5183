import type { ParamSpec, Scope, Slide } from '../src/deck/types.ts';
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
const ROWS = 3;

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
          fr: 'Les 24 <i>z</i> tirés (points orange) tombent là où 𝒩(0, I) met sa masse : parmi les codes des vraies images (points pâles).',
          en: 'The 24 drawn <i>z</i> (orange dots) land where 𝒩(0, I) puts its mass: among the codes of real images (pale dots).',
        })
      }</p>
    </div>
  </div>
</div>`;
}

const notes: Localized = {
  fr: `<p><strong>Question : comment générer de nouvelles données une fois le VAE entraîné ?</strong> Trois étapes : tirer un vecteur z selon la loi a priori 𝒩(0, I) (ici deux nombres au hasard, centrés sur 0, d’écart-type 1), le donner au décodeur, lire l’image qui sort. Pour générer, l’encodeur est inutile et il ne faut aucune image de départ (l’encodeur reste utile ailleurs : pendant l’entraînement, et dès qu’on part d’une image existante, comme pour l’interpolation ou la détection d’anomalies vues plus tôt).</p>
<p><strong>Pourquoi ça marche.</strong> Le terme KL a poussé les codes de toutes les images d’entraînement à remplir 𝒩(0, I) : un z tiré dans cette loi tombe donc dans une région que le décodeur connaît.</p>
<p><strong>À faire.</strong> Les trois étapes de gauche apparaissent une par une (→ pour avancer) : les dire à voix haute en montrant la grille. Puis cliquer plusieurs fois sur « Générer » : chaque clic tire 24 nouveaux z (le numéro de tirage est la graine, il est dans l’URL pour retrouver une grille). Faire remarquer que ce sont des chiffres que personne n’a écrits ; la plupart sont lisibles, certains sont ambigus (entre un 4 et un 9, par exemple) : ce sont des z tombés entre deux groupes.</p>
<p><strong>Question probable :</strong> « Pourquoi les images sont-elles floues ? » Le décodeur donne pour chaque pixel une probabilité d’être allumé, et nous affichons cette probabilité ; avec seulement 2 dimensions latentes, le modèle ne retient que la forme générale. Plus de dimensions latentes et un décodeur convolutif donnent des chiffres plus nets.</p>`,
  en: `<p><strong>Question: how do we generate new data once the VAE is trained?</strong> Three steps: draw a vector z from the prior 𝒩(0, I) (here two random numbers, centred on 0 with standard deviation 1), feed it to the decoder, read the image that comes out. To generate, the encoder is not needed, nor any starting image (the encoder is still useful elsewhere: in training, and whenever we start from an existing image, as in the interpolation and anomaly detection seen earlier).</p>
<p><strong>Why it works.</strong> The KL term pushed the codes of all training images to fill 𝒩(0, I): a z drawn from that distribution therefore lands in a region the decoder knows.</p>
<p><strong>What to do.</strong> The three steps on the left appear one by one (→ to advance): say them aloud while pointing at the grid. Then click “Generate” several times: each click draws 24 new z (the draw number is the seed; it is in the URL so a grid can be found again). Point out that these are digits nobody wrote; most are readable, some are ambiguous (between a 4 and a 9, say): those are z that fell between two groups.</p>
<p><strong>Likely question:</strong> “Why are the images blurry?” For each pixel the decoder outputs a probability of being on, and we show that probability; with only 2 latent dimensions the model keeps only the overall shape. More latent dimensions and a convolutional decoder give sharper digits.</p>`,
};

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  showDatasetNote(el, scope);
  const host = find(el, '.gen-grid');
  const loaded = await loadForSlide(host, scope, (lib) => Promise.all([lib.model('vae'), lib.heldOutCodes('vae')]));
  if (!loaded) return;
  const [model, codes] = loaded;
  const plane = scope.own(new LatentScatter(find(el, '.gen-plane'), {
    width: 260, height: 228, legend: false, domain: [-4, 4], interactive: false, pointRadius: 1.8, pointOpacity: 0.25,
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
      markers: Array.from({ length: n }, (_, k) => ({ z: [z[2 * k], z[2 * k + 1]] as [number, number], color: roles.q, radius: 4.5 })),
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
const generating: Slide = {
  id: 'generating',
  section: sections.generating,
  title: { fr: 'Générer de nouvelles données', en: 'Generating new data' },
  body: byLanguage(body),
  notes,
  params: [SEED],
  heavy: true,
  mount,
};

export default generating;
