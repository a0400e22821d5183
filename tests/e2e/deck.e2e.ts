import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { artifactsDir, assertClean, gotoDeck, mountedParts, openPage, showSlide, slideIds, startEnv, type DeckEnv, transitionsDone } from './harness.ts';

let env: DeckEnv;
before(async () => {
  env = await startEnv();
});
after(async () => {
  await env?.close();
});

// Two tests at a time, each in its own page (the fr and en tours overlap: one mounts while the other screenshots).
describe('the deck in a browser', { concurrency: 2 }, () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`shows every slide in ${lang} with no error, no foreign request, no NaN, and screenshots it`, async () => {
      const { page, problems } = await openPage(env);
      await gotoDeck(env, page, lang === 'fr' ? '' : '?lang=en');
      const ids = await slideIds(page);
      assert.ok(ids.length >= 2, 'the deck has slides');
      const dir = join(artifactsDir, 'slides');
      mkdirSync(dir, { recursive: true });
      for (const [i, id] of ids.entries()) {
        await showSlide(page, id);
        // the screenshot shows the slide as the class sees it once its live part is up
        await page.waitForFunction((sid) => document.getElementById(sid)?.dataset.mounted !== 'pending', id, { timeout: 90_000 });
        if (id === 'training') await page.waitForSelector('#training .tr-dashboard[data-ready="true"]', { timeout: 90_000 });
        const state = await page.evaluate((slideId) => {
          const section = document.getElementById(slideId)!;
          return {
            lang: document.documentElement.lang,
            current: (window as any).__deck.currentId,
            text: section.innerText,
            mountError: section.querySelector('.mount-error')?.textContent ?? null,
            notes: section.querySelector('aside.notes')?.textContent?.trim().length ?? 0,
          };
        }, id);
        assert.equal(state.current, id);
        assert.equal(state.lang, lang);
        assert.equal(state.mountError, null, `slide ${id}: ${state.mountError}`);
        assert.ok(state.notes > 40, `slide ${id} has speaker notes`);
        assert.doesNotMatch(state.text, /\bNaN\b|Infinity|∞|undefined/, `slide ${id} shows a broken number`);
        await transitionsDone(page); // the slide's fade
        await page.screenshot({ path: join(dir, `${lang}-${String(i + 1).padStart(2, '0')}-${id}.png`) });
      }
      await assertClean(page, problems, `deck in ${lang}`);
      await page.close();
    });
  }

  it('fetches slide code only once the presenter moves, then all of it; a slide that cannot be fetched says so and « Réessayer » brings it', async () => {
    const { page, problems } = await openPage(env, { failedRequest: /klDivergence-/, consoleError: /klDivergence-|dynamically imported module/ });
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.js')));
    const blocked = /klDivergence-[\w-]+\.js$/;
    await page.route(blocked, (route) => route.abort());
    await gotoDeck(env, page);
    const opened = await scripts();
    assert.ok(!opened.some((n) => /\/(slide-\w+|katex)-/.test(n)), `opening fetched slide code or KaTeX: ${opened.join(' ')}`);
    // keys pressed as fast as the keyboard goes: each slide shown is written as soon as its module arrives
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => !!document.querySelector('.reveal .slides > section.present .slide-content'), null, { timeout: 10_000 });
    }
    // the first move fetches the rest of the deck in the background (all but the blocked slide)
    const total = await page.evaluate(() => (window as any).__deck.ids.length as number);
    await page.waitForFunction((n) => (window as any).__deck.slidesLoaded === n - 1, total, { timeout: 60_000 });
    const later = await scripts();
    assert.ok(later.some((n) => /\/katex-/.test(n)), 'KaTeX came with the first move');
    assert.ok(later.some((n) => /\/slide-aeVsVae-/.test(n)), `slide chunks are named slide-…: ${later.join(' ')}`);
    await page.evaluate(() => void (window as any).__deck.goTo('kl-divergence'));
    const notice = page.locator('#kl-divergence [role="alert"]');
    await notice.waitFor({ timeout: 20_000 });
    assert.match(await notice.innerText(), /n’a pas pu être chargée/);
    await page.unroute(blocked);
    await page.locator('#kl-divergence .retry-button').click();
    await page.waitForFunction(() => document.getElementById('kl-divergence')?.dataset.mounted === 'true', null, { timeout: 30_000 });
    assert.equal(await page.locator('#kl-divergence [role="alert"]').count(), 0);
    assert.equal(await page.evaluate(() => (window as any).__deck.slidesLoaded), total);
    await assertClean(page, problems, 'slides fetched on demand');
    await page.close();
  });

  it('uses slide ids in the hash and opens the slide named there', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '', '#/agenda');
    assert.equal(await page.evaluate(() => (window as any).__deck.currentId), 'agenda');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => (window as any).__deck.currentId === 'title');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (window as any).__deck.currentId === 'agenda');
    // reveal.js writes the hash at most once a second (a write within 1 s of the last one waits for the rest).
    await page.waitForFunction(() => window.location.hash === '#/agenda', null, { timeout: 5_000 });
    assert.equal(new URL(page.url()).hash, '#/agenda');
    await assertClean(page, problems, 'hash navigation');
    await page.close();
  });

  it('switches language with the L key and the toggle button, keeping the slide', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '', '#/agenda');
    const frTitle = await page.locator('#agenda .slide-title').innerText();
    await page.keyboard.press('l');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.notEqual(await page.locator('#agenda .slide-title').innerText(), frTitle);
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
    assert.equal(await page.evaluate(() => (window as any).__deck.currentId), 'agenda');
    await page.click('.lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    assert.equal(await page.locator('#agenda .slide-title').innerText(), frTitle);
    assert.equal(new URL(page.url()).searchParams.get('lang'), null);
    await assertClean(page, problems, 'language toggle');
    await page.close();
  });

  it('falls back to French and the first slide on a bad language and an unknown slide id', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '?lang=xx', '#/no-such-slide');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.equal(await page.evaluate(() => (window as any).__deck.currentId), 'title');
    await assertClean(page, problems, 'bad URL input');
    await page.close();
  });

  it('starts no heavy live part in the current slide’s preview (receiver); the next slide’s shows its print state', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '?receiver', '#/training');
    assert.equal(await page.evaluate(() => document.getElementById('training')!.dataset.mounted ?? null), null, 'current preview: training not mounted');
    await gotoDeck(env, page, '?receiver=next');
    const heavy = await page.evaluate(() => (window as any).__deck.heavyIds as string[]);
    for (const id of heavy) {
      await showSlide(page, id);
      const drawn = await mountedParts(page, id);
      assert.equal(drawn.error, null, `${id}: ${drawn.error}`);
      assert.ok(drawn.parts > 0, `slide ${id} draws its print state in the preview`);
    }
    const counts = await page.evaluate(() => ({ ...(window as any).__leakProbe(), ...(window as any).__deck.probes() }));
    assert.equal(counts.workers, 0, 'no worker started in preview');
    await assertClean(page, problems, 'speaker preview');
    await page.close();
  });
});

describe('the speaker view', () => {
  it('opens with S, shows the current notes and previews, and drives the deck', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page, '', '#/title');
    const [speaker] = await Promise.all([env.context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForLoadState('domcontentloaded');
    await speaker.waitForFunction(() => /^1 \/ .* · /.test(document.querySelector('[data-role="pos"]')?.textContent ?? ''));
    const notes = await speaker.locator('[data-role="notes"]').innerText();
    const expected = await page.locator('#title aside.notes').textContent();
    // The speaker view lays the notes out as headings and bullets: same words, other line breaks; a bold lead
    // (« ≈ 0,5 min. ») becomes a heading without its final full stop or colon, so punctuation is not compared.
    const words = (text: string) => text.replace(/[.:]/g, '').replace(/\s+/g, ' ').trim().slice(0, 40);
    assert.equal(words(notes), words(expected!));
    const frameSrc = await speaker.locator('[data-role="current"]').getAttribute('src');
    assert.match(frameSrc!, /receiver/);
    await speaker.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (window as any).__deck.currentId === 'agenda');
    await speaker.waitForFunction(() => document.querySelector('[data-role="pos"]')?.textContent?.startsWith('2 /'));
    await page.keyboard.press('l');
    await speaker.waitForFunction(() => document.documentElement.lang === 'en');
    // the previews reload in English: they must show the current and the next slide, not a blank frame
    for (const [role, id] of [['current', 'agenda'], ['next', 'ae-vs-vae']] as const) {
      await speaker.waitForFunction(
        ({ r, slide }) => {
          // a frame mid-navigation has a document without a root element yet: not ready, poll again
          const w = document.querySelector<HTMLIFrameElement>(`[data-role="${r}"]`)?.contentWindow as any;
          return w?.document?.documentElement?.dataset.deckReady === 'true' && w.__deck?.lang === 'en' && w.__deck?.currentId === slide;
        },
        { r: role, slide: id },
        { timeout: 30_000 },
      );
    }
    await speaker.waitForTimeout(500); // the previews' fade transition
    await speaker.screenshot({ path: join(artifactsDir, 'speaker-view.png') });
    await speaker.close();
    await assertClean(page, problems, 'speaker view');
    await page.close();
  });
});
