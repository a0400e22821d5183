/**
 * Native PowerPoint charts of the training slide: the saved loss history (public/models/vae-mnist/history.json,
 * the run that produced the pretrained weights, the same file the printed slide draws) as two line charts — total,
 * reconstruction and held-out −ELBO per epoch, and the KL term — placed where the printed slide draws its curves.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type PptxGenJS from 'pptxgenjs';
import { parseTrainingHistory, type TrainingHistory } from '../../src/data/trainingHistory.ts';
import { DATASETS } from '../../src/data/datasets.ts';
import { lossColors, roles } from '../../src/charts/palette.ts';

/** A rectangle in CSS px of the 1280×720 slide. */
export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a slide's native charts go (only the training slide has them). */
export interface ChartAreas {
  loss?: Area;
  kl?: Area;
}

/** Browser side: the loss and KL chart areas of the printed training slide, by slide id, their SVG hidden from the picture. */
export function chartAreas(): Record<string, ChartAreas> {
  const out: Record<string, ChartAreas> = {};
  for (const dash of Array.from(document.querySelectorAll<HTMLElement>('.reveal .pdf-page .tr-dashboard[data-printed-epochs]'))) {
    const section = dash.closest<HTMLElement>('section[data-slide-id]');
    if (!section) continue;
    const o = section.getBoundingClientRect();
    const area = (sel: string): Area | undefined => {
      const el = dash.querySelector<HTMLElement>(sel);
      if (!el) return undefined;
      const r = el.getBoundingClientRect();
      el.style.visibility = 'hidden';
      return { x: r.left - o.left, y: r.top - o.top, w: r.width, h: r.height };
    };
    out[section.dataset.slideId ?? ''] = { loss: area('.tr-loss'), kl: area('.tr-kl') };
  }
  return out;
}

/** The history of the pretrained MNIST VAE, as the deck serves it. */
export function pretrainedHistory(): TrainingHistory {
  const file = resolve(import.meta.dirname, '../../public', DATASETS.mnist.models.vae, 'history.json');
  return parseTrainingHistory(JSON.parse(readFileSync(file, 'utf8')), file);
}

const label = {
  total: { fr: 'totale', en: 'total' },
  recon: { fr: 'reconstruction', en: 'reconstruction' },
  test: { fr: '−ELBO test', en: 'test −ELBO' },
  epochs: { fr: 'époques', en: 'epochs' },
  unit: { fr: 'nats / image', en: 'nats / image' },
} as const;

/** Geometry of the slide pictures: frame padding (CSS px), inches per CSS px, font. */
export interface ChartFrame {
  padX: number;
  padY: number;
  px: number;
  font: string;
}

/** Add the native loss and KL line charts to `slide` where `areas` says (nothing when the slide has none). */
export function addTrainingCharts(pptx: PptxGenJS, slide: PptxGenJS.Slide, areas: ChartAreas, lang: 'fr' | 'en', f: ChartFrame): void {
  if (!areas.loss && !areas.kl) return;
  const h = pretrainedHistory();
  const labels = h.epochs.map((e) => String(e.epoch));
  const hex = (c: string): string => c.replace('#', '').toUpperCase();
  const place = (a: Area) => ({ x: (a.x + f.padX) * f.px, y: (a.y + f.padY) * f.px, w: a.w * f.px, h: a.h * f.px });
  const common = {
    lineDataSymbol: 'none' as const,
    lineSize: 2,
    catAxisLabelFrequency: '20',
    catAxisLabelFontFace: f.font,
    valAxisLabelFontFace: f.font,
    catAxisLabelFontSize: 10,
    valAxisLabelFontSize: 10,
    legendFontFace: f.font,
    legendFontSize: 10,
    showLegend: true,
    legendPos: 't' as const,
    valAxisTitleFontFace: f.font,
    valAxisTitleFontSize: 10,
    catAxisTitleFontFace: f.font,
    catAxisTitleFontSize: 10,
  };
  if (areas.loss) {
    slide.addChart(
      pptx.ChartType.line,
      [
        { name: label.total[lang], labels, values: h.epochs.map((e) => e.total) },
        { name: label.recon[lang], labels, values: h.epochs.map((e) => e.recon) },
        { name: label.test[lang], labels, values: h.epochs.map((e) => e.heldOutNegElbo) },
      ],
      {
        ...place(areas.loss),
        ...common,
        chartColors: [hex(lossColors.total), hex(lossColors.recon), hex(roles.accent)],
        valAxisTitle: label.unit[lang],
        showValAxisTitle: true,
        valAxisMinVal: 100,
        valAxisLabelFormatCode: '0',
        altText: `${label.total[lang]}, ${label.recon[lang]}, ${label.test[lang]} / ${label.epochs[lang]}`,
      },
    );
  }
  if (areas.kl) {
    slide.addChart(pptx.ChartType.line, [{ name: 'KL', labels, values: h.epochs.map((e) => e.kl) }], {
      ...place(areas.kl),
      ...common,
      chartColors: [hex(lossColors.kl)],
      catAxisTitle: label.epochs[lang],
      showCatAxisTitle: true,
      valAxisLabelFormatCode: '0',
      altText: `KL / ${label.epochs[lang]}`,
    });
  }
}
