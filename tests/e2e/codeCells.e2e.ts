/**
 * The notebook cells on the encoder, decoder and vae-model slides (issue 12 item 7): at 1280×720, on screen and in
 * the print state (`?print-pdf`, what the PDF and PowerPoint exports capture), in French and English, every line of
 * each cell is visible (nothing scrolled away, nothing below the slide) and no code text is smaller than 18 px.
 * Screenshots land in artifacts/e2e/code-cells/. Run: npx vite build && npx tsx --test tests/e2e/codeCells.e2e.ts
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir, gotoDeck, openPage, showSlide, startEnv, type DeckEnv, transitionsDone } from './harness.ts';

/** Each slide and the notebook cells (tags without `slide:`) it shows. */
const SLIDES: Record<string, string[]> = { encoder: ['encoder'], decoder: ['decoder'], 'vae-model': ['vae'] }; // vae-model shows the VAE cell; the loss is a formula naming its cell
const shots = join(artifactsDir, 'code-cells');

let env: DeckEnv;
let page: Page;

before(async () => {
  env = await startEnv();
  ({ page } = await openPage(env));
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.setViewportSize({ width: 1280, height: 720 });
  mkdirSync(shots, { recursive: true });
});
after(async () => {
  await page?.close().catch(() => {});
  await env?.close();
});

/** What a slide's cells look like once laid out: per cell its line count, clipping, bottom edge and smallest font. */
function measure(p: Page, id: string) {
  return p.evaluate((slideId) => {
    const section = document.getElementById(slideId)!;
    const sRect = section.getBoundingClientRect();
    const scale = sRect.width / section.offsetWidth;
    return Array.from(section.querySelectorAll<HTMLElement>('.nb-cell'), (fig) => {
      const pre = fig.querySelector<HTMLElement>('pre')!;
      const texts = Array.from(fig.querySelectorAll<HTMLElement>('.lc, .ln, figcaption'));
      return {
        cell: fig.dataset.cell ?? '',
        lines: Number(fig.dataset.lines),
        rows: fig.querySelectorAll('.lc').length,
        text: Array.from(fig.querySelectorAll('.lc'), (l) => l.textContent).join('\n'),
        clipped: pre.scrollHeight > pre.clientHeight + 1 || pre.scrollWidth > pre.clientWidth + 1,
        bottom: (fig.getBoundingClientRect().bottom - sRect.top) / scale,
        right: (fig.getBoundingClientRect().right - sRect.left) / scale,
        minFont: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))),
      };
    });
  }, id);
}

for (const lang of ['fr', 'en'] as const) {
  for (const print of [false, true]) {
    describe(`notebook cells on the slides (${lang}${print ? ', print' : ''})`, () => {
      before(async () => {
        const query = [`lang=${lang}`, print ? 'print-pdf' : ''].filter(Boolean).join('&');
        await gotoDeck(env, page, `?${query}`, '#/encoder');
      });
      for (const [id, cells] of Object.entries(SLIDES)) {
        it(`${id}: ${cells.join(' + ')} whole, inside 1280×720, code ≥ 18 px`, async () => {
          if (!print) {
            await showSlide(page, id);
            await transitionsDone(page); // the slide's fade
          }
          const got = await measure(page, id);
          if (print) {
            await page.locator(`#${id}`).scrollIntoViewIfNeeded();
            await page.locator(`#${id}`).screenshot({ path: join(shots, `${id}-${lang}-print.png`) });
          } else await page.screenshot({ path: join(shots, `${id}-${lang}.png`) });
          assert.deepEqual(got.map((g) => g.cell), cells);
          for (const g of got) {
            assert.ok(g.lines > 3 && g.rows === g.lines, `${g.cell}: ${g.rows} of ${g.lines} lines rendered`);
            assert.equal(g.clipped, false, `${g.cell}: the listing scrolls or is cut`);
            assert.ok(g.bottom <= 720 - 4, `${g.cell}: ends at ${g.bottom.toFixed(0)} px, below the 720 px slide`);
            assert.ok(g.right <= 1280, `${g.cell}: ends at ${g.right.toFixed(0)} px, right of the slide`);
            assert.ok(g.minFont >= 18, `${g.cell}: a ${g.minFont} px text`);
            console.log(`code cells: ${lang}${print ? ' print' : ''} ${id} ${g.cell}: ${g.lines} lines, bottom ${g.bottom.toFixed(0)} px, min font ${g.minFont} px`);
          }
        });
      }
    });
  }
}
