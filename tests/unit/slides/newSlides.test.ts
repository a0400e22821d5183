// @vitest-environment jsdom
/** The slides added by issue 12: n-D density, KL's purpose, ELBO and nats, quizzes, limits, recap and closing. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentEntries, loadSlide } from '../../../slides/index.ts';

import type { Slide } from '../../../src/deck/types.ts';
import { languages } from '../../../src/i18n/lang.ts';

const gaussianNdDensity = await loadSlide('gaussian-nd-density');
const klPurpose = await loadSlide('kl-purpose');
const recap = await loadSlide('recap');
const closing = await loadSlide('closing');
const elboNats = await loadSlide('elbo-nats');
const limits = await loadSlide('limits');
const quizSlides = await Promise.all(['quiz-kl-direction', 'quiz-beta-zero', 'quiz-log-var'].map(loadSlide));
const contentSlides = await Promise.all(contentEntries.map((e) => e.load()));

const ROOT = resolve(__dirname, '../../..');
const added: Slide[] = [elboNats, gaussianNdDensity, klPurpose, ...quizSlides, limits, recap, closing];

/** Visible text of a body without its KaTeX (whose markup has its own spacing). */
function visibleText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('.katex, code').forEach((k) => k.remove());
  return doc.body.textContent ?? '';
}

describe('added slides', () => {
  it('are in the deck, with distinct fr/en title, body and notes', () => {
    for (const s of added) {
      expect(contentSlides.map((c) => c.id), s.id).toContain(s.id); // the deck holds typeset copies
      for (const part of [s.title, s.body, s.notes]) expect(part.fr, s.id).not.toBe(part.en);
      for (const lang of languages) expect(s.body[lang], s.id).not.toMatch(/undefined|NaN/);
    }
  });

  it('put a no-break space before : ; ? ! and inside « » in French', () => {
    for (const s of added) {
      for (const text of [visibleText(s.body.fr), s.title.fr, visibleText(s.notes.fr)]) {
        expect(text, s.id).not.toMatch(/[^\u00a0\u202f][:;?!](\s|$)|« | »/);
      }
    }
  });

  it('come in the brief’s order: density before the 2-D demo, KL’s purpose before the KL demo, recap then closing at the end', () => {
    const at = (id: string) => contentSlides.findIndex((s) => s.id === id);
    expect(at('gaussian-nd-density')).toBe(at('gaussian-nd') - 1);
    expect(at('kl-purpose')).toBe(at('kl-divergence') - 1);
    expect(contentSlides.slice(-2).map((s) => s.id)).toEqual(['recap', 'closing']);
  });

  it('reveal their answers with fragments (shown whole in print: pdfSeparateFragments is off)', () => {
    for (const s of [gaussianNdDensity, klPurpose]) expect(s.body.fr, s.id).toMatch(/class="[^"]*\bfragment\b/);
  });

  it('the ELBO slide comes after the KL it uses and before the first other slide that prints “ELBO”', () => {
    const at = (id: string) => contentSlides.findIndex((s) => s.id === id);
    // contentSlides holds typeset copies: find slides by id (indexOf(elboNats) would be −1 and always pass).
    const first = contentSlides.findIndex((s) => s.id !== elboNats.id && /ELBO/.test(s.body.fr + s.body.en));
    expect(first).toBeGreaterThan(0);
    expect(at(elboNats.id)).toBeLessThan(first);
    expect(at(elboNats.id)).toBeGreaterThan(at('kl-in-vae'));
  });

  it('the first slide that prints “nats” says what a nat is (−ln p), or is the vocabulary slide', () => {
    const first = contentSlides.find((s) => /nats/.test(s.body.fr + s.body.en));
    expect(first).toBeDefined();
    if (first?.id !== elboNats.id) for (const lang of languages) expect(first?.body[lang], first?.id).toMatch(/−ln <i>p<\/i>/);
  });

  it('each quiz asks, offers three choices, then reveals the answer and the reason as two fragments', () => {
    expect(quizSlides.map((s) => s.id)).toEqual(['quiz-kl-direction', 'quiz-beta-zero', 'quiz-log-var']);
    for (const s of quizSlides) {
      for (const lang of languages) {
        const doc = new DOMParser().parseFromString(s.body[lang], 'text/html');
        expect(doc.querySelectorAll('.quiz-choices li'), s.id).toHaveLength(3);
        expect([...doc.querySelectorAll('.fragment')].map((f) => f.getAttribute('data-fragment-index')), s.id).toEqual(['1', '2']);
        expect(doc.querySelector('.quiz-answer')?.textContent, s.id).toMatch(/^[ABC]/);
      }
    }
  });

  it('density: the full formula with |Σ| and Σ⁻¹, then the diagonal product', () => {
    for (const lang of languages) {
      const b = gaussianNdDensity.body[lang];
      expect(b).toContain('class="katex"');
      expect(b).toMatch(/\\Sigma\^\{-1\}/);
      expect(b).toMatch(/\|\\Sigma\|/);
      expect(b).toMatch(/\\prod_\{j=1\}\^\{n\}/);
    }
  });

  it('recap answers six questions in one row each', () => {
    for (const lang of languages) {
      const rows = new DOMParser().parseFromString(recap.body[lang], 'text/html').querySelectorAll('.recap-table tr');
      expect(rows).toHaveLength(6);
      for (const r of rows) expect(r.querySelector('th')?.textContent).toMatch(/[?]$/);
    }
  });

  it('closing cites the three references and names notebook files that exist (the HTML is made by a script)', () => {
    for (const lang of languages) {
      const b = closing.body[lang];
      expect(b).toContain('Auto-Encoding Variational Bayes');
      expect(b).toContain('Kingma');
      expect(b).toContain('Doersch');
      expect(b).toContain('keras.io/examples/generative/vae');
      const paths = [...b.matchAll(/<code>([\w./-]+\.(?:ipynb|html))<\/code>/g)].map((m) => m[1]);
      expect(paths).toHaveLength(4);
      for (const p of paths.filter((p) => p.endsWith('.ipynb'))) expect(existsSync(join(ROOT, p)), p).toBe(true);
    }
  });
});
