import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, gotoDeck, leakCounts, openPage, showSlide, slideIds, startEnv, type DeckEnv } from './harness.ts';

let env: DeckEnv;
before(async () => {
  env = await startEnv();
});
after(async () => {
  await env?.close();
});

// Every count must come back exactly, so one leaked timer, frame, listener or tensor per visit fails after one cycle;
// 10 cycles (310 mounts and unmounts) also catch a leak that shows one visit in a few. LIFECYCLE_CYCLES=20 doubles it.
const cycles = Number(process.env.LIFECYCLE_CYCLES ?? 10);

describe('slide lifecycle in a real browser', () => {
  it(`visits every slide ${cycles} times and leaves no timer, frame, listener, worker or tensor behind`, async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page);
    const ids = await slideIds(page);
    // Back on the title, the counts are read once two readings 1.2 s apart agree: on a busy machine the training
    // worker's first held-out evaluation (one −ELBO trail entry) can land a few seconds after the warm-up round.
    const settle = async () => {
      await showSlide(page, 'title');
      let counts = await leakCounts(page);
      for (let i = 0; i < 15; i++) {
        await page.waitForTimeout(1200);
        const again = await leakCounts(page);
        if (JSON.stringify(again) === JSON.stringify(counts)) return again;
        counts = again;
      }
      return counts;
    };
    // Warm-up round: shared caches (pretrained models, data, fonts, tfjs backend) may be filled once.
    for (const id of ids) await showSlide(page, id);
    const baseline = await settle();
    for (let round = 0; round < cycles; round++) {
      for (const id of ids) await showSlide(page, id);
    }
    const end = await settle();
    console.log(`lifecycle: ${ids.length} slides × ${cycles}: baseline ${JSON.stringify(baseline)} → end ${JSON.stringify(end)}`);
    for (const key of Object.keys(baseline)) {
      assert.equal(end[key], baseline[key], `${key} changed from ${baseline[key]} to ${end[key]}`);
    }
    assert.ok(end.mountedScopes <= 1, 'at most the current slide is mounted');
    await assertClean(page, problems, 'lifecycle');
    await page.close();
  });
});
