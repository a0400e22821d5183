import type { Scope, Slide } from '../src/deck/types.ts';
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { NetworkDiagram } from '../src/charts/networkDiagram.ts';
import { roles } from '../src/charts/palette.ts';
import { codeViewHtml, type CodeViewOptions } from '../src/widgets/codeView.ts';
import { fetchNetwork } from '../src/widgets/networkSpec.ts';
import { showErrorNotice } from '../src/widgets/errorNotice.ts';
import { demoSection } from './demoSection.ts';
import './demoSlides.css';

/** Where the committed pretrained VAE lives (relative to the page), one model.json per half. */
export const VAE_MODEL_DIR = 'models/vae-mnist';

/** What differs between the encoder and the decoder slide. */
export interface NetworkSlideSpec {
  id: string;
  part: 'encoder' | 'decoder';
  title: Localized;
  /** One or two sentences above the diagram (HTML). */
  lead: Localized;
  /** Display names of some layers (by layer id in model.json). */
  labels: Localized<Record<string, string>>;
  /** Border colours of some layers. */
  colors: Record<string, string>;
  /** The source excerpt shown next to the diagram. */
  code: Omit<CodeViewOptions, 'lang'>;
  notes: Localized;
}

function body(spec: NetworkSlideSpec, lang: Lang): string {
  const fr = lang === 'fr';
  const file = `public/${VAE_MODEL_DIR}/${spec.part}/model.json`;
  return `<div class="net-cols">
  <div class="net-left">
    <p class="net-lead">${spec.lead[lang]}</p>
    <div class="net-diagram chart-host" data-part="${spec.part}"></div>
    <p class="net-source">${fr ? 'Schéma lu dans' : 'Drawn from'} <code>${file}</code></p>
  </div>
  <div class="net-code">${codeViewHtml({ ...spec.code, lang })}</div>
</div>`;
}

/** Build a slide showing one half of the VAE: the diagram read from its model.json next to its real source. */
export function networkSlide(spec: NetworkSlideSpec): Slide {
  async function mount(el: HTMLElement, scope: Scope): Promise<void> {
    const lang = scope.lang;
    const host = el.querySelector<HTMLElement>('.net-diagram');
    if (!host) throw new Error(`${spec.id}: missing .net-diagram in the slide body`);
    try {
      const graph = await fetchNetwork(`${VAE_MODEL_DIR}/${spec.part}/model.json`, scope.signal);
      if (scope.disposed) return;
      const diagram = scope.own(
        new NetworkDiagram(host, {
          width: 440,
          height: 420,
          ariaLabel: scope.t(spec.title),
          formatInt: (v) => formatNumber(v, lang, 0),
          words: lang === 'fr' ? { input: 'entrée', params: 'paramètres', total: 'Total :' } : { input: 'input', params: 'parameters', total: 'Total:' },
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
  return {
    id: spec.id,
    section: demoSection,
    title: spec.title,
    body: { fr: body(spec, 'fr'), en: body(spec, 'en') },
    notes: spec.notes,
    mount,
  };
}

/** Colours of the latent heads/inputs in the diagrams (the q(z|x) role of the palette). */
export const latentColor = roles.q;
