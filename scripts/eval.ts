/**
 * Evaluate the committed VAE (public/models/vae-mnist) on the 1,000 held-out digits: −ELBO in nats/image
 * with 10 seeded z samples per image. Usage: npm run eval [-- --json --kind vae|ae --dir path --samples 10 --seed 0]
 */
import { relative, resolve } from 'node:path';
import { loadMnistFile } from '../src/data/mnist.node.ts';
import { initNodeBackend } from '../src/model/backend.node.ts';
import { evaluateNegElbo } from '../src/model/evaluate.ts';
import { defaultModelDir, loadNetFromDir } from '../src/model/weightsIO.node.ts';
import type { ModelKind } from '../src/model/autoencoder.ts';
import { numberArg, parseArgs, stringArg } from './lib/args.ts';

const args = parseArgs();
const kind = stringArg(args, 'kind', 'vae') as ModelKind;
if (kind !== 'vae' && kind !== 'ae') throw new Error(`--kind must be vae or ae, got ${kind}`);
const dir = resolve(stringArg(args, 'dir', defaultModelDir(kind)));
const samples = numberArg(args, 'samples', 10);
const seed = numberArg(args, 'seed', 0);

await initNodeBackend('wasm');
const { test } = loadMnistFile();
const net = await loadNetFromDir(kind, dir);
const t0 = performance.now();
const r = await evaluateNegElbo(net, test, { samples, seed });
net.dispose();
const model = `${kind}-mnist 784-${net.config.hidden.join('-')}-(${net.config.latentDim}${kind === 'vae' ? `+${net.config.latentDim}` : ''}) (${relative(process.cwd(), dir) || dir})`;
if (args.json) {
  console.log(JSON.stringify({ model, test_neg_elbo: r.negElbo, recon: r.recon, kl: r.kl, n: r.n }));
} else {
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  if (kind === 'vae') console.log(`${model}: held-out −ELBO ${r.negElbo.toFixed(2)} nats/image (reconstruction ${r.recon.toFixed(2)}, KL ${r.kl.toFixed(2)}) on ${r.n} digits, ${samples} z samples each (seed ${seed}), ${secs} s`);
  else console.log(`${model}: held-out reconstruction loss (BCE) ${r.recon.toFixed(2)} nats/image on ${r.n} digits (deterministic code), ${secs} s`);
}
