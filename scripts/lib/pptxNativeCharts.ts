/**
 * Native PowerPoint charts of the charts the printed deck publishes (src/charts/nativeChart.ts): the latent scatter
 * by class as a scatter chart with one series per digit, histograms and class bars as bar charts, each with the
 * data the slide draws, placed where the slide draws it (the drawing is hidden from the slide picture).
 */
import type PptxGenJS from 'pptxgenjs';
import type { NativeChartHost, NativeChartSpec } from '../../src/charts/nativeChart.ts';
import type { Area, ChartFrame } from './pptxCharts.ts';

/** A chart of a printed slide: where it is and what it shows. */
export interface NativeChart {
  area: Area;
  spec: NativeChartSpec;
}

/** Browser side: every published chart of the printed slides, by slide id, hidden from the picture. */
export function nativeCharts(): Record<string, NativeChart[]> {
  const out: Record<string, NativeChart[]> = {};
  for (const el of Array.from(document.querySelectorAll<HTMLElement | SVGElement>('.reveal .pdf-page section[data-slide-id] [data-native-chart]'))) {
    const section = el.closest<HTMLElement>('section[data-slide-id]')!;
    if (el.closest('aside.notes')) continue;
    const spec = (el as NativeChartHost).nativeChart?.() ?? null;
    const r = el.getBoundingClientRect();
    if (!spec || r.width < 20 || r.height < 20 || getComputedStyle(el).visibility === 'hidden') continue;
    const o = section.getBoundingClientRect();
    (out[section.dataset.slideId ?? ''] ??= []).push({ area: { x: r.left - o.left, y: r.top - o.top, w: r.width, h: r.height }, spec });
    (el as HTMLElement).style.visibility = 'hidden';
  }
  return out;
}

/** Options shared by every native chart: fonts and sizes of axes, titles and legend. */
function textOptions(font: string) {
  return {
    catAxisLabelFontFace: font,
    valAxisLabelFontFace: font,
    catAxisLabelFontSize: 10,
    valAxisLabelFontSize: 10,
    legendFontFace: font,
    legendFontSize: 10,
    valAxisTitleFontFace: font,
    valAxisTitleFontSize: 10,
    catAxisTitleFontFace: font,
    catAxisTitleFontSize: 10,
  };
}

/** The scatter chart's data: one x column for every point, and per series its y values on its own rows (blank elsewhere). */
export function scatterData(spec: Extract<NativeChartSpec, { kind: 'scatter' }>): PptxGenJS.OptsChartData[] {
  const xs = spec.series.flatMap((s) => s.x);
  let row = 0;
  const ys = spec.series.map((s) => {
    const values: (number | null)[] = new Array<number | null>(xs.length).fill(null);
    s.y.forEach((y, i) => (values[row + i] = y));
    row += s.x.length;
    return { name: s.name, values: values as number[] };
  });
  return [{ name: 'x', values: xs }, ...ys];
}

/**
 * Chart XML with the probed point of a scatter (the series flagged `marker`, named in `names`) drawn as a large
 * diamond: pptxgenjs gives every series the same marker size.
 */
export function emphasizeMarkers(xml: string, names: readonly string[]): string {
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const name = /<c:tx>\s*<c:strRef>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1];
    if (!name || !names.includes(name)) return ser;
    return ser.replace(/<c:symbol val="[a-z]+"\/>/, '<c:symbol val="diamond"/>').replace(/<c:size val="\d+"\/>/, '<c:size val="12"/>');
  });
}

/** Add `charts` to `slide` as native PowerPoint charts. */
export function addNativeCharts(pptx: PptxGenJS, slide: PptxGenJS.Slide, charts: NativeChart[], f: ChartFrame): void {
  for (const { area, spec } of charts) {
    const place = { x: (area.x + f.padX) * f.px, y: (area.y + f.padY) * f.px, w: area.w * f.px, h: area.h * f.px };
    const titles = {
      catAxisTitle: spec.xTitle,
      showCatAxisTitle: !!spec.xTitle,
      valAxisTitle: spec.yTitle,
      showValAxisTitle: !!spec.yTitle,
    };
    if (spec.kind === 'scatter') {
      slide.addChart(pptx.ChartType.scatter, scatterData(spec), {
        ...place,
        ...textOptions(f.font),
        ...titles,
        chartColors: spec.series.map((s) => s.color),
        lineSize: 0,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 3,
        lineDataSymbolLineSize: 0,
        catAxisMinVal: spec.xDomain[0],
        catAxisMaxVal: spec.xDomain[1],
        valAxisMinVal: spec.yDomain[0],
        valAxisMaxVal: spec.yDomain[1],
        // the axes along the bottom and left edges, as the deck draws them (PowerPoint crosses them at 0)
        valAxisCrossesAt: spec.yDomain[0],
        catAxisCrossesAt: spec.xDomain[0],
        valGridLine: { style: 'none' },
        catGridLine: { style: 'none' },
        showLegend: true,
        legendPos: 'r',
        altText: `${spec.yTitle} / ${spec.xTitle}: ${spec.series.map((s) => s.name).join(', ')}`,
      });
    } else {
      const many = spec.categories.length > 12;
      slide.addChart(
        pptx.ChartType.bar,
        spec.series.map((s) => ({ name: s.name, labels: spec.categories, values: s.values })),
        {
          ...place,
          ...textOptions(f.font),
          ...titles,
          barDir: 'col',
          barGrouping: spec.stacked ? 'stacked' : 'clustered',
          barGapWidthPct: many ? 10 : 40,
          chartColors: spec.series.map((s) => s.color),
          catAxisLabelFrequency: many ? String(Math.ceil(spec.categories.length / 6)) : '1',
          valGridLine: { style: 'none' },
          showLegend: spec.series.length > 1,
          legendPos: 't',
          ...(spec.stacked ? { valAxisLabelFormatCode: '0' } : {}),
          altText: `${spec.yTitle} / ${spec.xTitle}`,
        },
      );
    }
  }
}
