/**
 * A classroom that goes wrong: no GPU, a lost WebGL context, damaged weights or data, a diverging run, a mangled
 * URL. Each fault is served or provoked for real in headless Chromium; every slide must stay usable and say what
 * happened in one clear sentence (fr and en screenshots in artifacts/e2e/faults/).
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ServeOptions } from '../../scripts/lib/serve.ts';
import { assertClean, gotoDeck, openPage, showSlide, slideIds } from './harness.ts';
import { dashboard, dist, everySlideCopes, modelSlides, readSlide, shoot, slideBackend, trainsFor, visit, waitDash, withEnv } from './faultsSupport.ts';

const started = Date.now();
after(() => console.log(`faults.e2e: ${((Date.now() - started) / 1000).toFixed(0)} s`));


// Two faults at a time: each test has its own server and browser context (its own Chromium where the launch differs),
// and most of a test is waiting for models, data or training; timeouts are sized for a loaded machine.
describe('faults a classroom can throw at the deck', { concurrency: 2 }, () => {
  it('without WebGL every slide works and the live parts run on WASM, then CPU, with a badge naming the backend', async () => {
    await withEnv({ launch: { webgl: false } }, async (env) => {
      const { page, problems } = await openPage(env);
      await gotoDeck(env, page);
      assert.equal(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl')), false, 'WebGL really is off');
      await everySlideCopes(page, /^$/, /^$/);
      for (const id of modelSlides) assert.equal(await slideBackend(page, id), 'wasm', `slide ${id} names its backend`);
      await shoot(page, 'no-webgl-latent-explorer');
      await showSlide(page, 'training');
      const d = await trainsFor(page, 20, 90_000);
      assert.match(d.badge, /^WASM\b/, `badge names WASM (${d.badge})`);
      assert.match(d.badgeTitle, /^no WebGL, no WebGPU: WASM \(\d threads?\)$/);
      await shoot(page, 'no-webgl-training');
      await assertClean(page, problems, 'no WebGL');
      await page.close();
    });
    // No WebGL and the .wasm binaries unreachable (a proxy that strips them): CPU, slowly but correctly.
    await withEnv({ launch: { webgl: false }, serve: { rewrite: (p) => (p.endsWith('.wasm') ? null : p) } }, async (env) => {
      const { page, problems } = await openPage(env, { failedRequest: /\.wasm$/ });
      await gotoDeck(env, page, '', '#/training');
      await waitDash(page, (x) => x.ready, 120_000, 'CPU training ready');
      await page.click('#training .tr-step');
      const d = await waitDash(page, (x) => x.step >= 10 && x.lastLoss !== '', 120_000, 'CPU +10 steps');
      assert.match(d.badge, /^CPU\b/, `badge names CPU (${d.badge})`);
      assert.ok(Number.isFinite(Number(d.lastLoss)));
      assert.equal(await slideBackend(page, 'generating'), 'cpu', 'the generation slide names the CPU backend');
      const gen = await readSlide(page, 'generating');
      assert.deepEqual(gen.notices, [], 'the generation slide decodes on CPU');
      assert.ok(!gen.brokenNumber);
      await showSlide(page, 'training');
      await shoot(page, 'no-webgl-no-wasm-training');
      await assertClean(page, problems, 'no WebGL, no WASM');
      await page.close();
    });
  });

  it('a lost WebGL context during training moves training to WASM from the last saved weights and says so', async () => {
    await withEnv({}, async (env) => {
      const { page, problems } = await openPage(env);
      await gotoDeck(env, page, '?backend=webgl', '#/training');
      await waitDash(page, (x) => x.ready, 120_000, 'WebGL training ready');
      const before = await dashboard(page);
      assert.match(before!.badge, /^WEBGL\b/, `the URL forces WebGL (${before!.badge})`);
      await page.click('#training .tr-play');
      // a checkpoint is read back at every snapshot (every 25 steps); SwiftShader needs ~10 s to compile shaders
      const atLoss = await waitDash(page, (x) => x.snapshotStep >= 50, 240_000, 'first WebGL snapshot');
      const worker = page.workers().find((w) => /training\.worker/.test(w.url()));
      assert.ok(worker, 'the training worker runs');
      const lost = await worker.evaluate(() => {
        const gl = (self as any)._tfengine?.backendInstance?.gpgpu?.gl as WebGL2RenderingContext | undefined;
        gl?.getExtension('WEBGL_lose_context')?.loseContext();
        return gl?.isContextLost() ?? false;
      });
      assert.ok(lost, 'the WebGL context was lost');
      const after = await waitDash(page, (x) => /WASM|CPU/.test(x.badge) && /WebGL/.test(x.status), 60_000, 'recovery message');
      // every snapshot shown on WebGL has its weights checkpointed: training resumes from one of them
      const from = Number(/\(pas ([\d\s\u202f]+)\)/.exec(after.status)?.[1].replace(/\D/g, ''));
      assert.match(after.status, /contexte WebGL a été perdu.*WASM/);
      assert.ok(from >= 50 && from % 50 === 0 && from <= atLoss.step + 50, `resumed from a checkpoint step (${after.status})`);
      const resumed = await waitDash(page, (x) => x.step >= 80 && x.lastLoss !== '', 60_000, 'training continues');
      assert.equal(resumed.state, 'running');
      assert.ok(Number(resumed.lastLoss) < 260, `loss continues from the checkpoint (${resumed.lastLoss}), not from scratch (~540)`);
      assert.ok(Number(atLoss.negElbo) > 0);
      await shoot(page, 'webgl-context-lost');
      assert.match((await dashboard(page))!.status, /contexte WebGL a été perdu/, 'the message survives a remount');
      await assertClean(page, problems, 'lost WebGL context');
      await page.close();
    });
  });

  it('training forced onto WebGPU runs there, and a lost WebGPU device moves it to WASM and says so', async () => {
    // Linux Chromium shows WebGPU only with this flag; here it then offers SwiftShader's software adapter
    await withEnv({ launch: { args: ['--enable-unsafe-webgpu'] } }, async (env) => {
      const { page, problems } = await openPage(env);
      await gotoDeck(env, page, '?backend=webgpu', '#/training');
      // the first snapshot on WebGPU (its chunk fetched, shaders compiled on the CPU) takes ~20 s here
      const ready = await waitDash(page, (x) => x.ready && Number(x.negElbo) > 0, 120_000, 'WebGPU training ready');
      assert.equal(ready.badge, 'WEBGPU (GPU logiciel)', 'the badge names WebGPU on a software adapter');
      assert.match(ready.badgeTitle, /^WebGPU backend requested \(.*swiftshader.*, software adapter\)$/);
      assert.ok(Number(ready.negElbo) > 400 && Number(ready.negElbo) < 700, `an untrained model's −ELBO (${ready.negElbo})`);
      const worker = page.workers().find((w) => /training\.worker/.test(w.url()));
      assert.ok(worker, 'the training worker runs');
      const destroyed = await worker.evaluate(() => {
        const device = (self as any)._tfengine?.backendInstance?.device as { destroy(): void } | undefined;
        device?.destroy();
        return device !== undefined;
      });
      assert.ok(destroyed, 'the WebGPU device was there and is gone');
      const after = await waitDash(page, (x) => /^WASM/.test(x.badge) && /WebGPU/.test(x.status), 60_000, 'recovery message');
      assert.match(after.status, /périphérique WebGPU a été perdu\s: l’entraînement passe sur WASM, repris des derniers poids sauvegardés \(pas 0\)/);
      assert.equal(after.state, 'idle', 'nothing was running: nothing starts by itself');
      await page.click('#training .tr-play');
      const resumed = await waitDash(page, (x) => x.step >= 20 && x.lastLoss !== '', 60_000, 'training on WASM');
      assert.ok(Number(resumed.lastLoss) > 0 && Number(resumed.lastLoss) < 400, `WASM trains (${resumed.lastLoss})`);
      await shoot(page, 'webgpu-device-lost');
      await assertClean(page, problems, 'lost WebGPU device');
      await page.close();
      // not forced: training starts on WASM, and neither software GPU is measured
      const auto = await openPage(env);
      await gotoDeck(env, auto.page, '', '#/training');
      const start = await waitDash(auto.page, (x) => x.ready, 120_000, 'automatic backend');
      assert.equal(start.badge, 'WASM');
      assert.match(start.badgeTitle, /^software WebGPU adapter \(.*swiftshader.*\), software WebGL renderer \(.*SwiftShader.*\), not measured: WASM \(\d threads?\)$/);
      await assertClean(auto.page, auto.problems, 'automatic backend with a software WebGPU adapter');
      await auto.page.close();
    });
  });

  const decoderJson = () => JSON.parse(dist('models/vae-mnist/decoder/model.json').toString('utf8'));
  // `needs`: the requests that mark a slide as depending on the damaged file (the network diagrams read only model.json)
  const weightFaults: Array<{ name: string; serve: ServeOptions; needs: RegExp; message: RegExp }> = [
    { name: 'weights-404', serve: { rewrite: (p) => (p.startsWith('/models/vae-mnist/') ? null : p) }, needs: /\/models\/vae-mnist\//, message: /vae-mnist.*(404|introuvable)/ },
    {
      name: 'weights-truncated',
      serve: { override: (p) => (p === '/models/vae-mnist/decoder/weights.bin' ? dist('models/vae-mnist/decoder/weights.bin').subarray(0, 5000) : null) },
      needs: /\/models\/vae-mnist\/decoder\/weights\.bin/,
      message: /tronqué/,
    },
    {
      name: 'weights-wrong-shapes',
      serve: {
        override: (p) => {
          if (p !== '/models/vae-mnist/decoder/model.json') return null;
          const json = decoderJson();
          const w = json.weightsManifest[0].weights[0];
          w.shape = [...w.shape].reverse(); // same byte count, wrong shape: [2, h] → [h, 2]
          return new TextEncoder().encode(JSON.stringify(json));
        },
      },
      needs: /\/models\/vae-mnist\/decoder\/weights\.bin/,
      message: /model\.json|forme|shape/i,
    },
  ];
  for (const fault of weightFaults) {
    it(`pretrained weights ${fault.name.replace('weights-', '')}: a clear message where they are needed, training still works`, async () => {
      await withEnv({ serve: fault.serve }, async (env) => {
        const { page, problems } = await openPage(env, { failedRequest: /\/models\// });
        await gotoDeck(env, page);
        const noticed = await everySlideCopes(page, fault.needs, fault.message);
        console.log(`${fault.name}: message on ${noticed.join(', ')}`);
        assert.ok(noticed.length >= 2, `the slides that decode with the pretrained VAE say so (${noticed.join(', ')})`);
        await showSlide(page, noticed[noticed.length - 1]);
        await shoot(page, `${fault.name}-${noticed[noticed.length - 1]}`);
        await showSlide(page, 'training');
        if (fault.name === 'weights-404') await trainsFor(page, 20, 120_000);
        else await waitDash(page, (x) => x.ready, 90_000, 'training ready');
        await page.check('#training .tr-pretrained');
        const failsafe = await waitDash(page, (x) => x.view === 'pretrained' && x.status !== '' && !/Chargement|Loading/.test(x.status), 30_000, 'failsafe answer');
        assert.match(failsafe.status, fault.message, 'the failsafe switch explains why there is no pretrained model');
        assert.ok(!/\bNaN\b|Infinity/.test(failsafe.text));
        await shoot(page, `${fault.name}-training-failsafe`);
        await assertClean(page, problems, fault.name);
        await page.close();
      });
    });
  }

  it('a corrupt data file gives a clear message naming it, never NaN', async () => {
    const bytes = dist('data/mnist-10k.bin');
    const corrupt = new Uint8Array(bytes.subarray(0, 100_000));
    await withEnv({ serve: { override: (p) => (p === '/data/mnist-10k.bin' ? corrupt : null) } }, async (env) => {
      const { page, problems } = await openPage(env);
      await gotoDeck(env, page);
      const noticed = await everySlideCopes(page, /\/data\/mnist-10k\.bin/, /mnist-10k\.bin/);
      console.log(`corrupt data: message on ${noticed.join(', ')}`);
      assert.ok(noticed.includes('data-loading'), 'the data-loading slide says the file is corrupt');
      await showSlide(page, 'training');
      const d = await waitDash(page, (x) => /mnist-10k\.bin/.test(x.status), 60_000, 'training start failure');
      assert.ok(!/\bNaN\b|Infinity/.test(d.text), 'the dashboard shows no NaN');
      await shoot(page, 'data-corrupt-training');
      await showSlide(page, 'data-loading');
      await shoot(page, 'data-corrupt-data-loading');
      await assertClean(page, problems, 'corrupt data');
      await page.close();
    });
  });

  it('an absurd learning rate makes the loss NaN: training stops, restores the last good weights and says so', async () => {
    await withEnv({}, async (env) => {
      const { page, problems } = await openPage(env);
      await gotoDeck(env, page, '', '#/training');
      await trainsFor(page, 30, 90_000);
      // the slider stops at 10⁻²: widen its range to force 10⁶ through the dashboard's own handler
      await page.evaluate(() => {
        const lr = document.querySelector<HTMLInputElement>('#training .tr-lr')!;
        lr.max = '6';
        lr.value = '6';
        lr.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.click('#training .tr-play');
      const d = await waitDash(page, (x) => x.state === 'diverged', 60_000, 'divergence');
      assert.match(d.status, /derniers poids valides restaurés/);
      assert.ok(!/\bNaN\b|Infinity|∞/.test(d.text), `no NaN on screen: ${d.status}`);
      assert.ok(Number.isFinite(Number(d.lastLoss)), 'the last shown loss is a finite one');
      await shoot(page, 'nan-loss');
      // back to a sane rate: the restored weights train on with a finite loss
      await page.evaluate(() => {
        const lr = document.querySelector<HTMLInputElement>('#training .tr-lr')!;
        lr.max = '-2';
        lr.value = '-2.7';
        lr.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.click('#training .tr-step');
      const after = await waitDash(page, (x) => x.step >= d.step + 10 && x.state === 'paused', 60_000, '+10 after restore');
      assert.ok(Number(after.lastLoss) < 400, `the restored weights give a finite, trained loss (${after.lastLoss})`);
      await assertClean(page, problems, 'NaN loss');
      await page.close();
    });
  });

  it('bad URL input gives defaults or clamped values, never NaN, no console error', async () => {
    await withEnv({}, async (env) => {
      const { page, problems } = await openPage(env);
      const query = '?lang=xx&mu1=abc&s1=-5&s2=1e999&mu=999&sigma=-1&rho=0.99999&zmu=Infinity&zlogvar=&lvDigit=4.5&interpFrom=-3&interpTo=99&interpT=NaN&genSeed=abc';
      await gotoDeck(env, page, query, '#/no-such-slide');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr', '?lang=xx falls back to French');
      assert.equal(await page.evaluate(() => (window as any).__deck.currentId), 'title', 'an unknown slide id opens the first slide');
      const sliders = async (id: string) => {
        await visit(page, id);
        return page.evaluate((slideId) => {
          const out: Record<string, { value: number; min: number; max: number }> = {};
          for (const row of document.querySelectorAll<HTMLElement>(`#${slideId} .slider-row[data-param]`)) {
            const input = row.querySelector<HTMLInputElement>('input')!;
            out[row.dataset.param!] = { value: Number(row.querySelector<HTMLElement>('output')!.dataset.value), min: Number(input.min), max: Number(input.max) };
          }
          return out;
        }, id);
      };
      const kl = await sliders('kl-divergence');
      assert.equal(kl.mu1.value, 0, 'mu1=abc → default 0');
      assert.equal(kl.s1.value, kl.s1.min, 's1=-5 → clamped to the minimum');
      assert.ok(Number.isFinite(kl.s2.value) && kl.s2.value <= kl.s2.max, `s2=1e999 → a finite value in range (${kl.s2.value})`);
      const g = await sliders('gaussian-1d');
      assert.equal(g.mu.value, g.mu.max, 'mu=999 → clamped to the maximum');
      assert.equal(g.sigma.value, g.sigma.min, 'sigma=-1 → clamped to the minimum');
      for (const id of await slideIds(page)) {
        const all = await sliders(id);
        for (const [name, v] of Object.entries(all)) {
          assert.ok(Number.isFinite(v.value) && v.value >= v.min && v.value <= v.max, `${id}: ${name} = ${v.value} outside [${v.min}, ${v.max}]`);
        }
        const s = await readSlide(page, id);
        assert.equal(s.mountError, null, `slide ${id}: ${s.mountError}`);
        assert.ok(!s.brokenNumber, `slide ${id} shows NaN/∞/undefined`);
        assert.deepEqual(s.notices, [], `slide ${id} shows an error`);
      }
      const selects = await page.evaluate(() => [...document.querySelectorAll<HTMLSelectElement>('#vae-uses-live select')].map((s) => s.value));
      await showSlide(page, 'vae-uses-live');
      await page.waitForTimeout(1500);
      const picked = await page.evaluate(() => [...document.querySelectorAll<HTMLSelectElement>('#vae-uses-live select')].map((s) => s.value));
      for (const v of picked) assert.match(v, /^[0-9]$/, `digit pickers hold a digit (${JSON.stringify(picked)}, before ${JSON.stringify(selects)})`);
      await showSlide(page, 'kl-divergence');
      await shoot(page, 'bad-url-kl-divergence');
      await assertClean(page, problems, 'bad URL input');
      await page.close();
    });
  });
});
