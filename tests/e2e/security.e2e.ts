/**
 * Security and offline: the built page carries a strict Content-Security-Policy (no inline script, no eval,
 * only 'wasm-unsafe-eval'), the deck never triggers a CSP violation nor asks another origin for anything, and it
 * runs from `vite preview` with every other host unreachable.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, newDeckContext } from '../../scripts/lib/chromium.ts';
import { assertClean, cspViolations, distDir, gotoDeck, openPage, showSlide, slideIds, startEnv, type DeckEnv } from './harness.ts';

const started = Date.now();
let env: DeckEnv;
before(async () => {
  env = await startEnv();
});
after(async () => {
  await env?.close();
  console.log(`security.e2e: ${((Date.now() - started) / 1000).toFixed(0)} s`);
});

/** The deck's own HTML pages in the build (bench.html is a developer tool, not served to a class). */
const deckPages = readdirSync(distDir).filter((f) => f.endsWith('.html') && f !== 'bench.html');

/** Directives of the CSP meta tag of a built HTML file, e.g. { 'script-src': ["'self'", …] }. */
function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  assert.ok(meta, 'a Content-Security-Policy meta tag');
  return new Map(
    meta[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

/** Every slide, then ten training steps: what a class sees, in one page. */
async function tour(page: Page): Promise<void> {
  for (const id of await slideIds(page)) {
    await showSlide(page, id);
    await page.waitForTimeout(300);
  }
  await showSlide(page, 'training');
  await page.waitForSelector('#training .tr-dashboard[data-ready="true"]', { timeout: 90_000 });
  await page.click('#training .tr-step');
  await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('#training .tr-step-value')?.dataset.value || 0) >= 10, null, {
    timeout: 90_000,
  });
  await showSlide(page, 'latent-explorer').catch(() => {});
  await page.waitForTimeout(800);
}

/** Abort (and record) every request that is not for 127.0.0.1: the classroom without a network. */
async function cutTheNetwork(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      blocked.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  return blocked;
}

describe('content security policy', () => {
  for (const file of deckPages) {
    it(`${file} has a strict CSP meta and no inline script`, () => {
      const html = readFileSync(join(distDir, file), 'utf8');
      const csp = cspOf(html);
      const script = csp.get('script-src') ?? csp.get('default-src') ?? [];
      assert.ok(script.length > 0, 'script-src (or default-src) is set');
      assert.ok(!script.includes("'unsafe-inline'"), `script-src has no 'unsafe-inline': ${script.join(' ')}`);
      assert.ok(!script.includes("'unsafe-eval'"), `script-src has no 'unsafe-eval': ${script.join(' ')}`);
      for (const [name, values] of csp) assert.ok(!values.includes("'unsafe-eval'"), `${name} has no 'unsafe-eval'`);
      assert.ok(!script.some((v) => /^(https?:|\*|data:)/.test(v)), `scripts only from the deck itself: ${script.join(' ')}`);
      assert.deepEqual(csp.get('object-src'), ["'none'"]);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      assert.ok(scripts.length > 0, 'the page loads its code');
      for (const [tag, attrs, body] of scripts) {
        assert.match(attrs, /\bsrc=/, `no inline <script>: ${tag.slice(0, 80)}`);
        assert.equal(body.trim(), '', 'a <script src> has no inline body');
      }
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handler attributes');
    });
  }

  it('the CSP check catches a violation: an injected inline script is blocked and assertClean fails', async () => {
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page);
    const injected = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return (window as any).__injected === true;
    });
    assert.equal(injected, false, 'the inline script did not run');
    // DevTools' evaluate may always eval; a real click runs the handler under the page's own CSP
    await page.evaluate(() => {
      document.body.addEventListener('dblclick', () => {
        try {
          (0, eval)('1 + 1');
          (window as any).__evalResult = 'ran';
        } catch {
          (window as any).__evalResult = 'blocked';
        }
      }, { once: true });
    });
    await page.mouse.dblclick(5, 700);
    await page.waitForFunction(() => (window as any).__evalResult !== undefined);
    assert.equal(await page.evaluate(() => (window as any).__evalResult), 'blocked', 'eval is refused');
    const seen = await cspViolations(page);
    assert.ok(seen.some((v) => /script-src/.test(v)), `violations recorded: ${JSON.stringify(seen)}`);
    problems.errors.length = 0; // Chromium also logs the refusals to the console; the CSP record is what we test
    await assert.rejects(assertClean(page, problems, 'injected script'), /CSP: script-src/);
    await page.close();
  });

  it('a tour of every slide and a few training steps cause no CSP violation and no request to another origin', async () => {
    const blocked = await cutTheNetwork(env.context);
    const { page, problems } = await openPage(env);
    await gotoDeck(env, page);
    await tour(page);
    assert.deepEqual(blocked, [], 'no request left 127.0.0.1');
    assert.deepEqual(await cspViolations(page), []);
    await assertClean(page, problems, 'tour');
    await page.close();
    await env.context.unrouteAll();
  });
});

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

describe('offline from npm run preview', () => {
  let preview: ChildProcess | null = null;
  after(() => {
    if (preview?.pid) {
      try {
        process.kill(-preview.pid, 'SIGTERM'); // the npx → vite process group this test started
      } catch {
        /* already gone */
      }
    }
  });

  it('vite preview serves the build and the whole deck works with every other host unreachable', async () => {
    const port = await freePort();
    const root = resolve(import.meta.dirname, '../..');
    preview = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', distDir], {
      cwd: root,
      detached: true,
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}/`;
    const until = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(url).then((r) => r.ok, () => false);
      if (ok) break;
      assert.ok(Date.now() < until, `vite preview did not answer on ${url}`);
      await new Promise((r) => setTimeout(r, 300));
    }
    const browser = await launchChromium();
    const context = await newDeckContext(browser);
    try {
      const blocked = await cutTheNetwork(context);
      const offline: DeckEnv = { url, browser, context, close: async () => {} };
      const { page, problems } = await openPage(offline);
      await gotoDeck(offline, page);
      await tour(page);
      assert.deepEqual(blocked, []);
      await assertClean(page, problems, 'offline preview');
      await page.close();
    } finally {
      await context.close();
      await browser.close();
    }
  });
});
