/** The page-lifetime services slides reach through `scope.services`: created once in src/main.ts. */
import { registerProbe } from '../probes.ts';
import { spawnTrainingWorker } from '../worker/trainingClient.ts';
import { backendFromUrl, browserPretrainedSources } from './browserSources.ts';
import { PretrainedLibrary } from './pretrainedLibrary.ts';
import { TrainingSession } from './trainingSession.ts';

/** What a slide's scope carries besides its lifetime. */
export interface LiveServices {
  /** The live training (worker, settings, history, failsafe switch). */
  readonly training: TrainingSession;
  /** The pretrained models and the held-out digits. */
  readonly pretrained: PretrainedLibrary;
}

/** The browser's services: the real worker, models and digits from the deck's origin; the e2e probes registered. */
export function createBrowserServices(search: string, baseUri: string): LiveServices {
  const training = new TrainingSession({
    openWorker: spawnTrainingWorker,
    dataUrl: new URL('data/mnist-10k.bin', baseUri).href,
    backend: backendFromUrl(search),
  });
  // A worker exists from the moment its creation starts; what the page keeps of a run on purpose (the soak prints it).
  registerProbe('trainingWorkers', () => training.workerCount);
  registerProbe('historyEntries', () => training.historyEntries);
  return { training, pretrained: new PretrainedLibrary(browserPretrainedSources) };
}
