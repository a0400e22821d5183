import type { ParamSpec, Scope, Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { sections } from './sections.ts';
import { tex } from '../src/deck/tex.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { DigitGrid } from '../src/charts/digitGrid.ts';
import { LatentScatter } from '../src/charts/latentScatter.ts';
import type { LatentAnnotations } from '../src/charts/latentAnnotations.ts';
import { CompactPad } from '../src/widgets/compactPad.ts';
import { liveOrPrint } from '../src/deck/printText.ts';
import { roles } from '../src/charts/palette.ts';
import { randomNormalArray } from '../src/math/random.ts';
import { codeExtent, distinctSorted, nearestLabels } from '../src/math/latentStats.ts';
import { digitLegendHtml } from '../src/widgets/latentExplorer.ts';
import { latestOnly } from '../src/widgets/latestPerFrame.ts';
import { loadForSlide } from '../src/widgets/modelStatus.ts';
import { setShownValue } from '../src/widgets/shownValue.ts';
import type { LatentModel } from '../src/model/pretrained.ts';
import type { MnistSet } from '../src/data/mnist.ts';
import type { HeldOutCodes, PretrainedKind } from '../src/live/pretrainedLibrary.ts';
import './latentSlides.css';
import './slidePads.css';
import './aeVsVaeLive.css';
import { showDatasetNote } from '../src/widgets/datasetNote.ts';
import { classNamesOf } from '../src/widgets/classNames.ts';

const SEED: ParamSpec = { name: 'cmpSeed', min: 1, max: 999_999, default: 1, step: 1 };
/** Draws shown per model (the same z for both). */
const DRAWS = 12;
const KINDS: readonly PretrainedKind[] = ['ae', 'vae'];

function column(lang: Lang, kind: PretrainedKind): string {
  const t = pick(lang);
  const name = kind === 'ae' ? t({ fr: 'Autoencodeur (AE)', en: 'Autoencoder (AE)' }) : 'VAE';
  // Said once per column so the lead line keeps only the key message: both decoders get the same draws.
  const draws = kind === 'ae'
    ? t({ fr: `· ${DRAWS} tirages ${tex('z \\sim \\mathcal{N}(0, I)')} (${tex('\\otimes')} sur le plan)`, en: `· ${DRAWS} draws ${tex('z \\sim \\mathcal{N}(0, I)')} (${tex('\\otimes')} on the plane)` })
    : t({ fr: `· les mêmes ${DRAWS} tirages`, en: `· the same ${DRAWS} draws` });
  return `<div class="cmp-col" data-kind="${kind}">
  <h3>${name} <span class="cmp-sub">${draws}</span></h3>
  <div class="cmp-row"><div class="cmp-plane"></div><div class="cmp-right"><div class="cmp-grid"></div>
    <div class="cmp-hover"><span class="small muted">${t({ fr: 'sous le curseur\u00a0:', en: 'under the cursor:' })}</span></div></div></div>
  <p class="cmp-scale small"></p>
  <p class="cmp-classes small"></p>
</div>`;
}

function body(lang: Lang): string {
  const t = pick(lang);
  return `<p class="lead">${
    t({
      fr: `Pour générer, il faut une loi d’où tirer ${tex('z')}\u00a0: pour l’AE, <strong>rien ne dit où tirer un nouveau code</strong>.`,
      en: `To generate, we need a distribution to draw ${tex('z')} from: for the AE, <strong>nothing says where to draw a new code</strong>.`,
    })
  }</p>
<div class="cmp-top">${digitLegendHtml(t({ fr: 'couleur de chaque chiffre', en: 'colour of each digit' }))}
  <p class="cmp-actions"><button type="button" class="primary cmp-button">${t({ fr: 'Nouveaux tirages', en: 'New draws' })}</button>
  <span class="muted">${t({ fr: 'tirage n°', en: 'draw no.' })} <span class="shown-value cmp-seed" data-value=""></span></span></p></div>
<div class="cols cmp-cols">${column(lang, 'ae')}${column(lang, 'vae')}</div>
<div class="cmp-draw"><div class="cmp-pad"></div><p class="cmp-caption small">${
    t({
      fr: 'Survoler un plan décode le point visé\u00a0: l’AE dessine aussi des chiffres nets entre ses groupes, son défaut n’est pas là.',
      en: 'Hovering over a plane decodes the point under the cursor: the AE also draws clean digits between its groups; that is not its flaw.',
    })
  } ${t({
      fr: liveOrPrint('Dessinez un chiffre dans le cadre\u00a0: le même dessin passe dans les deux encodeurs (gros point sur chaque plan, avec l’ellipse à 2σ pour le VAE).', 'Le 2 dessiné dans le cadre passe dans les deux encodeurs (gros point sur chaque plan, avec l’ellipse à 2σ pour le VAE).'),
      en: liveOrPrint('Draw a digit in the pad: the same drawing goes through both encoders (big dot on each plane, with the 2σ ellipse for the VAE).', 'The 2 drawn in the pad goes through both encoders (big dot on each plane, with the 2σ ellipse for the VAE).'),
    })}</p></div>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 3 min.</strong> <strong>Question : qu’est-ce qui empêche un autoencodeur classique de générer ?</strong> Pour générer, il faut tirer un nouveau code z au hasard, donc connaître la loi des codes.</p>
<ul><li><strong>Les échelles :</strong> les codes des 1 000 chiffres de test de l’AE s’étalent d’environ −35 à +27 (ligne sous le plan de gauche), sans loi connue ; ceux du VAE restent entre −3 et +4 environ, à peu près selon 𝒩(0, I).</li>
<li><strong>Ce qu’on voit :</strong> les mêmes 12 tirages z ~ 𝒩(0, I) (disques marqués d’une croix) vont dans les deux décodeurs. Sur le plan de l’AE, le cercle pointillé « rayon 2 » (86 % des tirages) ne fait que quelques pixels : les 12 tirages s’y entassent, dans un petit coin de l’espace, près de quelques groupes seulement.</li>
<li><strong>« Chiffres obtenus »</strong> donne la classe du chiffre de test le plus proche de chaque image décodée : l’AE produit peu de classes (tirage n° 1 : 0, 2, 3, 5, 6 ; sur 300 tirages mesurés, jamais de 1, de 4 ni de 7) ; le VAE, des chiffres variés (les dix classes sur 300 tirages).</li></ul>
<p><strong>À faire.</strong> Cliquer deux ou trois fois « Nouveaux tirages ». Puis survoler les plans : l’AE décode aussi des chiffres nets entre ses groupes. Le dire honnêtement : son défaut n’est pas un espace « troué », c’est qu’on ne sait pas où tirer ; et son nuage change à chaque entraînement.</p>
<p><strong>Le cadre (en bas).</strong> Un élève dessine un chiffre : le même dessin passe dans les deux encodeurs ; un gros point marque son code sur chaque plan (avec l’ellipse à 2σ pour le VAE). Le 7 du clavier donne μ ≈ (−1,2 ; 0,9) pour le VAE et z ≈ (−33 ; −7) pour l’AE.</p>
<p><strong>Question probable :</strong> « Et si on tirait selon l’étendue des codes de l’AE ? » On peut ajuster une loi après coup, mais rien dans l’entraînement ne garantit que ses zones décodent du plausible ; le VAE impose 𝒩(0, I) pendant l’entraînement.</p>`,
  en: `<p><strong>≈ 3 min.</strong> <strong>Question: what stops a plain autoencoder from generating?</strong> To generate we must draw a new code z at random, so we must know the distribution of the codes.</p>
<ul><li><strong>The scales:</strong> the AE’s codes of the 1,000 test digits spread from about −35 to +27 (line under the left plane), with no known distribution; the VAE’s stay between about −3 and +4, roughly following 𝒩(0, I).</li>
<li><strong>What we see:</strong> the same 12 draws z ~ 𝒩(0, I) (discs marked with a cross) go through both decoders. On the AE’s plane the dashed “radius 2” circle (86% of the draws) is only a few pixels wide: the 12 draws pile up in it, in a small corner of the space, near a few groups only.</li>
<li><strong>“Digits obtained”</strong> gives the class of the test digit nearest to each decoded image: the AE produces few classes (draw no. 1: 0, 2, 3, 5, 6; over 300 measured draws, never a 1, a 4 or a 7); the VAE, varied digits (all ten classes over 300 draws).</li></ul>
<p><strong>What to do.</strong> Click “New draws” two or three times. Then hover over the planes: the AE also decodes clean digits between its groups. Say it honestly: its flaw is not a space “full of holes”, it is that we do not know where to draw; and its cloud changes with every training run.</p>
<p><strong>The pad (bottom).</strong> A student draws a digit: the same drawing goes through both encoders; a big dot marks its code on each plane (with the 2σ ellipse for the VAE). The keyboard’s 7 gives μ ≈ (−1.2, 0.9) for the VAE and z ≈ (−33, −7) for the AE.</p>
<p><strong>Likely question:</strong> “What if we drew over the range of the AE’s codes?” One can fit a distribution afterwards, but nothing in training makes its regions decode to something plausible; the VAE imposes 𝒩(0, I) during training.</p>`,
};

/** One model's column: its plane with the prior's circles and the draws, its decoded draws, scale and classes. */
interface Column {
  model: LatentModel;
  plane: LatentScatter;
  grid: DigitGrid;
  classes: HTMLElement;
  /** The draws' annotations and the drawing's (from the pad), drawn together. */
  draws: LatentAnnotations;
  drawing: LatentAnnotations;
}

/** Redraw a column's annotations: the prior's circle and the draws, then the drawing on top. */
function paint(c: Column): void {
  c.plane.annotate({
    ellipses: [...(c.draws.ellipses ?? []), ...(c.drawing.ellipses ?? [])],
    markers: [...(c.draws.markers ?? []), ...(c.drawing.markers ?? [])],
  });
}

function scaleText(scope: Scope, kind: PretrainedKind, codes: HeldOutCodes): string {
  const e = codeExtent(codes.mean);
  const n = (v: number) => formatNumber(v, scope.lang, 0);
  const range = scope.t({
    fr: `Codes de test\u00a0: <i>z</i>₁ de ${n(e.min[0])} à ${n(e.max[0])}, <i>z</i>₂ de ${n(e.min[1])} à ${n(e.max[1])}.`,
    en: `Test codes: <i>z</i>₁ from ${n(e.min[0])} to ${n(e.max[0])}, <i>z</i>₂ from ${n(e.min[1])} to ${n(e.max[1])}.`,
  });
  const law = kind === 'ae'
    ? scope.t({ fr: ' Aucune loi connue.', en: ' No known distribution.' })
    : scope.t({ fr: ' À peu près 𝒩(0, I).', en: ' Roughly 𝒩(0, I).' });
  return range + law;
}

async function mountColumn(el: HTMLElement, scope: Scope, kind: PretrainedKind): Promise<Column | null> {
  const col = find(el, `.cmp-col[data-kind="${kind}"]`);
  const gridHost = find(col, '.cmp-grid');
  const loaded = await loadForSlide(gridHost, scope, (lib) => Promise.all([lib.model(kind), lib.heldOutCodes(kind)]));
  if (!loaded) return null;
  const [model, codes] = loaded;
  const plane = scope.own(new LatentScatter(find(col, '.cmp-plane'), {
    width: 300, height: 280, legend: false, fit: kind === 'ae' ? 'data' : 'symmetric', pointRadius: 2, pointOpacity: 0.5,
    ariaLabel: scope.t({ fr: `espace latent de l’${kind.toUpperCase()}`, en: `latent space of the ${kind.toUpperCase()}` }),
    formatTick: (v) => formatNumber(v, scope.lang, 0),
  }));
  plane.update({ points: codes.mean, labels: codes.labels });
  const grid = scope.own(new DigitGrid(gridHost, { cols: 4, cellSize: 62, gap: 5, ariaLabel: scope.t({ fr: 'tirages décodés', en: 'decoded draws' }) }));
  const hover = scope.own(new DigitGrid(find(col, '.cmp-hover'), { cols: 1, cellSize: 58, gap: 0, ariaLabel: scope.t({ fr: 'chiffre sous le curseur', en: 'digit under the cursor' }) }));
  plane.onPick(latestOnly<[number, number]>(scope, async (z) => {
    const image = await model.decode(new Float32Array(z), 1);
    if (scope.disposed) return;
    hover.update(image);
    plane.setMarker(z);
  }));
  find(col, '.cmp-scale').innerHTML = scaleText(scope, kind, codes);
  return { model, plane, grid, classes: find(col, '.cmp-classes'), draws: {}, drawing: {} };
}

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  showDatasetNote(el, scope);
  if (scope.services.dataset.id !== 'mnist') {
    find(el, '.digit-legend').outerHTML = digitLegendHtml(scope.t({ fr: 'couleur de chaque classe', en: 'colour of each class' }), classNamesOf(scope));
    find(el, '.digit-legend').classList.add('digit-legend-long');
  }
  const [columns, digits] = await Promise.all([
    Promise.all(KINDS.map((kind) => mountColumn(el, scope, kind))),
    scope.services.pretrained.heldOutDigits().catch(() => null as MnistSet | null),
  ]);
  if (scope.disposed) return;
  const seedEl = find(el, '.cmp-seed');
  let seed = Math.round(scope.param(SEED.name));
  const draw = async (): Promise<void> => {
    const z = randomNormalArray(2 * DRAWS, seed); // the same z ~ N(0, I) for both decoders
    const markers = Array.from({ length: DRAWS }, (_, k) => ({ z: [z[2 * k], z[2 * k + 1]] as [number, number], color: roles.ink, radius: 7, cross: true }));
    for (const c of columns) {
      if (!c) continue;
      const images = await c.model.decode(z, DRAWS);
      if (scope.disposed) return;
      c.grid.update(images);
      // The circle of radius 2 around 0 (86 % of the draws), labelled: on the AE's wide plane it is only a few pixels across.
      c.draws = { ellipses: [{ center: [0, 0], radii: [2, 2], color: roles.ink, dashed: true, label: scope.t({ fr: 'rayon 2', en: 'radius 2' }) }], markers };
      paint(c);
      if (digits) {
        const classes = distinctSorted(nearestLabels(images, DRAWS, digits));
        c.classes.dataset.classes = classes.join(',');
        c.classes.textContent = scope.t({
          fr: `Chiffres obtenus (plus proche chiffre réel)\u00a0: ${classes.join(', ')}`,
          en: `Digits obtained (nearest real digit): ${classes.join(', ')}`,
        });
      }
    }
    setShownValue(seedEl, seed, scope.lang, 0);
  };
  scope.listen(find(el, '.cmp-button'), 'click', () => {
    seed = scope.setParam(SEED.name, seed >= SEED.max ? SEED.min : seed + 1);
    void draw();
  });
  await draw();
  const [ae, vae] = columns;
  if (ae && vae && !scope.disposed) {
    const pad = new CompactPad(find(el, '.cmp-pad'), scope, {
      size: 92, vae: vae.model, ae: ae.model, seenSize: 0,
      onRead: ({ vae: v, ae: a }) => {
        vae.drawing = v ? drawingMark(v.mean, v.sigma) : {};
        ae.drawing = a ? drawingMark(a.mean, null) : {};
        paint(vae);
        paint(ae);
      },
    });
    await pad.settled();
  }
}

/** The drawing on a plane: a large ink dot at its code, with the 2σ-ellipse of q(z|x) for the VAE. */
function drawingMark(z: [number, number], sigma: [number, number] | null): LatentAnnotations {
  return {
    ellipses: sigma ? [{ center: z, radii: [2 * sigma[0], 2 * sigma[1]], color: roles.ink }] : [],
    markers: [{ z, color: roles.ink, radius: 7 }],
  };
}

/** Question 1 (live): the same draws z ~ N(0, I) through the pretrained AE's and VAE's decoders, each latent space at its own scale. */
const aeVsVaeLive: SlideContent = {
  body: byLanguage(body),
  notes,
  params: [SEED],
  mount,
};

export default aeVsVaeLive;
