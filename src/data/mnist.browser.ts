/** Browser loader for the MNIST asset (fetch, cached per URL). */
import type { Localized } from '../i18n/lang.ts';
import { mnistFromBytes, type MnistSplit } from './mnist.ts';

/** Default location of the asset, relative to the page. */
export const DEFAULT_MNIST_URL = 'data/mnist-10k.bin';

/** The digits could not be loaded; `localized` is a message fit for the screen. */
export class DataLoadError extends Error {
  readonly localized: Localized;
  constructor(localized: Localized) {
    super(localized.en);
    this.name = 'DataLoadError';
    this.localized = localized;
  }
}

const cache = new Map<string, Promise<MnistSplit>>();

/** Fetch the raw bytes of the asset, with a clear error on HTTP failure. */
export async function fetchMnistBytes(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (err) {
    throw new DataLoadError({ fr: `Impossible de charger les chiffres MNIST (${url}) : ${String(err)}`, en: `Cannot load the MNIST digits (${url}): ${String(err)}` });
  }
  if (!res.ok) {
    throw new DataLoadError({
      fr: `Chiffres MNIST introuvables : ${url} a répondu HTTP ${res.status}. Lancez npm run build:data.`,
      en: `MNIST digits not found: ${url} answered HTTP ${res.status}. Run npm run build:data.`,
    });
  }
  return new Uint8Array(await res.arrayBuffer());
}

/** A short French reason for a format error of mnistFormat.ts (the English detail stays in the `en` message). */
function frenchFormatProblem(msg: string): string {
  const truncated = /truncated: (\d+) bytes, expected (\d+)/.exec(msg);
  if (truncated) return `fichier tronqué (${truncated[1]} octets au lieu de ${truncated[2]})`;
  if (/truncated header/.test(msg)) return 'fichier tronqué (en-tête incomplet)';
  if (/bad magic/.test(msg)) return 'ce n’est pas un fichier de chiffres de ce projet (signature inconnue)';
  if (/unsupported version/.test(msg)) return 'version de format non prise en charge';
  return 'fichier corrompu';
}

/** Load, validate and split the asset at `url` (one download per URL per page; a failure is not cached). */
export function loadMnistBrowser(url: string = DEFAULT_MNIST_URL): Promise<MnistSplit> {
  let p = cache.get(url);
  if (!p) {
    p = fetchMnistBytes(url).then((bytes) => {
      try {
        return mnistFromBytes(bytes, url);
      } catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        throw new DataLoadError({ fr: `Fichier de chiffres MNIST illisible (${url}) : ${frenchFormatProblem(msg)}. Recréez-le avec npm run build:data.`, en: msg });
      }
    });
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}
