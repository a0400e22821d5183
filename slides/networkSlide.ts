/** The shared parts of the encoder and decoder slides: the diagram read from a model.json next to the notebook's cell. */
import type { Scope } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { NetworkDiagram } from '../src/charts/networkDiagram.ts';
import { roles } from '../src/charts/palette.ts';
import { notebookCellHtml } from '../src/widgets/notebookCell.ts';
import { fetchNetwork } from '../src/widgets/networkSpec.ts';
import { showErrorNotice } from '../src/widgets/errorNotice.ts';
import './demoSlides.css';

/** Where the committed pretrained VAE lives (relative to the page), one model.json per half. */
export const VAE_MODEL_DIR = 'models/vae-mnist';

/** What differs between the encoder and the decoder slide's diagram and code. */
export interface NetworkPart {
  part: 'encoder' | 'decoder';
  /** One or two sentences above the diagram (HTML). */
  lead: Localized;
  /** Display names of some layers (by layer id in model.json). */
  labels: Localized<Record<string, string>>;
  /** Border colours of some layers. */
  colors: Record<string, string>;
  /** Tag (without `slide:`) of the notebook cell shown next to the diagram. */
  cell: string;
}

/** Body of a network slide in one language: lead, diagram placeholder, where it is read from, the notebook cell. */
export function networkBody(spec: NetworkPart, lang: Lang): string {
  const t = pick(lang);
  // The pretrained encoder narrows 784 → 512 → 256 → 2; the decoder mirrors it, 2 → 256 → 512 → 784.
  const hidden = spec.part === 'encoder' ? { fr: '512 puis 256', en: '512 then 256' } : { fr: '256 puis 512', en: '256 then 512' };
  return `<div class="net-cols">
  <div class="net-left">
    <p class="net-lead">${spec.lead[lang]}</p>
    <div class="net-diagram chart-host" data-part="${spec.part}"></div>
    <p class="net-source">${t({ fr: 'Schéma du modèle pré-entraîné fourni avec le diaporama.', en: 'Diagram of the pretrained model shipped with the slides.' })}</p>
  </div>
  <div class="net-code">${notebookCellHtml({ cell: spec.cell, lang })}
    <p class="net-keras">${t({ fr: `Sous chaque couche, en commentaire\u00a0: la même couche en Keras (Python). Ce notebook n’a qu’une couche cachée de 256\u00a0; le schéma, à gauche, est celui du modèle pré-entraîné (${hidden.fr}).`, en: `Under each layer, as a comment: the same layer in Keras (Python). This notebook has a single hidden layer of 256; the diagram, left, is the pretrained model’s (${hidden.en}).` })}</p>
  </div>
</div>`;
}

/** Draw the diagram of `spec.part` from its model.json (named `ariaLabel`). */
export async function mountNetwork(el: HTMLElement, scope: Scope, spec: NetworkPart, ariaLabel: Localized): Promise<void> {
  const lang = scope.lang;
  const host = find(el, '.net-diagram');
  try {
    const graph = await fetchNetwork(`${VAE_MODEL_DIR}/${spec.part}/model.json`, scope.signal);
    if (scope.disposed) return;
    const diagram = scope.own(
      new NetworkDiagram(host, {
        width: 440,
        height: 420,
        ariaLabel: scope.t(ariaLabel),
        formatInt: (v) => formatNumber(v, lang, 0),
        words: pick(lang)({ fr: { input: 'entrée', params: 'paramètres', total: 'Total :' }, en: { input: 'input', params: 'parameters', total: 'Total:' } }),
        labels: spec.labels[lang],
        colors: spec.colors,
      }),
    );
    diagram.update(graph);
    host.dataset.layers = String(graph.nodes.length);
  } catch (err) {
    if (!scope.disposed) showErrorNotice(host, err, lang);
  }
}

/** Colours of the latent heads/inputs in the diagrams (the q(z|x) role of the palette). */
export const latentColor = roles.q;
