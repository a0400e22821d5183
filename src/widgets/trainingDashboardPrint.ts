/**
 * The training dashboard on paper (scope.mode 'print'): no training runs there, so the slide shows the finished
 * run that produced the pretrained weights, from its saved history (models/vae-<data set>/history.json): the loss
 * curves per epoch, the run's settings and final numbers in place of the controls (no greyed buttons), and no
 * machine-dependent figure (speed, backend of the printing machine, training time).
 */
import { locales, type Lang, type Localized } from '../i18n/lang.ts';
import { formatNumber } from '../i18n/format.ts';
import { DATASETS, type DatasetInfo } from '../data/datasets.ts';
import { parseTrainingHistory, type TrainingHistory } from '../data/trainingHistory.ts';
import { LossCurves } from './lossCurves.ts';
import './trainingDashboardPrint.css';

/** Every sentence of the printed run card. */
export const printText = {
  heading: { fr: 'Entraînement terminé', en: 'Finished training run' },
  epochs: { fr: 'Époques', en: 'Epochs' },
  batch: { fr: 'Lot', en: 'Batch' },
  images: { fr: 'images', en: 'images' },
  lr: { fr: 'Taux d’apprentissage', en: 'Learning rate' },
  cosine: { fr: 'cosinus', en: 'cosine' },
  seed: { fr: 'Graine', en: 'Seed' },
  data: { fr: 'Données', en: 'Data' },
  trainTest: { fr: 'entraînement / test', en: 'train / test' },
  lastLoss: { fr: 'Perte (dernière époque)', en: 'Loss (last epoch)' },
  testNegElbo: { fr: '−ELBO test final', en: 'Final test −ELBO' },
  unit: { fr: 'nats / image, plus bas = mieux', en: 'nats / image, lower is better' },
  source: {
    fr: 'Courbes de l’entraînement qui a produit le modèle pré-entraîné (npm run train).',
    en: 'Curves of the run that produced the pretrained model (npm run train).',
  },
  unavailable: { fr: 'L’historique d’entraînement n’est pas disponible.', en: 'The training history is not available.' },
} satisfies Record<string, Localized>;

/** Fetch and check the history of a data set's pretrained VAE (same origin as the deck). */
export async function loadPretrainedHistory(dataset: DatasetInfo = DATASETS.mnist): Promise<TrainingHistory> {
  const url = new URL(`${dataset.models.vae}/history.json`, document.baseURI).href;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return parseTrainingHistory(await res.json(), url);
}

/** HTML of the run card: the run's settings and its final figures (everything from the history file). */
export function runCardHtml(h: TrainingHistory, lang: Lang): string {
  const t = (k: keyof typeof printText): string => printText[k][lang];
  const n = (v: number, d = 0): string => formatNumber(v, lang, d);
  const c = h.config;
  const last = h.epochs[h.epochs.length - 1];
  const row = (label: string, value: string, cls = ''): string => `<dt>${label}</dt><dd class="${cls}">${value}</dd>`;
  const rate = (v: number): string => new Intl.NumberFormat(locales[lang], { maximumSignificantDigits: 3 }).format(v);
  const lr = typeof c.lrFinal === 'number' && typeof c.lr === 'number' && c.lrFinal !== c.lr
    ? `${rate(c.lr)} → ${rate(c.lrFinal)}${c.lrSchedule === 'cosine' ? ` (${t('cosine')})` : ''}`
    : typeof c.lr === 'number' ? rate(c.lr) : '—';
  const rows = [
    row(t('epochs'), n(h.epochs.length)),
    typeof c.batch === 'number' ? row(t('batch'), `${n(c.batch)} ${t('images')}`) : '',
    row(t('lr'), lr),
    typeof c.seed === 'number' ? row(t('seed'), n(c.seed)) : '',
    typeof c.trainImages === 'number' && typeof c.testImages === 'number'
      ? row(t('data'), `${n(c.trainImages)} / ${n(c.testImages)}`) : '',
  ];
  return `<div class="tr-print-run">
  <p class="tr-print-heading">${t('heading')}</p>
  <dl class="tr-print-settings">${rows.join('')}</dl>
  <dl class="tr-print-results">
    ${row(t('lastLoss'), n(last.total, 1), 'tr-print-last')}
    ${row(t('testNegElbo'), n(h.final.negElbo, 1), 'tr-print-final')}
  </dl>
  <p class="tr-print-unit">${t('unit')}</p>
  <p class="tr-print-source">${t('source')}</p>
</div>`;
}

/**
 * Turn the dashboard `root` into its printed state: the run card replaces the controls, the curves of `history`
 * (or a clear message when it is missing) fill the chart area. Returns the curves to dispose with the slide.
 */
export function showPrintedRun(root: HTMLElement, history: TrainingHistory | null, lang: Lang): LossCurves | null {
  const controls = root.querySelector<HTMLElement>('.tr-controls');
  const arch = root.querySelector('.tr-arch-row');
  for (const sel of ['.tr-buttons', '.tr-row', '.tr-switch', '.tr-badges']) root.querySelectorAll(sel).forEach((e) => e.remove());
  // the live counters stay (the model view writes into them) but are not printed: the run card gives the run's figures
  root.querySelector<HTMLElement>('.tr-counters')?.setAttribute('hidden', '');
  if (!history) {
    controls?.insertAdjacentHTML('afterbegin', `<p class="tr-print-heading">${printText.unavailable[lang]}</p>`);
    return null;
  }
  controls?.insertAdjacentHTML('afterbegin', runCardHtml(history, lang));
  if (arch) controls?.querySelector('.tr-print-settings')?.after(arch);
  const curves = new LossCurves(root.querySelector<HTMLElement>('.tr-loss')!, root.querySelector<HTMLElement>('.tr-kl')!, lang, { width: 410, mainHeight: 215, klHeight: 150 }, 'epochs');
  curves.update({
    history: history.epochs.map((e) => ({ step: e.epoch, total: e.total, recon: e.recon, kl: e.kl })),
    evals: history.epochs.map((e) => ({ step: e.epoch, negElbo: e.heldOutNegElbo })),
  });
  root.dataset.printedEpochs = String(history.epochs.length);
  return curves;
}
