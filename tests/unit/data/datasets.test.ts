import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { DATASET_IDS, DATASETS, datasetOrDefault, isDatasetId } from '../../../src/data/datasets.ts';

describe('the data set table', () => {
  it('names an existing data file, pretrained VAE and AE folders and ten classes in French and English for every data set', () => {
    for (const id of DATASET_IDS) {
      const d = DATASETS[id];
      expect(d.id).toBe(id);
      expect(existsSync(`public/${d.file}`)).toBe(true);
      for (const dir of [d.models.vae, d.models.ae]) for (const part of ['encoder', 'decoder']) expect(existsSync(`public/${dir}/${part}/model.json`)).toBe(true);
      expect(d.classNames).toHaveLength(10);
      for (const name of d.classNames) expect(name.fr.length * name.en.length).toBeGreaterThan(0);
    }
  });

  it('gives Fashion-MNIST its French class names in label order', () => {
    expect(DATASETS.fashion.classNames.map((c) => c.fr)).toEqual(['T-shirt/haut', 'Pantalon', 'Pull', 'Robe', 'Manteau', 'Sandale', 'Chemise', 'Basket', 'Sac', 'Bottine']);
    expect(DATASETS.fashion.classNames[9].en).toBe('Ankle boot');
  });

  it('puts a no-break space before the colon and semicolon of its French sentences', () => {
    for (const id of DATASET_IDS) expect(DATASETS[id].source.fr).not.toMatch(/ [:;?!]/);
  });

  it('reads ?data= values: known ids pass, anything else falls back to MNIST', () => {
    expect(isDatasetId('fashion')).toBe(true);
    expect(isDatasetId('celeba')).toBe(false);
    expect(datasetOrDefault('fashion').file).toBe('data/fashion-10k.bin');
    expect(datasetOrDefault('FASHION<script>').id).toBe('mnist');
    expect(datasetOrDefault(null).id).toBe('mnist');
  });
});
