/**
 * Train the pretrained VAE and AE of the deck on the 9,000 training digits (Node, WASM backend, seeded)
 * and write them in the tfjs Layers format to <out>/vae-mnist and <out>/ae-mnist.
 *
 * The defaults reproduce the committed weights (VAE held-out −ELBO 147.2 nats; ~15 min on 2 loaded cores).
 * Usage: npm run train [-- --epochs 120 --ae-epochs 40 --seed 1 --out public/models --hidden 512,256
 *                          --batch 128 --lr 1e-3 --lr-final 1e-4 --warmup 0 --dropout 0.1 --weight-decay 0 --kind both|vae|ae --eval-every 10]
 */
import * as tf from '@tensorflow/tfjs';
import { resolve, join } from 'node:path';
import { loadMnistFile } from '../src/data/mnist.node.ts';
import { BatchStream } from '../src/data/batches.ts';
import { mulberry32, normalSampler } from '../src/math/random.ts';
import { initNodeBackend } from '../src/model/backend.node.ts';
import { AutoencoderNet, type ModelKind } from '../src/model/autoencoder.ts';
import { Adam } from '../src/model/adam.ts';
import { trainStep } from '../src/model/trainStep.ts';
import { evaluateNegElbo } from '../src/model/evaluate.ts';
import { cosineDecay, klWarmup } from '../src/model/schedule.ts';
import { saveNetToDir, MODELS_DIR } from '../src/model/weightsIO.node.ts';
import { numberArg, parseArgs, stringArg } from './lib/args.ts';
import { ProgressBar } from './lib/progress.ts';

const args = parseArgs();
const seed = numberArg(args, 'seed', 1);
const out = resolve(stringArg(args, 'out', MODELS_DIR));
const hidden = stringArg(args, 'hidden', '512,256').split(',').map(Number);
const batch = numberArg(args, 'batch', 128);
const lr = numberArg(args, 'lr', 1e-3);
const lrFinal = numberArg(args, 'lr-final', 1e-4);
const warmup = numberArg(args, 'warmup', 0);
const dropout = numberArg(args, 'dropout', 0.1);
const weightDecay = numberArg(args, 'weight-decay', 0);
const evalEvery = numberArg(args, 'eval-every', 10);
const which = stringArg(args, 'kind', 'both');
const epochsOf: Record<ModelKind, number> = { vae: numberArg(args, 'epochs', 120), ae: numberArg(args, 'ae-epochs', 40) };

async function train(kind: ModelKind): Promise<void> {
  const data = loadMnistFile();
  const epochs = epochsOf[kind];
  const net = new AutoencoderNet(kind, { hidden, latentDim: 2, seed });
  const opt = new Adam(net.variables(), { learningRate: lr, weightDecay });
  const batches = new BatchStream(data.train, batch, seed);
  const nextNormal = normalSampler(mulberry32(seed + 17));
  const steps = epochs * batches.batchesPerEpoch;
  const eps = new Float32Array(batch * 2);
  const bar = new ProgressBar(kind.toUpperCase(), steps);
  const t0 = performance.now();
  let running = NaN;
  console.log(`${kind}: 784-${hidden.join('-')}-(2${kind === 'vae' ? '+2' : ''}), ${epochs} epochs × ${batches.batchesPerEpoch} batches of ${batch}, lr ${lr}→${lrFinal} (cosine), KL warm-up ${warmup} epochs, dropout ${dropout}, weight decay ${weightDecay}, seed ${seed}, backend ${tf.getBackend()}`);
  for (let step = 0; step < steps; step++) {
    const progress = step / steps;
    opt.learningRate = cosineDecay(lr, lrFinal, progress);
    const beta = klWarmup(1, progress * epochs, warmup);
    for (let i = 0; i < eps.length; i++) eps[i] = nextNormal();
    const stats = trainStep(net, opt, batches.next(), batch, eps, beta, dropout > 0 ? { rate: dropout, seed: seed * 1_000_003 + step } : undefined);
    const [total] = await stats.data();
    stats.dispose();
    if (!Number.isFinite(total)) throw new Error(`${kind}: loss became ${total} at step ${step}; lower --lr`);
    running = Number.isNaN(running) ? total : 0.98 * running + 0.02 * total;
    const sps = ((step + 1) * batch) / ((performance.now() - t0) / 1000);
    bar.update(step + 1, `epoch ${(progress * epochs).toFixed(1)}  loss ${running.toFixed(1)}  ${sps.toFixed(0)} samples/s`);
    const epochDone = (step + 1) % batches.batchesPerEpoch === 0 ? (step + 1) / batches.batchesPerEpoch : 0;
    if (epochDone && (epochDone % evalEvery === 0 || epochDone === epochs)) {
      const ev = await evaluateNegElbo(net, data.test, { samples: 1, seed: 0 });
      console.log(`\n${kind} epoch ${epochDone}: train loss ${running.toFixed(2)}, held-out −ELBO ${ev.negElbo.toFixed(2)} (recon ${ev.recon.toFixed(2)}, KL ${ev.kl.toFixed(2)}), ${sps.toFixed(0)} samples/s`);
    }
  }
  bar.done(`loss ${running.toFixed(2)}`);
  const final = await evaluateNegElbo(net, data.test, { samples: 10, seed: 0 });
  console.log(`${kind} final held-out (10 z samples): −ELBO ${final.negElbo.toFixed(2)} recon ${final.recon.toFixed(2)} KL ${final.kl.toFixed(2)}`);
  const dir = join(out, `${kind}-mnist`);
  await saveNetToDir(net, dir);
  console.log(`wrote ${dir}/{encoder,decoder}/{model.json,weights.bin}`);
  net.dispose();
  opt.dispose();
}

await initNodeBackend('wasm');
for (const kind of ['vae', 'ae'] as const) if (which === 'both' || which === kind) await train(kind);
