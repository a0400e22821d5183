/// <reference lib="webworker" />
/** The own-images worker's entry: serves ownImagesHost.ts with the browser's backend and image decoder. */
import { initBackend } from '../model/backend.browser.ts';
import { preprocessImageFiles } from '../data/ownImages.browser.ts';
import type { Port } from './protocol.ts';
import type { FromOwnWorker, ToOwnWorker } from './ownImagesProtocol.ts';
import { serveOwnImages } from './ownImagesHost.ts';

const port: Port<ToOwnWorker, FromOwnWorker> = self as unknown as DedicatedWorkerGlobalScope;
serveOwnImages(port, {
  startBackend: () => initBackend({}),
  preprocess: (files, onProgress) => preprocessImageFiles(files, { onProgress }),
});
