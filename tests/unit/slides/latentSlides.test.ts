// @vitest-environment jsdom
/** The AE/VAE, latent-space and generation slides, mounted in jsdom on the committed pretrained weights. */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it, vi } from 'vitest';

import { examplesOf } from '../../../slides/latentInVae.ts';

import { mnistFromBytes } from '../../../src/data/mnist.ts';
import { loadPretrained, ModelLoadError } from '../../../src/model/pretrained.ts';
import { PretrainedLibrary } from '../../../src/live/pretrainedLibrary.ts';
import { mountSlide } from './mountSlide.ts';
import { useJsdomTfjs } from '../../support/jsdomTfjs.ts';
import { loadSlide } from '../../../slides/index.ts';

const aeVsVae = await loadSlide('ae-vs-vae');
const aeVsVaeLive = await loadSlide('ae-vs-vae-live');
const vaeUses = await loadSlide('vae-uses');
const vaeUsesLive = await loadSlide('vae-uses-live');
const latentSpace = await loadSlide('latent-space');
const latentInVae = await loadSlide('latent-in-vae');
const generating = await loadSlide('generating');

const all = [aeVsVae, aeVsVaeLive, vaeUses, vaeUsesLive, latentSpace, latentInVae, generating];
// (the *.node.ts helpers resolve paths from import.meta.url, which is not a file: URL under jsdom)
const ROOT = resolve(__dirname, '../../..');
const MODELS_DIR = join(ROOT, 'public/models/');
const readFileBytes = async (path: string) => new Uint8Array(await readFile(path));
const heldOut = mnistFromBytes(new Uint8Array(readFileSync(join(ROOT, 'public/data/mnist-10k.bin'))), 'mnist-10k.bin').test;
const backend = async () => ({ name: tf.getBackend(), software: false, reason: 'tfjs backend of the unit tests' });
// one library for the file, as the page has one: a slide that remounts finds its model loaded
const fromDisk = { pretrained: new PretrainedLibrary({ model: (kind) => loadPretrained(kind, MODELS_DIR, readFileBytes), digits: async () => heldOut, backend }) };
const hasAe = existsSync(join(MODELS_DIR, 'ae-mnist', 'encoder', 'model.json'));

useJsdomTfjs();

describe('static content of the AE/VAE, latent and generation slides', () => {
  it('have ids in deck order, agenda sections, distinct fr/en text and notes that answer a question', () => {
    expect(all.map((s) => s.id)).toEqual(['ae-vs-vae', 'ae-vs-vae-live', 'vae-uses', 'vae-uses-live', 'latent-space', 'latent-in-vae', 'generating']);
    for (const s of all) {
      expect(s.section?.fr, s.id).toBeTruthy();
      expect(s.body.fr).not.toBe(s.body.en);
      for (const lang of ['fr', 'en'] as const) {
        expect(s.notes[lang], s.id).toMatch(/question/i);
        expect(s.body[lang], s.id).not.toMatch(/undefined|NaN/);
      }
    }
    expect(all.filter((s) => s.heavy).map((s) => s.id)).toEqual(['ae-vs-vae-live', 'vae-uses-live', 'latent-space', 'latent-in-vae', 'generating']);
    for (const s of [aeVsVae, vaeUses, latentSpace, latentInVae, generating, vaeUsesLive]) expect(s.body.fr, s.id).toContain('class="katex"');
  });
});

describe('live slides on the pretrained VAE', () => {
  it('latent-space decodes the start point and shows z with data-value, then leaves nothing behind', async () => {
    const m = await mountSlide(latentSpace, { services: fromDisk });
    expect(m.value('.z1')).toBe(0.5);
    expect(m.value('.z2')).toBe(-0.5);
    expect(m.get('.z2').textContent).toBe('−0,50');
    expect(m.section.querySelectorAll('.digit-grid canvas')).toHaveLength(1);
    expect(m.section.querySelector('.notice-error')).toBeNull();
    const badge = m.get('.backend-badge');
    expect(badge.parentElement).toBe(m.section);
    expect(badge.dataset.backend).toBe('cpu');
    expect(badge.textContent).toBe('Calcul : CPU');
    const before = tf.memory().numTensors;
    m.scope.dispose();
    expect(m.section.querySelector('.latent-explorer')).toBeNull();
    const again = await mountSlide(latentSpace, { lang: 'en', services: fromDisk });
    again.scope.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('generating draws 8×2 digits for the seed in the URL, and the button moves to the next seed', async () => {
    const m = await mountSlide(generating, { search: '?genSeed=5', services: fromDisk });
    expect(m.section.querySelectorAll('.gen-grid canvas')).toHaveLength(16);
    expect(m.value('.gen-seed')).toBe(5);
    expect(m.section.querySelectorAll('.gen-plane circle.marker')).toHaveLength(16);
    expect(m.section.querySelectorAll('.gen-plane path.marker-cross')).toHaveLength(16);
    m.get<HTMLButtonElement>('.gen-button').click();
    await new Promise((r) => setTimeout(r, 200));
    expect(m.value('.gen-seed')).toBe(6);
    expect(m.params.get('genSeed')).toBe(6);
  });

  it('latent-in-vae shows μ and σ of the chosen held-out digit as the encoder gives them', async () => {
    const m = await mountSlide(latentInVae, { search: '?lvDigit=7', services: fromDisk });
    const i = examplesOf(heldOut)[7];
    expect(heldOut.labels[i]).toBe(7);
    const model = await loadPretrained('vae', MODELS_DIR, readFileBytes);
    const { mean, logVar } = await model.encode(heldOut.images.slice(i * 784, (i + 1) * 784), 1);
    model.dispose();
    expect(m.value('.lv-mu1')).toBeCloseTo(mean[0], 5);
    expect(m.value('.lv-mu2')).toBeCloseTo(mean[1], 5);
    expect(m.value('.lv-s1')).toBeCloseTo(Math.exp(0.5 * logVar![0]), 5);
    expect(m.get('.lv-pick[data-digit="7"]').getAttribute('aria-pressed')).toBe('true');
    expect(m.section.querySelectorAll('.lv-samples canvas')).toHaveLength(6);
    expect(m.section.querySelectorAll('.lv-zoomed circle.marker')).toHaveLength(7);
    expect(m.value('.lv-zoom')).toBeGreaterThan(1);
  });

  it('vae-uses-live flags noise and a negative digit above the 99th-percentile line, not the real digits', async () => {
    const m = await mountSlide(vaeUsesLive, { services: fromDisk });
    const rows = [...m.section.querySelectorAll('.ul-bar-row:not(.ul-axis):not(.ul-pad-row)')];
    expect(rows).toHaveLength(6);
    const flagged = rows.map((r) => r.classList.contains('flagged'));
    // three real digits under the line; noise, a negative and the shifted 2 above it
    expect(flagged).toEqual([false, false, false, true, true, true]);
    // on the log scale the threshold line sits well inside the track, not squashed at the left edge
    const at = parseFloat(m.get('.ul-bars').style.getPropertyValue('--threshold'));
    expect(at).toBeGreaterThan(30);
    expect(at).toBeLessThan(70);
    const threshold = m.value('.ul-threshold');
    expect(threshold).toBeGreaterThan(50);
    expect(threshold).toBeLessThan(400);
    expect(m.section.querySelectorAll('.ul-path canvas')).toHaveLength(9);
    // the path strip is one image for a screen reader, named (axe role-img-alt)
    expect(m.section.querySelector('.ul-path .digit-grid')!.getAttribute('aria-label')).toMatch(/^le chemin de A à B/);
    expect(m.section.textContent).not.toMatch(/NaN|Infinity/);
  });

  // ae-vs-vae-live (the same draws through both decoders) has its own file: aeVsVaeLive.test.ts
});

describe('when the pretrained model cannot load', () => {
  it('every live slide says so in a .notice-error, in the slide language, with no NaN', async () => {
    const broken = new PretrainedLibrary({
      model: () => Promise.reject(new ModelLoadError({ fr: 'modèle absent (test)', en: 'model missing (test)' })),
      digits: async () => heldOut,
      backend,
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (const s of [aeVsVaeLive, vaeUsesLive, latentSpace, latentInVae, generating]) {
        const m = await mountSlide(s, { lang: 'en', services: { pretrained: broken } });
        expect(m.section.querySelector('.notice-error')?.textContent, s.id).toContain('model missing (test)');
        expect(m.section.textContent, s.id).not.toMatch(/NaN|undefined/);
        expect(m.section.querySelector('.backend-badge'), s.id).toBeNull();
        m.scope.dispose();
      }
      expect(warn).toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
