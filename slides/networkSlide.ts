/** The shared parts of the encoder and decoder slides: the diagram of the notebook's network next to the cell that builds it. */
import type { Scope } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { NetworkDiagram } from '../src/charts/networkDiagram.ts';
import { roles } from '../src/charts/palette.ts';
import type { NetworkGraph } from '../src/charts/networkDiagram.ts';
import { listingText } from '../src/widgets/codeListing.ts';
import { notebookCell, notebookCellHtml } from '../src/widgets/notebookCell.ts';
import './demoSlides.css';

/** A `const NAME = <integer>;` of the notebook's encoder cell (HIDDEN, LATENT_DIM), so the diagram follows the code. */
function notebookConstant(name: string): number {
  const cell = notebookCell('encoder');
  const line = cell ? listingText(cell).find((l) => l.trimStart().startsWith(`const ${name} =`)) : undefined;
  const value = Number(line?.split('=')[1]?.replace(/;.*$/s, '').trim());
  if (!Number.isInteger(value) || value <= 0) throw new Error(`the notebook's encoder cell has no integer const ${name}`);
  return value;
}

/** The notebook's network (the one its cells build, layer names included): 784 → HIDDEN → 2 + 2, and 2 → HIDDEN → 784. */
export function notebookNetwork(part: 'encoder' | 'decoder'): NetworkGraph {
  const hidden = notebookConstant('HIDDEN');
  const latent = notebookConstant('LATENT_DIM');
  const dense = (id: string, inputs: number, units: number, from: string, activation?: string) =>
    ({ id, kind: 'dense' as const, units, activation, params: inputs * units + units, inputs: [from] });
  return part === 'encoder'
    ? { nodes: [
        { id: 'x', kind: 'input', units: 784, params: 0, inputs: [] },
        dense('enc_hidden', 784, hidden, 'x', 'relu'),
        dense('z_mean', hidden, latent, 'enc_hidden', 'linear'),
        dense('z_log_var', hidden, latent, 'enc_hidden', 'linear'),
      ] }
    : { nodes: [
        { id: 'z', kind: 'input', units: latent, params: 0, inputs: [] },
        dense('dec_hidden', latent, hidden, 'z', 'relu'),
        dense('x_hat', hidden, 784, 'dec_hidden', 'sigmoid'),
      ] };
}

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

/** Body of a network slide in one language: lead and diagram placeholder on the left, the notebook cell and what it builds on the right. */
export function networkBody(spec: NetworkPart, lang: Lang): string {
  const t = pick(lang);
  // The pretrained encoder narrows 784 → 512 → 256 → 2; the decoder mirrors it, 2 → 256 → 512 → 784.
  const hidden = spec.part === 'encoder' ? { fr: '512 puis 256', en: '512 then 256' } : { fr: '256 puis 512', en: '256 then 512' };
  return `<div class="net-cols">
  <div class="net-left">
    <p class="net-lead">${spec.lead[lang]}</p>
    <div class="net-diagram chart-host" data-part="${spec.part}"></div>
  </div>
  <div class="net-code">${notebookCellHtml({ cell: spec.cell, lang })}
    <p class="net-keras">${t({ fr: 'Sous chaque couche, en commentaire\u00a0: la même couche en Keras (Python).', en: 'Under each layer, as a comment: the same layer in Keras (Python).' })}</p>
    <p class="net-source">${t({
      fr: `Le schéma de gauche est le réseau du notebook, celui que construit ce code. Le modèle en direct (diapositive «\u00a0Entraîner\u00a0») a une couche cachée de 512\u00a0; le pré-entraîné, deux (${hidden.fr}).`,
      en: `The diagram on the left is the notebook’s network, the one this code builds. The live model (“Training” slide) has one hidden layer of 512; the pretrained one, two (${hidden.en}).`,
    })}</p>
  </div>
</div>`;
}

/** Draw the diagram of the notebook's `spec.part` (named `ariaLabel`). */
export function mountNetwork(el: HTMLElement, scope: Scope, spec: NetworkPart, ariaLabel: Localized): void {
  const lang = scope.lang;
  const host = find(el, '.net-diagram');
  const graph = notebookNetwork(spec.part);
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
}

/** Colours of the latent heads/inputs in the diagrams (the q(z|x) role of the palette). */
export const latentColor = roles.q;
