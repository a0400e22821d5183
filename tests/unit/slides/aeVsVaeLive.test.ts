// @vitest-environment jsdom
/** ae-vs-vae-live on the committed pretrained AE and VAE: the same draws z ~ N(0, I) through both decoders. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';

import { mnistFromBytes } from '../../../src/data/mnist.ts';
import { loadPretrained } from '../../../src/model/pretrained.ts';
import { PretrainedLibrary } from '../../../src/live/pretrainedLibrary.ts';
import { checkStaticContent, mountSlide } from './mountSlide.ts';
import { useJsdomTfjs } from '../../support/jsdomTfjs.ts';
import { loadSlide } from '../../../slides/index.ts';

const slide = await loadSlide('ae-vs-vae-live');

const ROOT = resolve(__dirname, '../../..');
const MODELS_DIR = join(ROOT, 'public/models/');
const readFileBytes = async (path: string) => new Uint8Array(await readFile(path));
const heldOut = mnistFromBytes(new Uint8Array(readFileSync(join(ROOT, 'public/data/mnist-10k.bin'))), 'mnist-10k.bin').test;
const backend = async () => ({ name: tf.getBackend(), software: false, reason: 'tfjs backend of the unit tests' });
const services = { pretrained: new PretrainedLibrary({ model: (kind) => loadPretrained(kind, MODELS_DIR, readFileBytes), digits: async () => heldOut, backend }) };

useJsdomTfjs();

/** The numbers of a column's scale line ("z₁ de −35 à 8, z₂ de −31 à 27"). */
function scaleNumbers(text: string): number[] {
  return [...text.replaceAll('−', '-').matchAll(/-?\d+/g)].map((m) => Number(m[0]));
}

describe('slide ae-vs-vae-live', () => {
  it('has a seed parameter, KaTeX and distinct fr/en text, French colons after a no-break space', () => {
    expect(slide.params?.map((p) => p.name)).toEqual(['cmpSeed']);
    expect(() => checkStaticContent(slide)).not.toThrow();
    expect(slide.heavy).toBe(true);
    const doc = new DOMParser().parseFromString(slide.body.fr, 'text/html');
    doc.querySelectorAll('.katex').forEach((k) => k.remove());
    expect(doc.body.textContent).not.toMatch(/[^\u00a0\u202f] [:;?!]|[^\u00a0\u202f][:;?!](\s|$)/);
    expect(slide.title.fr).toContain('\u00a0:');
  });

  it('pushes the same 12 draws through both decoders and shows each space at its own scale', async () => {
    const m = await mountSlide(slide, { services });
    for (const kind of ['ae', 'vae']) {
      const col = m.get(`.cmp-col[data-kind="${kind}"]`);
      expect(col.querySelectorAll('.cmp-grid canvas'), kind).toHaveLength(12);
      expect(col.querySelectorAll('circle.marker'), kind).toHaveLength(12);
      expect(col.querySelector('.notice-error'), kind).toBeNull();
    }
    const ae = scaleNumbers(m.get('.cmp-col[data-kind="ae"] .cmp-scale').textContent ?? '').filter((v) => v !== 1 && v !== 2);
    const vae = scaleNumbers(m.get('.cmp-col[data-kind="vae"] .cmp-scale').textContent ?? '').filter((v) => v !== 1 && v !== 2);
    expect(Math.max(...ae.map(Math.abs))).toBeGreaterThan(20);
    expect(Math.max(...vae.map(Math.abs))).toBeLessThan(6);
    // the message of the slide, measured: N(0, I) covers few of the AE's classes and many of the VAE's
    const classes = (kind: string) => m.get(`.cmp-col[data-kind="${kind}"] .cmp-classes`).dataset.classes!.split(',');
    expect(classes('ae').length).toBeLessThan(classes('vae').length);
    expect(classes('ae')).toEqual(['0', '2', '3', '5', '6']);
    expect(m.value('.cmp-seed')).toBe(1);
    expect(m.section.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('“New draws” moves to the next seed, redraws, and the slide leaves no tensor behind', async () => {
    await mountSlide(slide, { services }).then((m) => m.scope.dispose()); // models loaded once
    const before = tf.memory().numTensors;
    const m = await mountSlide(slide, { lang: 'en', search: '?cmpSeed=4', services });
    const first = m.get('.cmp-col[data-kind="vae"] .cmp-classes').textContent;
    expect(first).toMatch(/^Digits obtained \(nearest real digit\): \d/);
    m.get<HTMLButtonElement>('.cmp-button').click();
    await new Promise((r) => setTimeout(r, 300));
    expect(m.value('.cmp-seed')).toBe(5);
    expect(m.params.get('cmpSeed')).toBe(5);
    m.scope.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
