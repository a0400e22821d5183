/** Static HTML and on-screen texts of the training dashboard (the slide body; the widget fills the placeholders). */
import type { Lang, Localized } from '../i18n/lang.ts';

/** Every sentence the dashboard writes at run time. */
export const dashboardText = {
  play: { fr: '▶ Lancer', en: '▶ Play' },
  pause: { fr: '❚❚ Pause', en: '❚❚ Pause' },
  starting: { fr: 'Démarrage du worker d’entraînement (données, modèle)…', en: 'Starting the training worker (data, model)…' },
  startFailed: { fr: 'L’entraînement n’a pas pu démarrer — modèle pré-entraîné affiché.', en: 'Training could not start — showing the pretrained model.' },
  loadingPretrained: { fr: 'Chargement du modèle pré-entraîné…', en: 'Loading the pretrained model…' },
  nothingShown: { fr: 'L’entraînement n’a pas pu démarrer et le modèle pré-entraîné non plus :', en: 'Training could not start, nor could the pretrained model:' },
  pretrainedShown: { fr: 'Modèle pré-entraîné affiché (entraînement en pause).', en: 'Showing the pretrained model (training paused).' },
  pretrainedRef: { fr: 'pré-entraîné : −ELBO test', en: 'pretrained: test −ELBO' },
  pretrainedCaption: { fr: '1 000 images de test · modèle pré-entraîné', en: '1,000 test images · pretrained model' },
  scatterAria: { fr: 'Espace latent des 1 000 images de test, coloré par classe', en: 'Latent space of the 1,000 test images, coloured by class' },
  originals: { fr: 'Originaux (test)', en: 'Originals (test)' },
  reconstructions: { fr: 'Reconstructions', en: 'Reconstructions' },
} satisfies Record<string, Localized>;

/** The static labels of the slide body. */
const label = {
  stepTitle: { fr: '10 pas d’entraînement', en: '10 training steps' },
  steps: { fr: 'pas', en: 'steps' },
  resetTitle: { fr: 'Recommencer avec la graine choisie', en: 'Start over with the chosen seed' },
  reset: { fr: 'Réinitialiser', en: 'Reset' },
  lr: { fr: 'Taux d’apprentissage', en: 'Learning rate' },
  lrAria: { fr: 'taux d’apprentissage (échelle log)', en: 'learning rate (log scale)' },
  seed: { fr: 'Graine', en: 'Seed' },
  usePretrained: { fr: 'Utiliser le modèle pré-entraîné', en: 'Use the pretrained model' },
  network: { fr: 'Réseau\u00a0:', en: 'Network:' },
  imagesPerSec: { fr: 'images/s', en: 'images/s' },
  step: { fr: 'Pas', en: 'Step' },
  epoch: { fr: 'Époque', en: 'Epoch' },
  batchLoss: { fr: 'Perte (lot)', en: 'Loss (batch)' },
  testNegElbo: { fr: '−ELBO test', en: 'Test −ELBO' },
} satisfies Record<string, Localized>;

/** The dashboard's slide body: controls on the left, curves and reconstructions in the middle, the latent plane on the right. */
export function trainingDashboardHtml(lang: Lang): string {
  const L = (k: keyof typeof label): string => label[k][lang];
  const v = (cls: string) => `<span class="shown-value ${cls}" data-value="">—</span>`;
  return `<div class="tr-dashboard" data-state="idle">
  <div class="tr-controls" data-prevent-swipe>
    <div class="tr-buttons">
      <button type="button" class="tr-play primary" disabled>${dashboardText.play[lang]}</button>
      <button type="button" class="tr-step" disabled title="${L('stepTitle')}">+10 ${L('steps')}</button>
      <button type="button" class="tr-reset" disabled title="${L('resetTitle')}">↺ ${L('reset')}</button>
    </div>
    <label class="tr-row"><span>${L('lr')}</span>
      <input type="range" class="tr-lr" min="-4" max="-2" step="0.05" value="-2.5" aria-label="${L('lrAria')}">
      <output class="tr-lr-value shown-value" data-value="">—</output></label>
    <label class="tr-row"><span>β (KL)</span>
      <input type="range" class="tr-beta" min="0" max="4" step="0.1" value="1" aria-label="β">
      <output class="tr-beta-value shown-value" data-value="">—</output></label>
    <label class="tr-row tr-seed-row"><span>${L('seed')}</span>
      <input type="number" class="tr-seed" min="0" max="9999" step="1" value="1"></label>
    <label class="tr-switch"><input type="checkbox" class="tr-pretrained"> ${L('usePretrained')}</label>
    <p class="tr-arch-row">${L('network')} <span class="tr-arch"></span></p>
    <p class="tr-badges"><span class="badge tr-backend">…</span> <span class="badge">${v('tr-speed')} ${L('imagesPerSec')}</span></p>
    <dl class="tr-counters">
      <dt>${L('step')}</dt><dd>${v('tr-step-value')}</dd>
      <dt>${L('epoch')}</dt><dd>${v('tr-epoch-value')}</dd>
      <dt>${L('batchLoss')}</dt><dd>${v('tr-loss-value')}</dd>
      <dt>${L('testNegElbo')}</dt><dd>${v('tr-elbo-value')}</dd>
    </dl>
    <p class="tr-status" role="status" aria-live="polite"></p>
  </div>
  <div class="tr-middle">
    <div class="tr-loss chart-host"></div>
    <div class="tr-kl chart-host"></div>
    <div class="tr-recon"></div>
  </div>
  <div class="tr-right">
    <div class="tr-scatter chart-host"></div>
    <p class="tr-scatter-caption"></p>
  </div>
</div>`;
}
