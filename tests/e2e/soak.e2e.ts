/**
 * An hour in front of a class, compressed: every slide 10 times with the keyboard (forward then back), 1,000
 * training steps on the live demo in between (after a 3-round warm-up), then JS heap, tensors, workers, timers and
 * listeners must be back where they started (within 5 %, page tensors exactly). SOAK_ROUNDS / SOAK_STEPS change its length (SOAK_ROUNDS=15
 * SOAK_STEPS=3000 is the 30-visit version, 266 s on 2 cores); SOAK_WARMUP sets the rounds before the baseline.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CDPSession, Page } from 'playwright-core';
import { assertClean, gotoDeck, leakCounts, openPage, showSlide, slideIds, startEnv, type DeckEnv } from './harness.ts';

const rounds = Number(process.env.SOAK_ROUNDS ?? 5); // one round = every slide forward, then back: 2 visits
// Rounds before the baseline: caches fill in the first one, V8's compiled code (tiered up as functions get hot,
// flushed when they cool) takes about three to settle. Measured with a heap snapshot diff per round (2026-11-25):
// after round 3 the JS heap moves by ±2 % from round to round, all of it in the "code" space.
const warmupRounds = Number(process.env.SOAK_WARMUP ?? 3);
const totalSteps = Number(process.env.SOAK_STEPS ?? 1000);

let env: DeckEnv;
before(async () => {
  env = await startEnv();
});
after(async () => {
  await env?.close();
});

/** Heap node types that are the page's own data; the rest is compiled code, hidden classes and browser internals. */
const objectTypes = new Set(['object', 'array', 'closure', 'string', 'concatenated string', 'sliced string', 'regexp', 'number', 'bigint']);

/** Three forced full garbage collections (CDP). */
async function collectGarbage(cdp: CDPSession): Promise<void> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
}

/**
 * After a forced full GC: `heap`, the JS heap in use (JSHeapUsedSize); from a heap snapshot, `objectHeap`, the bytes
 * of the page's objects, arrays, closures and strings (where a leak of the deck's own data shows), and `codeHeap`,
 * V8's compiled code, bytecode and feedback (grows as functions get hot, shrinks when V8 flushes them); and
 * `dataHeap`, the JS heap without that code: everything the page's scripts allocated and still hold.
 */
async function heapAfterGc(cdp: CDPSession): Promise<{ heap: number; dataHeap: number; objectHeap: number; codeHeap: number }> {
  await collectGarbage(cdp);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  let objectHeap = 0;
  let codeHeap = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt]];
    if (objectTypes.has(type)) objectHeap += snap.nodes[i + sizeAt];
    else if (type === 'code') codeHeap += snap.nodes[i + sizeAt];
  }
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
  return { heap, dataHeap: heap - codeHeap, objectHeap, codeHeap };
}

/** Training steps shown on the dashboard (0 when it is not mounted). */
function shownStep(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.querySelector<HTMLElement>('#training .tr-step-value')?.dataset.value || 0));
}

/** The current slide's id and how many of its fragments are shown and still hidden. */
function fragmentState(page: Page): Promise<{ id: string | null; shown: number; hidden: number }> {
  return page.evaluate(() => {
    const current = document.querySelector('.reveal .slides > section.present');
    return {
      id: (window as any).__deck.currentId as string | null,
      shown: current?.querySelectorAll('.fragment.visible').length ?? 0,
      hidden: current?.querySelectorAll('.fragment:not(.visible)').length ?? 0,
    };
  });
}

/**
 * Press an arrow key until the deck shows `expected` with its live part settled. A slide with step-by-step reveals
 * takes one press per fragment first (→ shows the next one, ← hides the last one), as a presenter would press.
 */
async function key(page: Page, arrow: 'ArrowRight' | 'ArrowLeft', expected: string): Promise<void> {
  for (let press = 0; press < 20; press++) {
    const before = await fragmentState(page);
    const fragmentStep = arrow === 'ArrowRight' ? before.hidden > 0 : before.shown > 0;
    await page.keyboard.press(arrow);
    if (!fragmentStep) break;
    // one fragment more (→) or less (←) on the same slide
    await page.waitForFunction(
      ({ right, shown }) => {
        const now = document.querySelector('.reveal .slides > section.present')?.querySelectorAll('.fragment.visible').length ?? 0;
        return right ? now > shown : now < shown;
      },
      { right: arrow === 'ArrowRight', shown: before.shown },
      { timeout: 30_000, polling: 50 },
    );
  }
  await page.waitForFunction(
    (id) => (window as any).__deck.currentId === id && document.getElementById(id)?.dataset.mounted !== 'pending',
    expected,
    { timeout: 30_000, polling: 50 },
  );
}

describe('soak: a long lesson leaves nothing behind', () => {
  it(`${rounds * 2} visits of every slide by keyboard and ${totalSteps} training steps keep heap, tensors, workers, timers and listeners flat`, async () => {
    const t0 = Date.now();
    const { page, problems } = await openPage(env);
    const cdp = await env.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    await gotoDeck(env, page);
    const ids = await slideIds(page);
    const workerTensors = async () => {
      const w = page.workers().find((x) => /training\.worker/.test(x.url()));
      return w ? w.evaluate(() => (self as any)._tfengine?.state.numTensors as number) : -1;
    };
    const trainTo = async (target: number) => {
      await showSlide(page, 'training');
      await page.waitForSelector('#training .tr-dashboard[data-ready="true"]', { timeout: 90_000 });
      if ((await page.getAttribute('#training .tr-dashboard', 'data-state')) !== 'running') await page.click('#training .tr-play');
      await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('#training .tr-step-value')?.dataset.value || 0) >= n, target, {
        timeout: 10 * 60_000,
        polling: 250,
      });
    };
    const settle = async (): Promise<Record<string, number>> => {
      await showSlide(page, 'training');
      await page.waitForSelector('#training .tr-dashboard[data-ready="true"]');
      if ((await page.getAttribute('#training .tr-dashboard', 'data-state')) === 'running') await page.click('#training .tr-play');
      await page.waitForFunction(() => document.querySelector('#training .tr-dashboard')?.getAttribute('data-state') === 'paused');
      await showSlide(page, 'title');
      await page.waitForTimeout(1500);
      await page.evaluate(() => performance.clearResourceTimings());
      // collect first, so the leak probe forgets the listener targets that died (it holds them weakly)
      await collectGarbage(cdp);
      const counts = await leakCounts(page);
      return { ...counts, ...(await heapAfterGc(cdp)), workerTensors: await workerTensors() };
    };

    const round = async () => {
      await showSlide(page, ids[0]);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 1; i < ids.length; i++) await key(page, 'ArrowRight', ids[i]);
      for (let i = ids.length - 2; i >= 0; i--) await key(page, 'ArrowLeft', ids[i]);
    };
    // Warm-up: every shared cache (fonts, tfjs and its backend, data, pretrained models, the training worker) fills
    // and V8's compiled code settles, training included; the baseline is taken after it.
    const warmupSteps = 100;
    for (let w = 1; w <= warmupRounds; w++) {
      await round();
      await trainTo(w * warmupSteps);
    }
    const baseline = await settle();
    const startStep = await shownStep(page);
    const tWarm = Date.now();

    // The lesson measured: `rounds` rounds of navigation, each followed by 1/rounds of the training steps.
    let navMs = 0;
    let trainMs = 0;
    for (let r = 1; r <= rounds; r++) {
      const tn = Date.now();
      await round();
      navMs += Date.now() - tn;
      const tt = Date.now();
      await trainTo(startStep + Math.ceil((r * totalSteps) / rounds));
      trainMs += Date.now() - tt;
    }
    const steps = (await shownStep(page)) - startStep;
    const end = await settle();
    const seconds = (Date.now() - t0) / 1000;

    const rows = Object.keys(baseline).map((k) => {
      const [a, b] = [baseline[k], end[k]];
      const change = a === 0 ? (b === 0 ? 0 : Infinity) : (b - a) / a;
      return { metric: k, start: a, end: b, change: `${(change * 100).toFixed(1)} %` };
    });
    console.log(`soak: ${ids.length} slides × ${rounds * 2} keyboard visits, ${steps} training steps (batch 128) after the warm-up`);
    console.table(rows);
    console.log(
      `soak time: ${seconds.toFixed(0)} s total (warm-up ${warmupRounds} rounds: ${((tWarm - t0) / 1000).toFixed(0)} s, navigation ${(navMs / 1000).toFixed(0)} s, training ${(trainMs / 1000).toFixed(0)} s)`,
    );

    assert.ok(steps >= totalSteps, `trained ${steps} steps`);
    assert.equal(end.tensors, baseline.tensors, 'page tensors exactly equal');
    // The worker holds up to reportEvery − 1 unreported loss scalars and, at a window's last step, one clone of the
    // 10 weight tensors: its count depends on where in a 10-step window the pause landed, not on how long it trained.
    assert.ok(Math.abs(end.workerTensors - baseline.workerTensors) < 20, `worker tensors ${baseline.workerTensors} → ${end.workerTensors}`);
    for (const k of ['workers', 'trainingWorkers', 'mountedScopes', 'timeouts', 'intervals', 'frames', 'listeners', 'dataHeap', 'objectHeap'] as const) {
      const [a, b] = [baseline[k], end[k]];
      assert.ok(Math.abs(b - a) <= 0.05 * a, `${k}: ${a} → ${b}, more than 5 % away from where it started`);
    }
    // V8's code space (codeHeap) grows as more functions get hot and shrinks when V8 flushes them (±5 % from round
    // to round in the heap-snapshot diffs): it is not the page's data, so the total gets a looser bound.
    assert.ok(end.heap <= baseline.heap * 1.15, `JS heap ${baseline.heap} → ${end.heap}: more than 15 % growth`);
    await assertClean(page, problems, 'soak');
    await page.close();
  });
});
