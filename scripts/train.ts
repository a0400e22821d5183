/**
 * Train the pretrained VAE and AE of the deck on a built-in data set's training images (Node, WASM backend,
 * seeded) and write them in the tfjs Layers format to <out>/<kind>-<data>/{encoder,decoder}, with the run's
 * loss history (<out>/<kind>-<data>/history.json: per epoch total, reconstruction, KL, held-out −ELBO; the final
 * held-out score; the SHA-256 of the files written).
 *
 * The defaults are the configuration of the committed weights (MNIST VAE held-out −ELBO 147.2 nats).
 * Usage: npm run train [-- --data mnist|fashion --epochs 120 --ae-epochs 40 --seed 1 --out public/models
 *                          --hidden 512,256 --batch 128 --lr 1e-3 --lr-final 1e-4 --warmup 0 --dropout 0.1
 *                          --weight-decay 0 --kind both|vae|ae --eval-every 10 --note "text for history.json"
 *                          --compare-to public/models]
 * --compare-to DIR: after the run, compare the files written with DIR/<kind>-<data>; identical (bit for bit) → the
 * history is copied there; different → DIR/<kind>-<data>/history.json is this re-run's history, marked as such
 * (`rerunOf`: the committed files' digests and held-out score; a note says so), and the committed weights stay.
 */
import * as tf from '@tensorflow/tfjs';
import { writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDatasetFile } from '../src/data/mnist.node.ts';
import { isDatasetId, type DatasetId } from '../src/data/datasets.ts';
import { BatchStream } from '../src/data/batches.ts';
import type { MnistSet } from '../src/data/mnist.ts';
import type { HistoryEpoch, TrainingHistory } from '../src/data/trainingHistory.ts';
import { mulberry32, normalSampler } from '../src/math/random.ts';
import { initNodeBackend } from '../src/model/backend.node.ts';
import { AutoencoderNet, type ModelKind } from '../src/model/autoencoder.ts';
import { Adam } from '../src/model/adam.ts';
import { trainStep } from '../src/model/trainStep.ts';
import { evaluateNegElbo } from '../src/model/evaluate.ts';
import { cosineDecay, klWarmup } from '../src/model/schedule.ts';
import { loadNetFromDir, saveNetToDir, MODELS_DIR } from '../src/model/weightsIO.node.ts';
import { sha256Files } from './lib/fileDigest.ts';
import { numberOption } from './lib/numberOption.ts';
import { ProgressBar } from './lib/progress.ts';

const argv = process.argv.slice(2);
const s = { type: 'string' } as const;
const { values } = parseArgs({
  args: argv,
  options: {
    data: s, seed: s, out: s, hidden: s, batch: s, lr: s, 'lr-final': s, warmup: s, dropout: s,
    'weight-decay': s, 'eval-every': s, kind: s, epochs: s, 'ae-epochs': s, note: s, 'compare-to': s,
  },
});
const dataArg = values.data ?? 'mnist';
if (!isDatasetId(dataArg)) throw new Error(`--data must be mnist or fashion, got ${JSON.stringify(dataArg)}`);
const data: DatasetId = dataArg;
const seed = numberOption(values, 'seed', 1);
const out = resolve(values.out ?? MODELS_DIR);
const hidden = (values.hidden ?? '512,256').split(',').map(Number);
if (!hidden.every((h) => Number.isInteger(h) && h > 0)) throw new Error(`--hidden expects sizes like 512,256, got ${values.hidden}`);
const batch = numberOption(values, 'batch', 128);
const lr = numberOption(values, 'lr', 1e-3);
const lrFinal = numberOption(values, 'lr-final', 1e-4);
const warmup = numberOption(values, 'warmup', 0);
const dropout = numberOption(values, 'dropout', 0.1);
const weightDecay = numberOption(values, 'weight-decay', 0);
const evalEvery = numberOption(values, 'eval-every', 10);
const which = values.kind ?? 'both';
if (!['both', 'vae', 'ae'].includes(which)) throw new Error(`--kind must be both, vae or ae, got ${which}`);
const epochsOf: Record<ModelKind, number> = { vae: numberOption(values, 'epochs', 120), ae: numberOption(values, 'ae-epochs', 40) };

async function train(kind: ModelKind): Promise<void> {
  const split = loadDatasetFile(data);
  const epochs = epochsOf[kind];
  const net = new AutoencoderNet(kind, { hidden, latentDim: 2, seed });
  const opt = new Adam(net.variables(), { learningRate: lr, weightDecay });
  const batches = new BatchStream(split.train, batch, seed);
  const nextNormal = normalSampler(mulberry32(seed + 17));
  const steps = epochs * batches.batchesPerEpoch;
  const eps = new Float32Array(batch * 2);
  const bar = new ProgressBar(`${kind.toUpperCase()} ${data}`, steps);
  const t0 = performance.now();
  const history: HistoryEpoch[] = [];
  const sums = [0, 0, 0];
  let running = NaN;
  console.log(`${kind} on ${data}: 784-${hidden.join('-')}-(2${kind === 'vae' ? '+2' : ''}), ${epochs} epochs × ${batches.batchesPerEpoch} batches of ${batch}, lr ${lr}→${lrFinal} (cosine), KL warm-up ${warmup} epochs, dropout ${dropout}, weight decay ${weightDecay}, seed ${seed}, backend ${tf.getBackend()}`);
  for (let step = 0; step < steps; step++) {
    const progress = step / steps;
    opt.learningRate = cosineDecay(lr, lrFinal, progress);
    const beta = klWarmup(1, progress * epochs, warmup);
    for (let i = 0; i < eps.length; i++) eps[i] = nextNormal();
    const stats = trainStep(net, opt, batches.next(), batch, eps, beta, dropout > 0 ? { rate: dropout, seed: seed * 1_000_003 + step } : undefined);
    const terms = await stats.data();
    stats.dispose();
    const total = terms[0];
    if (!Number.isFinite(total)) throw new Error(`${kind}: loss became ${total} at step ${step}; lower --lr`);
    for (let i = 0; i < 3; i++) sums[i] += terms[i];
    running = Number.isNaN(running) ? total : 0.98 * running + 0.02 * total;
    const sps = ((step + 1) * batch) / ((performance.now() - t0) / 1000);
    bar.update(step + 1, `epoch ${(progress * epochs).toFixed(1)}  loss ${running.toFixed(1)}  ${sps.toFixed(0)} samples/s`);
    if ((step + 1) % batches.batchesPerEpoch !== 0) continue;
    // End of an epoch: score the held-out set (its own seeded ε, so the training draws are unchanged).
    const epoch = (step + 1) / batches.batchesPerEpoch;
    const ev = await evaluateNegElbo(net, split.test, { samples: 1, seed: 0 });
    const [t, r, k] = sums.map((v) => v / batches.batchesPerEpoch);
    history.push({ epoch, total: t, recon: r, kl: k, heldOutNegElbo: ev.negElbo });
    sums.fill(0);
    if (epoch % evalEvery === 0 || epoch === epochs) {
      console.log(`\n${kind} epoch ${epoch}: train loss ${t.toFixed(2)}, held-out −ELBO ${ev.negElbo.toFixed(2)} (recon ${ev.recon.toFixed(2)}, KL ${ev.kl.toFixed(2)}), ${sps.toFixed(0)} samples/s`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  bar.done(`loss ${running.toFixed(2)}`);
  const final = await evaluateNegElbo(net, split.test, { samples: 10, seed: 0 });
  console.log(`${kind} final held-out (10 z samples): −ELBO ${final.negElbo.toFixed(2)} recon ${final.recon.toFixed(2)} KL ${final.kl.toFixed(2)}`);
  const dir = join(out, `${kind}-${data}`);
  await saveNetToDir(net, dir);
  const record: TrainingHistory = {
    version: 1,
    dataset: data,
    kind,
    command: `npm run train -- ${argv.join(' ')}`.trim(),
    config: { hidden, latentDim: 2, epochs, batch, lr, lrFinal, lrSchedule: 'cosine', warmupEpochs: warmup, dropout, weightDecay, seed, trainImages: split.train.count, testImages: split.test.count, seconds: Math.round(seconds) },
    backend: tf.getBackend(),
    epochs: history,
    final: { negElbo: final.negElbo, recon: final.recon, kl: final.kl, samples: 10, seed: 0, n: final.n },
    sha256: sha256Files(dir),
    ...(values.note ? { note: values.note } : {}),
  };
  writeFileSync(join(dir, 'history.json'), JSON.stringify(record, null, 1) + '\n');
  console.log(`wrote ${dir}/{encoder,decoder}/{model.json,weights.bin} and history.json (${seconds.toFixed(0)} s)`);
  net.dispose();
  opt.dispose();
  if (values['compare-to']) await compareWithCommitted(record, join(resolve(values['compare-to']), `${kind}-${data}`), split.test);
}

/** --compare-to: write the history beside committed weights, plainly if they are this run's, else as a re-run. */
async function compareWithCommitted(record: TrainingHistory, committedDir: string, test: MnistSet): Promise<void> {
  const committed = sha256Files(committedDir);
  const same = Object.entries(record.sha256).every(([f, h]) => committed[f] === h);
  if (same) {
    writeFileSync(join(committedDir, 'history.json'), JSON.stringify(record, null, 1) + '\n');
    console.log(`${committedDir}: this run reproduces the committed files bit for bit; history.json written there`);
    return;
  }
  const net = await loadNetFromDir(record.kind, committedDir);
  const ev = await evaluateNegElbo(net, test, { samples: 10, seed: 0 });
  net.dispose();
  const note = `Faithful re-run of the committed configuration with the current code (${record.command}): its weights differ from the committed ones (not bit for bit), so they were NOT committed; the curves show how this configuration trains. rerunOf gives the committed files' SHA-256 and held-out score. ${values.note ?? ''}`.trim();
  const rerun: TrainingHistory = { ...record, note, rerunOf: { sha256: committed, final: { negElbo: ev.negElbo, recon: ev.recon, kl: ev.kl, samples: 10, seed: 0, n: ev.n } } };
  writeFileSync(join(committedDir, 'history.json'), JSON.stringify(rerun, null, 1) + '\n');
  console.log(`${committedDir}: the committed weights differ from this run's (committed −ELBO ${ev.negElbo.toFixed(2)}, re-run ${record.final.negElbo.toFixed(2)}); history.json written there as a re-run`);
}

await initNodeBackend('wasm');
for (const kind of ['vae', 'ae'] as const) if (which === 'both' || which === kind) await train(kind);
