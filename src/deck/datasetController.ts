import type { Localized } from '../i18n/lang.ts';
import { DATASETS, isDatasetId, type DatasetId, type DatasetInfo } from '../data/datasets.ts';

/** URL parameter naming the demo slides' data set (`?data=fashion`); absent means MNIST. */
export const DATA_PARAM = 'data';

/** What `?data=` asks for: the data set in force and the rejected value, if the parameter named none we know. */
export interface DatasetRequest {
  id: DatasetId;
  /** The raw value when it named no data set (the deck falls back to MNIST and says so), else null. */
  rejected: string | null;
}

/** Read `?data=` from a query string: a known id, else MNIST (with the rejected value). */
export function datasetFromSearch(search: string): DatasetRequest {
  const value = new URLSearchParams(search).get(DATA_PARAM);
  if (value === null || value === '') return { id: 'mnist', rejected: null };
  const id = value.trim().toLowerCase();
  return isDatasetId(id) ? { id, rejected: null } : { id: 'mnist', rejected: value };
}

/** The query string with `data` set for a non-default data set and removed for MNIST, other keys kept. */
export function queryWithDataset(search: string, id: DatasetId): string {
  const query = new URLSearchParams(search);
  if (id === 'mnist') query.delete(DATA_PARAM);
  else query.set(DATA_PARAM, id);
  const q = query.toString();
  return q ? `?${q}` : '';
}

/** The notice for a `?data=` value that names no data set. */
export function rejectedDatasetNotice(value: string): Localized {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return {
    fr: `Jeu de données «\u00a0${shown}\u00a0» inconnu (data=mnist ou data=fashion)\u00a0: la présentation utilise MNIST.`,
    en: `Unknown data set “${shown}” (data=mnist or data=fashion): the deck uses MNIST.`,
  };
}

/** The notice after a switch: which data set the demos now use and what became of the live run. */
export function switchedDatasetNotice(to: DatasetInfo, hadLiveRun: boolean): Localized {
  const name = to.name;
  if (!hadLiveRun) {
    return { fr: `Les démonstrations utilisent maintenant ${name.fr}.`, en: `The demos now use ${name.en}.` };
  }
  return {
    fr: `Les démonstrations utilisent maintenant ${name.fr}. L’entraînement en direct est remis à zéro (le modèle entraîné sur l’autre jeu de données est effacé).`,
    en: `The demos now use ${name.en}. The live training was reset (the model trained on the other data set is gone).`,
  };
}

/** Owner of the demo slides' data set: the value of `?data=` at load, then the presenter's switches. */
export class DatasetController {
  private current: DatasetId;
  /** The `?data=` value rejected at load (the deck shows a notice), or null. */
  readonly rejected: string | null;

  constructor(search: string) {
    const request = datasetFromSearch(search);
    this.current = request.id;
    this.rejected = request.rejected;
  }

  /** The data set in force. */
  get dataset(): DatasetInfo {
    return DATASETS[this.current];
  }

  /** Switch to `id`; returns false (and does nothing) when it is already in force. */
  set(id: DatasetId): boolean {
    if (id === this.current) return false;
    this.current = id;
    return true;
  }
}
