/**
 * The training dashboard on paper (scope.mode 'print'): no training runs, so instead of empty loss curves the
 * chart area shows the pretrained model's held-out figures (−ELBO = reconstruction + KL) and says that the
 * curves are drawn live; the counters that only mean something while training (step, epoch, batch loss,
 * speed) are removed.
 */
import type { Lang, Localized } from '../i18n/lang.ts';
import { formatNumber } from '../i18n/format.ts';
import { lossColors } from '../charts/palette.ts';
import './trainingDashboardPrint.css';

/** Mean held-out figures of a model, in nats per image (negElbo = recon + kl). */
export interface HeldOutFigures {
  negElbo: number;
  recon: number;
  kl: number;
}

/** Every sentence of the printed summary. */
export const printText = {
  heading: { fr: 'Modèle pré-entraîné · 1 000 chiffres de test', en: 'Pretrained model · 1,000 test digits' },
  negElbo: { fr: '−ELBO test', en: 'Test −ELBO' },
  recon: { fr: 'reconstruction', en: 'reconstruction' },
  kl: { fr: 'KL', en: 'KL' },
  unit: { fr: 'nats / image (plus bas = mieux)', en: 'nats / image (lower is better)' },
  live: {
    fr: 'Les courbes de perte (totale, reconstruction, KL) sont tracées en direct pendant la présentation.',
    en: 'The loss curves (total, reconstruction, KL) are drawn live during the presentation.',
  },
  unavailable: { fr: 'Les chiffres du modèle pré-entraîné ne sont pas disponibles.', en: 'The pretrained model’s figures are not available.' },
} satisfies Record<string, Localized>;

/** HTML of the printed summary: one row per term with a bar proportional to its share of the −ELBO. */
export function printSummaryHtml(f: HeldOutFigures, lang: Lang): string {
  const t = (k: keyof typeof printText): string => printText[k][lang];
  const ok = [f.negElbo, f.recon, f.kl].every(Number.isFinite) && f.negElbo > 0;
  const caption = `<p class="tr-print-live">${t('live')}</p>`;
  if (!ok) return `<div class="tr-print-summary"><p class="tr-print-heading">${t('unavailable')}</p>${caption}</div>`;
  const row = (label: string, value: number, color: string, cls: string): string => {
    const pct = Math.max(0, Math.min(100, (100 * value) / f.negElbo));
    return `<div class="tr-print-row ${cls}"><span class="tr-print-label">${label}</span><span class="tr-print-value" data-value="${value}">${formatNumber(value, lang, 1)}</span>
  <span class="tr-print-bar" aria-hidden="true"><span style="width:${pct.toFixed(1)}%;background:${color}"></span></span></div>`;
  };
  return `<div class="tr-print-summary">
  <p class="tr-print-heading">${t('heading')}</p>
  ${row(t('negElbo'), f.negElbo, lossColors.total, 'tr-print-total')}
  ${row(t('recon'), f.recon, lossColors.recon, 'tr-print-recon')}
  ${row(`+ ${t('kl')}`, f.kl, lossColors.kl, 'tr-print-kl')}
  <p class="tr-print-unit">${t('unit')}</p>
  ${caption}
</div>`;
}

/** Replace the curves with the summary and drop the live-only counters and speed badge from `root` (the dashboard). */
export function showPrintSummary(root: HTMLElement, f: HeldOutFigures, lang: Lang): void {
  const loss = root.querySelector<HTMLElement>('.tr-loss');
  if (loss) loss.innerHTML = printSummaryHtml(f, lang);
  root.querySelector('.tr-kl')?.remove();
  for (const sel of ['.tr-step-value', '.tr-epoch-value', '.tr-loss-value']) {
    const dd = root.querySelector(sel)?.closest('dd');
    dd?.previousElementSibling?.remove();
    dd?.remove();
  }
  root.querySelector('.tr-speed')?.closest('.badge')?.remove();
}
