import type { Scope, Slide, SlideContent } from '../src/deck/types.ts';
import type { Lang } from '../src/i18n/lang.ts';
import { byLanguage, pick } from '../src/i18n/localize.ts';
import { find } from '../src/deck/find.ts';
import { createScope, type OwnedScope } from '../src/deck/scope.ts';
import { createParamStore } from '../src/deck/params.ts';
import { sections } from './sections.ts';
import { DrawPad } from '../src/widgets/drawPad.ts';
import { DrawingOnPlane } from '../src/widgets/drawingOnPlane.ts';
import { AeDrawingReading } from '../src/widgets/aeDrawingReading.ts';
import type { DrawingModel } from '../src/widgets/drawingAnalysis.ts';
import type { StrokeDrawing } from '../src/data/digitPreprocess.ts';
import { loadForSlide } from '../src/widgets/modelStatus.ts';
import { showErrorNotice } from '../src/widgets/errorNotice.ts';
import { sourceCaption } from '../src/live/activeModel.ts';
import type { ModelSource } from '../src/live/types.ts';
import { roles } from '../src/charts/palette.ts';
import { drawDigitNotes } from './drawDigitNotes.ts';
import './drawDigit.css';
import { showDatasetNote, DRAWING_PAD_NOTE } from '../src/widgets/datasetNote.ts';

const PAD = 250;
const COLOR = roles.q;
const LABEL = { fr: 'votre dessin', en: 'your drawing' };

/** A "#": not a digit, for the anomaly-score demonstration (unit square, drawn at 70 % of the pad). */
const NOT_A_DIGIT: ReadonlyArray<ReadonlyArray<[number, number]>> = [
  [[0.3, 0.05], [0.25, 0.95]], [[0.7, 0.05], [0.65, 0.95]], [[0.05, 0.32], [0.95, 0.32]], [[0.05, 0.68], [0.95, 0.68]],
];

/** The "#" as strokes on a side×side pad. */
export function notADigit(side: number): StrokeDrawing {
  const s = 0.7 * side;
  const o = (side - s) / 2;
  return { width: side, height: side, brush: side / 11, strokes: NOT_A_DIGIT.map((st) => st.map(([x, y]) => ({ x: o + x * s, y: o + y * s }))) };
}

function body(lang: Lang): string {
  const t = pick(lang);
  return `<div class="dd-top">
  <fieldset class="dd-model"><legend>${t({ fr: 'Modèle\u00a0:', en: 'Model:' })}</legend>
    <label><input type="radio" name="dd-model" value="pretrained" checked> ${t({ fr: 'pré-entraîné', en: 'pretrained' })}</label>
    <label><input type="radio" name="dd-model" value="live" disabled> ${t({ fr: 'entraîné en direct', en: 'trained live' })}</label>
  </fieldset>
  <button type="button" class="dd-not-digit">${t({ fr: 'Exemple\u00a0: «\u00a0#\u00a0», pas un chiffre', en: 'Example: “#”, not a digit' })}</button>
</div>
<div class="dd-cols">
  <div class="dd-left">
    <p class="dd-lead">${t({ fr: 'Dessinez un chiffre (souris, doigt, stylet). Au clavier\u00a0: touches 0–9 sur le cadre.', en: 'Draw a digit (mouse, finger, pen). Keyboard: keys 0–9 on the pad.' })}</p>
    <div class="dd-pad"></div>
  </div>
  <div class="dd-right">
    <p class="dd-source model-source muted"></p>
    <div class="dd-vae"></div>
    <div class="dd-ae"></div>
  </div>
</div>`;
}

/** The VAE behind the pad: the pretrained one in the page, or the live one in the worker (encode and decode there). */
async function vaeFor(scope: Scope, source: ModelSource): Promise<{ model: DrawingModel; codes: { points: Float32Array; labels: Uint8Array }; step: number }> {
  const training = scope.services.training;
  const live = source === 'live' ? training.liveModel() : null;
  if (live) {
    const codes = await live.codes();
    return { model: { encode: (x, n) => training.encodeDistribution(x, n), decode: (z, n) => live.decode(z, n) }, codes, step: live.step };
  }
  const lib = scope.services.pretrained;
  const [model, held] = await Promise.all([lib.model('vae'), lib.heldOutCodes('vae')]);
  return { model, codes: { points: held.mean, labels: held.labels }, step: 0 };
}

/** A scope for the part that changes with the model choice, released with the slide or at the next choice. */
function childScope(parent: Scope): OwnedScope {
  const child = createScope({ lang: parent.lang, mode: parent.mode, params: createParamStore(new Map(), ''), declared: [], services: parent.services });
  parent.onDispose(() => child.dispose());
  return child;
}

async function mount(el: HTMLElement, scope: Scope): Promise<void> {
  showDatasetNote(el, scope, DRAWING_PAD_NOTE);
  const ae = await loadForSlide(find(el, '.dd-ae'), scope, async (lib) => {
    const [model, codes] = await Promise.all([lib.model('ae'), lib.heldOutCodes('ae')]);
    return { model, codes };
  });
  if (!ae) return;
  const aeView = new AeDrawingReading(find(el, '.dd-ae'), scope, { model: ae.model, codes: { points: ae.codes.mean, labels: ae.codes.labels }, width: 250, height: 210, color: COLOR });
  let view: DrawingOnPlane | null = null;
  let part: OwnedScope | null = null;
  let centre = true;
  const place = (drawing: StrokeDrawing) => {
    view?.show({ id: 'pad', label: LABEL, color: COLOR, source: { kind: 'strokes', drawing } });
    aeView.show({ kind: 'strokes', drawing }, centre);
  };
  const pad = new DrawPad(find(el, '.dd-pad'), scope, { width: PAD, height: PAD, onChange: (d) => place(d) });
  const caption = find(el, '.dd-source');
  const host = find(el, '.dd-vae');

  const useModel = async (source: ModelSource): Promise<void> => {
    part?.dispose();
    const s = (part = childScope(scope));
    view = null;
    host.replaceChildren();
    caption.textContent = scope.t({ fr: 'Chargement du modèle…', en: 'Loading the model…' });
    try {
      const vae = await vaeFor(s, source);
      if (s.disposed) return;
      caption.textContent = s.t(sourceCaption({ source: vae.step > 0 ? 'live' : 'pretrained', step: vae.step }, s.services.dataset));
      find(el, '.dd-cols').dataset.source = vae.step > 0 ? 'live' : 'pretrained';
      view = new DrawingOnPlane(host, s, {
        model: vae.model, origin: vae.step > 0 ? 'live' : 'pretrained', codes: vae.codes, width: 400, height: 380, digitSize: 84, samples: 4, centringSwitch: true,
      });
      // the AE's reading sits under the VAE's, in the plane view's side column (it outlives each view)
      host.querySelector('.drawing-on-plane-side')?.append(aeView.root);
      const box = host.querySelector<HTMLInputElement>('[data-centring]');
      if (box) {
        box.checked = centre;
        view.setCentring(centre);
        s.listen(box, 'change', () => {
          centre = box.checked;
          aeView.show({ kind: 'strokes', drawing: pad.drawing }, centre);
        });
      }
      place(pad.drawing);
    } catch (err) {
      if (!s.disposed) {
        caption.textContent = '';
        showErrorNotice(host, err, scope.lang);
      }
    }
  };

  const radios = [...el.querySelectorAll<HTMLInputElement>('input[name="dd-model"]')];
  const liveReady = scope.services.training.liveModel() !== null;
  for (const r of radios) {
    if (r.value === 'live') r.disabled = !liveReady;
    r.checked = r.value === (liveReady ? 'live' : 'pretrained');
    scope.listen(r, 'change', () => r.checked && void useModel(r.value as ModelSource));
  }
  const hash = find<HTMLButtonElement>(el, '.dd-not-digit');
  scope.listen(hash, 'click', () => pad.setDrawing(notADigit(PAD)));
  await useModel(liveReady ? 'live' : 'pretrained');
}

/** Slide: draw a digit — the class's drawing through the VAE (μ, σ-ellipse, samples, −ELBO) and the AE, live or pretrained. */
const drawDigit: SlideContent = {
  body: byLanguage(body),
  notes: drawDigitNotes,
  mount,
};

export default drawDigit;
