// @vitest-environment jsdom
/** The training dashboard mounted on the training slide, driving a real TrainingSession over a fake worker (real trainer). */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { mnistFromBytes } from '../../../src/data/mnist.ts';
import { readFileSync } from 'node:fs';
import { TrainingSession } from '../../../src/live/trainingSession.ts';
import { sourceCaption } from '../../../src/live/activeModel.ts';
import { finitePoints } from '../../../src/widgets/snapshotView.ts';
import { trainingDashboardHtml } from '../../../src/widgets/trainingDashboardHtml.ts';
import { mountSlide, type Mounted } from '../slides/mountSlide.ts';
import { fakeTrainingWorker } from '../../support/fakeWorker.ts';
import { resolve } from 'node:path';
import { loadSlide } from '../../../slides/index.ts';

const training = await loadSlide('training');

// (the *.node.ts helpers resolve paths from import.meta.url, which is not a file: URL under jsdom)
const data = mnistFromBytes(new Uint8Array(readFileSync(resolve(__dirname, '../../../public/data/mnist-10k.bin'))), 'mnist-10k.bin');
const sessions: TrainingSession[] = [];
const session = (): TrainingSession => {
  const s = new TrainingSession({ openWorker: () => fakeTrainingWorker(data).port, dataUrl: 'unused', model: { hidden: 16, batchSize: 32, reportEvery: 2, snapshotEvery: 4 } });
  sessions.push(s);
  return s;
};
const until = async (ok: () => boolean, ms = 20_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};
const dash = (m: Mounted) => m.get('.tr-dashboard');

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
});
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
  document.body.replaceChildren();
});

describe('training dashboard', () => {
  it('says "Démarrage…" with its buttons disabled, then enables play once the worker is ready', async () => {
    const m = await mountSlide(training, { services: { training: session() } });
    expect(m.get('.tr-status').textContent).toContain('Démarrage');
    expect(m.get<HTMLButtonElement>('.tr-play').disabled).toBe(true);
    await until(() => dash(m).dataset.ready === 'true');
    expect(m.get<HTMLButtonElement>('.tr-play').disabled).toBe(false);
    expect(m.get('.tr-status').textContent).toBe('');
    expect(m.get('.tr-arch').textContent).toBe('784 → 16 → (2 + 2)');
    expect(m.get('.tr-backend').dataset.backend).toBe('cpu');
  });

  it('+10 runs ten steps: the step counter and the batch loss show them', async () => {
    const m = await mountSlide(training, { services: { training: session() } });
    await until(() => dash(m).dataset.ready === 'true');
    m.get<HTMLButtonElement>('.tr-step').click();
    await until(() => m.value('.tr-step-value') === 10);
    expect(Number(dash(m).dataset.lastLoss)).toBeGreaterThan(0);
    expect(dash(m).dataset.state).toBe('paused');
  });

  it('a learning rate set while the worker starts is the one that trains, and goes to the URL', async () => {
    const s = session();
    const m = await mountSlide(training, { services: { training: s } });
    const lr = m.get<HTMLInputElement>('.tr-lr');
    lr.value = '-3';
    lr.dispatchEvent(new Event('input', { bubbles: true }));
    expect(m.params.get('lr')).toBeCloseTo(0.001, 12);
    expect(m.get('.tr-lr-value').dataset.value).toBe(String(0.001));
    await until(() => dash(m).dataset.ready === 'true');
    m.get<HTMLButtonElement>('.tr-step').click();
    await until(() => s.view.history.length > 0);
    expect(s.view.history[0].learningRate).toBeCloseTo(0.001, 12);
  });

  it('takes lr, beta and seed from the URL (clamped), and shows them', async () => {
    const s = session();
    const m = await mountSlide(training, { search: '?lr=0.0005&beta=9&seed=abc', services: { training: s } });
    expect(s.view.settings).toEqual({ learningRate: 0.0005, beta: 4, seed: 1 });
    expect(m.get<HTMLInputElement>('.tr-beta').value).toBe('4');
    expect(m.get('.tr-lr-value').textContent).toBe('0,0005');
  });

  it('the pretrained switch shows the failsafe: play disabled, view "pretrained" (its figures fail clearly here)', async () => {
    const m = await mountSlide(training, { services: { training: session() } });
    await until(() => dash(m).dataset.ready === 'true');
    const sw = m.get<HTMLInputElement>('.tr-pretrained');
    sw.checked = true;
    sw.dispatchEvent(new Event('change'));
    await until(() => dash(m).dataset.view === 'pretrained');
    expect(m.get<HTMLButtonElement>('.tr-play').disabled).toBe(true);
    await until(() => m.get('.tr-status').classList.contains('notice-error'));
    expect(m.get('.tr-status').textContent).toMatch(/not available in this test/);
  });

  it('a worker that cannot start becomes a clear message, never a blank dashboard', async () => {
    const m = await mountSlide(training, { lang: 'en' });
    await until(() => m.get('.tr-status').classList.contains('notice-error'));
    expect(m.get('.tr-status').textContent).toMatch(/^Training could not start — showing the pretrained model\. no training worker/);
  });

  it('renders every static label in both languages with the buttons disabled', () => {
    for (const lang of ['fr', 'en'] as const) {
      const host = document.createElement('div');
      host.innerHTML = trainingDashboardHtml(lang);
      expect([...host.querySelectorAll('button')].every((b) => b.disabled)).toBe(true);
      expect(host.textContent).toContain(lang === 'fr' ? 'Réseau\u00a0:' : 'Network:');
    }
  });
});

describe('snapshot helpers', () => {
  it('finitePoints counts the pairs whose coordinates are both finite', () => {
    expect(finitePoints(new Float32Array([0, 1, Number.NaN, 2, 3, Number.POSITIVE_INFINITY, 4, 5]))).toBe(2);
  });

  it('sourceCaption says which model a slide shows, with the step count in the slide’s number format', () => {
    expect(sourceCaption({ source: 'live', step: 1250 }).fr).toBe('Modèle entraîné en direct (1\u202f250 pas)');
    expect(sourceCaption({ source: 'live', step: 1250 }).en).toBe('Model trained live (1,250 steps)');
    expect(sourceCaption({ source: 'pretrained', step: 0 }).en).toMatch(/^Pretrained model/);
  });
});
