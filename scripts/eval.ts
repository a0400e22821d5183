/**
 * Evaluate committed weights (default public/models/vae-mnist) on the data set's 1,000 held-out images: −ELBO in
 * nats/image with 10 seeded z samples per image (AE: reconstruction loss).
 * Usage: npm run eval [-- --json --data mnist|fashion --kind vae|ae --dir path --samples 10 --seed 0]
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadDatasetFile } from '../src/data/mnist.node.ts';
import { DATASETS, isDatasetId } from '../src/data/datasets.ts';
import { initNodeBackend } from '../src/model/backend.node.ts';
import { evaluateNegElbo } from '../src/model/evaluate.ts';
import { loadNetFromDir } from '../src/model/weightsIO.node.ts';
import { numberOption } from './lib/numberOption.ts';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, data: { type: 'string', default: 'mnist' }, kind: { type: 'string', default: 'vae' }, dir: { type: 'string' }, samples: { type: 'string' }, seed: { type: 'string' } },
});
const kind = values.kind;
if (kind !== 'vae' && kind !== 'ae') throw new Error(`--kind must be vae or ae, got ${kind}`);
const data = values.data;
if (!isDatasetId(data)) throw new Error(`--data must be mnist or fashion, got ${data}`);
const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const dir = resolve(values.dir ?? resolve(publicDir, DATASETS[data].models[kind]));
const samples = numberOption(values, 'samples', 10);
const seed = numberOption(values, 'seed', 0);

await initNodeBackend('wasm');
const { test } = loadDatasetFile(data);
const net = await loadNetFromDir(kind, dir);
const t0 = performance.now();
const r = await evaluateNegElbo(net, test, { samples, seed });
net.dispose();
const model = `${kind}-${data} 784-${net.config.hidden.join('-')}-(${net.config.latentDim}${kind === 'vae' ? `+${net.config.latentDim}` : ''}) (${relative(process.cwd(), dir) || dir})`;
if (values.json) {
  console.log(JSON.stringify({ model, test_neg_elbo: r.negElbo, recon: r.recon, kl: r.kl, n: r.n }));
} else {
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  if (kind === 'vae') console.log(`${model}: held-out −ELBO ${r.negElbo.toFixed(2)} nats/image (reconstruction ${r.recon.toFixed(2)}, KL ${r.kl.toFixed(2)}) on ${r.n} images, ${samples} z samples each (seed ${seed}), ${secs} s`);
  else console.log(`${model}: held-out reconstruction loss (BCE) ${r.recon.toFixed(2)} nats/image on ${r.n} images (deterministic code), ${secs} s`);
}
