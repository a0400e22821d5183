/**
 * A test page that mounts the drawing pad and the plane view on the pretrained VAE, as a slide will:
 * `?lang=en` for English, `?print` for the print state. Publishes window.__drawpad for the e2e test.
 */
import { createScope } from '../../../src/deck/scope.ts';
import { createParamStore } from '../../../src/deck/params.ts';
import { testServices } from '../../support/services.ts';
import { initBackend } from '../../../src/model/backend.browser.ts';
import { loadPretrained } from '../../../src/model/pretrained.ts';
import { loadMnistBrowser } from '../../../src/data/mnist.browser.ts';
import { DrawPad } from '../../../src/widgets/drawPad.ts';
import { DrawingOnPlane } from '../../../src/widgets/drawingOnPlane.ts';
import { measureDrawLatency } from '../../../src/bench/drawPadLatency.ts';

const q = new URLSearchParams(location.search);
const scope = createScope({
  lang: q.get('lang') === 'en' ? 'en' : 'fr',
  mode: q.has('print') ? 'print' : 'live',
  params: createParamStore(new Map(), '', () => {}),
  declared: [],
  services: testServices(),
});
const w = window as unknown as { __drawpad: { ready: boolean; error?: string; backend?: string; latency?: typeof measureDrawLatency; pad?: DrawPad; view?: DrawingOnPlane; dispose?: () => void } };
w.__drawpad = { ready: false };

async function main(): Promise<void> {
  const backend = await initBackend();
  const [model, data] = await Promise.all([loadPretrained('vae', 'models/'), loadMnistBrowser('data/mnist-10k.bin')]);
  scope.own(model);
  const { mean } = await model.encode(data.test.images, data.test.labels.length);
  const mount = document.getElementById('mount')!;
  mount.style.display = 'flex';
  mount.style.gap = '16px';
  const padBox = document.createElement('div');
  mount.append(padBox);
  const view = new DrawingOnPlane(mount, scope, { model, origin: 'pretrained', codes: { points: mean, labels: data.test.labels }, width: 460, height: 400, digitSize: 84, centringSwitch: true });
  const label = { fr: 'votre dessin', en: 'your drawing' };
  const pad = new DrawPad(padBox, scope, {
    width: 280,
    height: 280,
    onChange: (drawing) => view.show({ id: 'pad', label, color: '#D55E00', source: { kind: 'strokes', drawing } }),
  });
  if (scope.mode === 'print') view.show({ id: 'pad', label, color: '#D55E00', source: { kind: 'strokes', drawing: pad.drawing } });
  await view.settled();
  Object.assign(w.__drawpad, { ready: true, backend: backend.name, latency: measureDrawLatency, pad, view, dispose: () => scope.dispose() });
}

main().catch((err: unknown) => {
  w.__drawpad.error = err instanceof Error ? err.message : String(err);
  console.error(err);
});
