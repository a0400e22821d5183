/** Services for slides mounted in unit tests: whatever the test injects, and for the rest ones that fail clearly if used. */
import type { LiveServices } from '../../src/live/services.ts';
import { PretrainedLibrary, type PretrainedSources } from '../../src/live/pretrainedLibrary.ts';
import { TrainingSession } from '../../src/live/trainingSession.ts';
import { DATASETS } from '../../src/data/datasets.ts';
import { OwnImagesSession } from '../../src/live/ownImagesSession.ts';

const unavailable = (what: string) => () => Promise.reject(new Error(`${what} is not available in this test`));

/** Pretrained sources that reject (a test that needs models passes its own). */
export const noPretrainedSources: PretrainedSources = {
  model: unavailable('a pretrained model'),
  digits: unavailable('the digits'),
  backend: unavailable('a tfjs backend'),
};

/** A training session with no worker behind it (starting it rejects). */
export function idleTrainingSession(): TrainingSession {
  return new TrainingSession({ openWorker: () => Promise.reject(new Error('no training worker in this test')), dataUrl: 'data/mnist-10k.bin' });
}

/** An own-images session whose worker cannot start (opening it throws). */
export function idleOwnImagesSession(): OwnImagesSession {
  return new OwnImagesSession({ openWorker: () => { throw new Error('no own-images worker in this test'); } });
}

/** Services for a test: the given ones, the others unavailable. */
export function testServices(given: Partial<LiveServices> = {}): LiveServices {
  return { training: given.training ?? idleTrainingSession(), pretrained: given.pretrained ?? new PretrainedLibrary(noPretrainedSources), dataset: given.dataset ?? DATASETS.mnist, ownImages: given.ownImages ?? idleOwnImagesSession() };
}
