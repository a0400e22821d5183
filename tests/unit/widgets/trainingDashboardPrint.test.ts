// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTrainingHistory } from '../../../src/data/trainingHistory.ts';
import { trainingDashboardHtml } from '../../../src/widgets/trainingDashboardHtml.ts';
import { runCardHtml, showPrintedRun } from '../../../src/widgets/trainingDashboardPrint.ts';

const file = 'public/models/vae-mnist/history.json';
const history = parseTrainingHistory(JSON.parse(readFileSync(file, 'utf8')), file);

function dashboard(lang: 'fr' | 'en'): HTMLElement {
  document.body.innerHTML = `<div class="reveal">${trainingDashboardHtml(lang)}</div>`;
  return document.querySelector<HTMLElement>('.tr-dashboard')!;
}

describe('the training dashboard on paper', () => {
  it('replaces every control by the run card of the saved history (no button, no slider, no speed)', () => {
    const root = dashboard('fr');
    const curves = showPrintedRun(root, history, 'fr');
    expect(curves).not.toBeNull();
    expect(root.querySelectorAll('button, input, .tr-speed').length).toBe(0);
    const card = root.querySelector('.tr-print-run')!.textContent!;
    expect(card).toContain('Entraînement terminé');
    expect(card).toContain(String(history.epochs.length));
    expect(card).toContain(history.final.negElbo.toFixed(1).replace('.', ','));
    expect(card).not.toMatch(/\bs\b|secondes|seconds/); // no machine-dependent training time
    expect(root.dataset.printedEpochs).toBe(String(history.epochs.length));
    curves!.destroy();
  });

  it('draws one curve point per epoch, with the held-out −ELBO, on an axis in epochs', () => {
    const root = dashboard('en');
    const curves = showPrintedRun(root, history, 'en')!;
    const paths = Array.from(root.querySelectorAll('.tr-loss svg path[d]')).filter((p) => (p.getAttribute('d') ?? '').length > 0);
    expect(paths.length).toBeGreaterThanOrEqual(3);
    expect(root.querySelector('.tr-kl')!.textContent).toContain('epochs');
    curves.destroy();
  });

  it('says clearly when the history is missing, with no empty chart', () => {
    const root = dashboard('fr');
    expect(showPrintedRun(root, null, 'fr')).toBeNull();
    expect(root.textContent).toContain('L’historique d’entraînement n’est pas disponible.');
    expect(root.querySelector('.tr-loss svg')).toBeNull();
  });

  it('writes the run card in English with English number format', () => {
    const html = runCardHtml(history, 'en');
    expect(html).toContain('Finished training run');
    expect(html).toContain('0.001 → 0.0001 (cosine)');
  });
});
