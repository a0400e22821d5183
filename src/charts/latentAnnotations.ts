/** Annotations drawn over a latent plane: axis-aligned ellipses (σ-ellipses, the prior) and highlighted points. */
import type * as d3 from 'd3';
import { chartFont } from './chartFrame.ts';
import { roles } from './palette.ts';

/** An axis-aligned ellipse in latent units (centre ± radii), e.g. μ ± 2σ of q(z|x). */
export interface LatentEllipse {
  center: [number, number];
  radii: [number, number];
  color: string;
  /** Short label drawn at the ellipse's top right. */
  label?: string;
  /** Dashed outline without fill (e.g. the prior N(0, I)). */
  dashed?: boolean;
}

/** A highlighted latent point (e.g. one sample z). */
export interface LatentMarker {
  z: [number, number];
  color: string;
  radius?: number;
  /** Draw a paper-coloured × inside the disc (random draws: told apart from the class colours and from μ). */
  cross?: boolean;
}

/** What a latent plane can be annotated with. */
export interface LatentAnnotations {
  ellipses?: LatentEllipse[];
  markers?: LatentMarker[];
}

/**
 * Draw `a` into `g` (replacing what was there): `toPx` maps latent to clamped plot pixels, `k` is pixels per latent unit
 * and `side` the plot's side in px (radii are capped to it). Non-finite ellipses and markers are skipped.
 */
export function drawAnnotations(
  g: d3.Selection<SVGGElement, unknown, null, undefined>,
  a: LatentAnnotations,
  toPx: (z: readonly [number, number]) => [number, number],
  k: number,
  side: number,
): void {
  const ellipses = (a.ellipses ?? []).filter((e) => [...e.center, ...e.radii].every(Number.isFinite));
  const eg = g.selectAll<SVGGElement, LatentEllipse>('g.ellipse').data(ellipses).join((enter) => {
    const g = enter.append('g').attr('class', 'ellipse');
    g.append('ellipse').attr('stroke-width', 3.5).attr('fill-opacity', 0.12);
    g.append('text').attr('font-size', chartFont.annotation).attr('font-weight', 700).attr('paint-order', 'stroke')
      .attr('stroke', roles.paper).attr('stroke-width', 4);
    return g;
  });
  eg.select('ellipse')
    .attr('cx', (e) => toPx(e.center)[0]).attr('cy', (e) => toPx(e.center)[1])
    .attr('rx', (e) => Math.min(side * 2, Math.abs(e.radii[0]) * k))
    .attr('ry', (e) => Math.min(side * 2, Math.abs(e.radii[1]) * k))
    .attr('stroke', (e) => e.color).attr('fill', (e) => (e.dashed ? 'none' : e.color))
    .attr('stroke-dasharray', (e) => (e.dashed ? '8 6' : null));
  eg.select('text')
    .attr('x', (e) => toPx(e.center)[0] + Math.min(side, Math.abs(e.radii[0]) * k) * 0.72 + 4)
    .attr('y', (e) => toPx(e.center)[1] - Math.min(side, Math.abs(e.radii[1]) * k) * 0.72 - 4)
    .attr('fill', (e) => e.color).text((e) => e.label ?? '');
  const markers = (a.markers ?? []).filter((p) => p.z.every(Number.isFinite));
  g.selectAll<SVGCircleElement, LatentMarker>('circle.marker').data(markers).join('circle')
    .attr('class', 'marker')
    .attr('cx', (p) => toPx(p.z)[0]).attr('cy', (p) => toPx(p.z)[1])
    .attr('r', (p) => p.radius ?? 7).attr('fill', (p) => p.color)
    .attr('stroke', roles.paper).attr('stroke-width', 2.5);
  const crosses = markers.filter((p) => p.cross);
  const arm = (p: LatentMarker): number => 0.55 * (p.radius ?? 7);
  g.selectAll<SVGPathElement, LatentMarker>('path.marker-cross').data(crosses).join('path')
    .attr('class', 'marker-cross')
    .attr('d', (p) => {
      const [x, y] = toPx(p.z);
      const a = arm(p);
      return `M${x - a},${y - a}L${x + a},${y + a}M${x - a},${y + a}L${x + a},${y - a}`;
    })
    .attr('stroke', roles.paper).attr('stroke-width', 2.5).attr('fill', 'none').attr('pointer-events', 'none');
}
