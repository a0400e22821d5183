/**
 * What a chart shows, as plain data, for exporters that redraw it natively (the PowerPoint export turns it into a
 * PowerPoint chart). A chart publishes a function on its outer element (`data-native-chart` marks it) that builds
 * the description on demand, so live redraws cost nothing.
 */

/** A series of a bar chart: one value per category. */
export interface NativeBarSeries {
  name: string;
  /** 6 hex digits, no #. */
  color: string;
  values: number[];
}

/** A series of a scatter chart: its points. */
export interface NativeScatterSeries {
  name: string;
  /** 6 hex digits, no #. */
  color: string;
  x: number[];
  y: number[];
  /** Drawn larger (e.g. the probed point). */
  marker?: boolean;
}

/** A chart as data: bars (side by side or stacked) over categories, or a scatter of points. */
export type NativeChartSpec =
  | { kind: 'bar'; categories: string[]; series: NativeBarSeries[]; stacked: boolean; xTitle: string; yTitle: string; yMax?: number }
  | { kind: 'scatter'; series: NativeScatterSeries[]; xDomain: [number, number]; yDomain: [number, number]; xTitle: string; yTitle: string };

/** An element that carries a native description of the chart drawn in it. */
export type NativeChartHost = (HTMLElement | SVGElement) & { nativeChart?: () => NativeChartSpec | null };

/** Publish on `el` how to describe its chart (`null` when the chart cannot be redrawn natively, e.g. annotated). */
export function publishNativeChart(el: HTMLElement | SVGElement, describe: () => NativeChartSpec | null): void {
  (el as NativeChartHost).nativeChart = describe;
  el.dataset.nativeChart = '';
}

/** A CSS colour (#rgb, #rrggbb) as 6 hex digits without #, upper case (black for anything else). */
export function hexColor(css: string): string {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css.trim());
  if (!m) return '000000';
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return h.toUpperCase();
}
