/** The page-lifetime services slides reach through `scope.services`: created once in src/main.ts. */
import { registerProbe } from '../probes.ts';
import { spawnTrainingWorker } from '../worker/trainingClient.ts';
import { DATASETS, type DatasetInfo } from '../data/datasets.ts';
import type { Notice } from './types.ts';
import { backendFromUrl, browserPretrainedSources } from './browserSources.ts';
import { PretrainedLibrary } from './pretrainedLibrary.ts';
import { TrainingSession } from './trainingSession.ts';
import { OwnImagesSession } from './ownImagesSession.ts';
import { spawnOwnImagesWorker } from '../worker/ownImagesClient.ts';

/** What a slide's scope carries besides its lifetime. */
export interface LiveServices {
  /** The live training (worker, settings, history, failsafe switch). */
  readonly training: TrainingSession;
  /** The pretrained models and the held-out images. */
  readonly pretrained: PretrainedLibrary;
  /** The data set both of them use (the deck's DatasetController chooses it; a switch brings new services). */
  readonly dataset: DatasetInfo;
  /** The own-images run (worker, images, curves): one per page, kept across data-set switches. */
  readonly ownImages: OwnImagesSession;
}

/** The page's own-images session (its worker starts when a folder is picked); its probes (workers, steps, running) registered. */
export function createOwnImagesSession(): OwnImagesSession {
  const own = new OwnImagesSession({ openWorker: spawnOwnImagesWorker });
  registerProbe('ownWorkers', () => own.workerCount);
  registerProbe('ownSteps', () => own.view.history.at(-1)?.step ?? 0);
  registerProbe('ownRunning', () => (own.training ? 1 : 0));
  return own;
}

/**
 * The browser's services for one data set: the real worker, models and images from the deck's origin; the e2e probes
 * registered (a later call replaces them). `notice` is the training dashboard's first status line (after a switch);
 * `ownImages` is the page's own-images session, shared by every data set's services.
 */
export function createBrowserServices(search: string, baseUri: string, dataset: DatasetInfo = DATASETS.mnist, notice?: Notice, ownImages: OwnImagesSession = createOwnImagesSession()): LiveServices {
  const training = new TrainingSession({
    openWorker: spawnTrainingWorker,
    dataUrl: new URL(dataset.file, baseUri).href,
    backend: backendFromUrl(search),
    notice,
  });
  // A worker exists from the moment its creation starts; what the page keeps of a run on purpose (the soak prints it).
  registerProbe('trainingWorkers', () => training.workerCount);
  registerProbe('historyEntries', () => training.historyEntries);
  return { training, pretrained: new PretrainedLibrary(browserPretrainedSources(dataset)), dataset, ownImages };
}
