/** Which model a demo slide uses: the live one once it has trained (and the failsafe is off), else the pretrained VAE. */
import type { Localized } from '../i18n/lang.ts';
import { formatNumber } from '../i18n/format.ts';
import { DATASETS, type DatasetInfo } from '../data/datasets.ts';
import type { PretrainedLibrary } from './pretrainedLibrary.ts';
import type { TrainingSession } from './trainingSession.ts';
import type { ActiveModel, ModelSource } from './types.ts';

/** The model the generation and latent-explorer slides use, with its backend (for the badge). */
export async function activeModel(training: TrainingSession, library: PretrainedLibrary): Promise<ActiveModel> {
  const live = training.liveModel();
  if (live) return live;
  const [model, backend] = await Promise.all([library.model('vae'), library.backend()]);
  return {
    backend,
    source: 'pretrained',
    step: 0,
    decode: (z, n) => model.decode(z, n),
    codes: async () => {
      const c = await library.heldOutCodes('vae');
      return { points: c.mean, labels: c.labels };
    },
  };
}

/** A one-line caption saying which model a slide shows, in plain words (no file paths on student-facing slides). */
export function sourceCaption(m: { source: ModelSource; step: number }, dataset: DatasetInfo = DATASETS.mnist): Localized {
  if (m.source === 'live') {
    return {
      fr: `Modèle entraîné en direct (${formatNumber(m.step, 'fr', 0)} pas)`,
      en: `Model trained live (${formatNumber(m.step, 'en', 0)} steps)`,
    };
  }
  return { fr: `Modèle pré-entraîné sur ${dataset.name.fr}, fourni avec le diaporama`, en: `Pretrained model on ${dataset.name.en}, shipped with the slides` };
}
