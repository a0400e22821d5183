/** A diagram of a feed-forward network: one box per layer (width, activation, output shape, parameters), top to bottom. */

import * as d3 from 'd3';
import { chartFont } from './chartFrame.ts';
import { roles } from './palette.ts';

/** One layer of a network, as plain numbers (read from a model, never typed by hand). */
export interface NetworkNode {
  id: string;
  kind: 'input' | 'dense';
  /** Output width (features per example). */
  units: number;
  activation?: string;
  /** Trainable parameters (kernel + bias). */
  params: number;
  /** Ids of the layers feeding this one. */
  inputs: string[];
}

/** A network as a list of layers in topological order. */
export interface NetworkGraph {
  nodes: NetworkNode[];
}

/** Options of a NetworkDiagram. */
export interface NetworkDiagramOptions {
  width: number;
  height: number;
  ariaLabel: string;
  /** Format an integer for the current language (e.g. 401 920 in French). */
  formatInt: (v: number) => string;
  /** Words shown on the boxes, already localized. */
  words: { input: string; params: string; total: string };
  /** Optional display names per layer id (e.g. {x: 'image x'}). */
  labels?: Record<string, string>;
  /** Colour of the box border per layer id (default: the accent). */
  colors?: Record<string, string>;
}

/** Depth of each node: inputs are 0, a layer is one more than its deepest input. */
export function nodeLevels(graph: NetworkGraph): Map<string, number> {
  const level = new Map<string, number>();
  for (const n of graph.nodes) {
    const depths = n.inputs.map((i) => level.get(i) ?? 0);
    level.set(n.id, n.kind === 'input' || depths.length === 0 ? 0 : 1 + Math.max(...depths));
  }
  return level;
}

/** Total trainable parameters of a graph. */
export function totalParams(graph: NetworkGraph): number {
  return graph.nodes.reduce((a, n) => a + n.params, 0);
}

/** Network diagram (d3, SVG). */
export class NetworkDiagram {
  private readonly svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;

  constructor(
    container: HTMLElement,
    private readonly options: NetworkDiagramOptions,
  ) {
    this.svg = d3
      .select(container)
      .append('svg')
      .attr('class', 'chart network-diagram')
      .attr('width', options.width)
      .attr('height', options.height)
      .attr('viewBox', `0 0 ${options.width} ${options.height}`)
      .attr('role', 'img')
      .attr('aria-label', options.ariaLabel);
  }

  /** The root <svg>. */
  get node(): SVGSVGElement {
    return this.svg.node()!;
  }

  /** Draw a network (replaces the previous drawing). */
  update(graph: NetworkGraph): void {
    const { width, height, formatInt, words } = this.options;
    this.svg.selectAll('*').remove();
    const levels = nodeLevels(graph);
    const depth = Math.max(0, ...levels.values()) + 1;
    const footer = 34;
    const boxH = 82;
    const gap = Math.max(18, Math.min(60, (height - footer - depth * boxH) / Math.max(1, depth - 1)));
    const maxUnits = Math.max(...graph.nodes.map((n) => n.units));
    const pos = new Map<string, { x: number; y: number; w: number }>();
    for (let lv = 0; lv < depth; lv++) {
      const row = graph.nodes.filter((n) => levels.get(n.id) === lv);
      const slot = (width - 8) / row.length;
      row.forEach((n, k) => {
        // Box width grows with log(width of the layer), so 784 → 512 → 2 reads as a funnel.
        const frac = Math.log(1 + n.units) / Math.log(1 + maxUnits);
        // …but never narrower than its longest line (≈0.56 em per character at the label size).
        const text = Math.max(...this.lines(n).map((t) => t.length)) * 0.56 * chartFont.label + 20;
        const w = Math.min(slot - 12, Math.max(196, text, frac * (width - 8)));
        pos.set(n.id, { x: 4 + slot * k + (slot - w) / 2, y: lv * (boxH + gap), w });
      });
    }
    const defs = this.svg.append('defs');
    const markerId = `net-arrow-${Math.random().toString(36).slice(2, 8)}`;
    defs
      .append('marker')
      .attr('id', markerId)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 9)
      .attr('refY', 5)
      .attr('markerWidth', 7)
      .attr('markerHeight', 7)
      .attr('orient', 'auto')
      .append('path')
      .attr('d', 'M0,0L10,5L0,10z')
      .attr('fill', roles.muted);
    const edges = graph.nodes.flatMap((n) => n.inputs.filter((i) => pos.has(i)).map((i) => ({ from: pos.get(i)!, to: pos.get(n.id)! })));
    this.svg
      .append('g')
      .attr('class', 'edges')
      .selectAll('line')
      .data(edges)
      .join('line')
      .attr('x1', (e) => e.from.x + e.from.w / 2)
      .attr('y1', (e) => e.from.y + boxH)
      .attr('x2', (e) => e.to.x + e.to.w / 2)
      .attr('y2', (e) => e.to.y - 2)
      .attr('stroke', roles.muted)
      .attr('stroke-width', 2.5)
      .attr('marker-end', `url(#${markerId})`);
    const boxes = this.svg
      .append('g')
      .attr('class', 'layers')
      .selectAll('g')
      .data(graph.nodes)
      .join('g')
      .attr('class', (n) => `layer layer-${n.kind}`)
      .attr('data-layer', (n) => n.id)
      .attr('transform', (n) => `translate(${pos.get(n.id)!.x},${pos.get(n.id)!.y})`);
    boxes
      .append('rect')
      .attr('width', (n) => pos.get(n.id)!.w)
      .attr('height', boxH)
      .attr('rx', 8)
      .attr('fill', (n) => (n.kind === 'input' ? roles.panel : roles.paper))
      .attr('stroke', (n) => this.options.colors?.[n.id] ?? (n.kind === 'input' ? roles.muted : roles.p))
      .attr('stroke-width', 3);
    const line = (dy: number, weight: number, text: (n: NetworkNode) => string, size: number = chartFont.label) =>
      boxes
        .append('text')
        .attr('x', (n) => pos.get(n.id)!.w / 2)
        .attr('y', dy)
        .attr('text-anchor', 'middle')
        .attr('font-size', size)
        .attr('font-weight', weight)
        .attr('fill', roles.ink)
        .text(text);
    line(24, 700, (n) => this.lines(n)[0]);
    line(49, 500, (n) => this.lines(n)[1], chartFont.tick);
    line(72, 500, (n) => this.lines(n)[2], chartFont.tick);
    this.svg
      .append('text')
      .attr('class', 'total')
      .attr('x', width / 2)
      .attr('y', Math.min(height - 8, depth * boxH + (depth - 1) * gap + footer - 6))
      .attr('text-anchor', 'middle')
      .attr('font-size', chartFont.label)
      .attr('font-weight', 700)
      .attr('fill', roles.ink)
      .text(`${words.total} ${formatInt(totalParams(graph))} ${words.params}`);
  }

  /** The three text lines of a layer's box: name, type and shape, parameters. */
  private lines(n: NetworkNode): [string, string, string] {
    const { formatInt, words } = this.options;
    const name = this.options.labels?.[n.id] ?? n.id;
    if (n.kind === 'input') return [name, `${words.input} · [n, ${n.units}]`, ''];
    return [name, `Dense ${n.units} · ${n.activation} → [n, ${n.units}]`, `${formatInt(n.params)} ${words.params}`];
  }

  /** Remove the diagram. */
  destroy(): void {
    this.svg.remove();
  }
}
