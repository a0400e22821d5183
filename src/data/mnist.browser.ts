/**
 * Browser loader for the MNIST asset (fetch, cached per URL). The built deck serves the asset gzip-compressed
 * (7.9 MB → 1.6 MB on the wire, written by vite.config.ts); it is inflated here with the platform's
 * DecompressionStream. An uncompressed file (the dev server's public/ copy) is read as is.
 */
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
  return inflateIfGzip(new Uint8Array(await res.arrayBuffer()), url);
}

/** The bytes themselves, or their gzip decompression when they start with the gzip magic (1f 8b). */
export async function inflateIfGzip(bytes: Uint8Array, url: string): Promise<Uint8Array> {
  if (!(bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b)) return bytes;
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (err) {
    throw new DataLoadError({
      fr: `Fichier de chiffres MNIST illisible (${url}) : données compressées tronquées ou corrompues. Recréez-le avec npm run build.`,
      en: `${url}: invalid MNIST file: truncated or corrupt gzip data (${String(err)})`,
    });
  }
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
