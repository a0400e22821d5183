/**
 * MNIST's own preprocessing, as pure functions, for a drawing that comes from anywhere (pad strokes, a 28×28 image,
 * an RGBA canvas): crop to the ink's bounding box, scale it to fit a 20×20 box keeping the aspect ratio, anti-alias,
 * then place it in the 28×28 frame so that its centre of mass sits at the centre (LeCun et al., "The MNIST database").
 * With `centre: false` the size is still normalised but the ink keeps its place: its box sits in the frame where it
 * sat on its source (drawn at the pad's left edge → at the frame's left edge), so an off-centre drawing stays off-centre.
 */

/** Side of the frame the model reads. */
export const FRAME = 28;
/** Side of the box the ink is scaled to fit (MNIST: 20×20 inside the 28×28 frame). */
export const INK_BOX = 20;
/** Sub-samples per pixel side when rasterising strokes (4×4 = 16 coverage levels: the anti-aliasing). */
const SUPERSAMPLE = 4;
/** Image pixels at or below this ink level do not count for the bounding box (scanner noise, faint anti-aliasing). */
const INK_THRESHOLD = 0.05;
/** Mean ink of the 28×28 above which a drawing is flagged as a blot rather than a digit (MNIST digits: ≈ 0.13). */
const DENSE_MEAN = 0.4;

/** A point of a stroke in the source's own units (px, y downwards). */
export interface StrokePoint {
  x: number;
  y: number;
}

/** A drawing as strokes: the pad's size and the brush's width, all in the same units. */
export interface StrokeDrawing {
  width: number;
  height: number;
  /** Width of the round brush. */
  brush: number;
  strokes: ReadonlyArray<ReadonlyArray<StrokePoint>>;
}

/** A grey image: `ink` holds width·height values in [0, 1] (1 = full ink), row by row. */
export interface InkImage {
  width: number;
  height: number;
  ink: ArrayLike<number>;
}

/** Where a drawing comes from: strokes (the pad, a stored example, a phone) or an image. */
export type DrawingSource = { kind: 'strokes'; drawing: StrokeDrawing } | { kind: 'image'; image: InkImage };

/** Options of the preprocessing. */
export interface PreprocessOptions {
  /** Centre the ink's centre of mass in the frame (MNIST; default true). */
  centre?: boolean;
}

/** What the preprocessing made of a drawing: the 28×28 image, or why there is none. */
export type Preprocessed =
  | { status: 'empty' }
  | {
      /** 'dot': the ink is a single dot; 'dense': the ink covers much of the frame (a blot, not a digit). */
      status: 'ok' | 'dot' | 'dense';
      /** 784 intensities in [0, 1], white ink on black as in MNIST. */
      image: Float32Array;
      /** Centre of mass of `image` in frame units (pixel p spans [p, p + 1)). */
      centreOfMass: [number, number];
    };

/** Maps source coordinates to frame coordinates: f = (s − origin)·scale + target. */
interface Placement {
  origin: [number, number];
  scale: number;
  target: [number, number];
}

/** Ink as MNIST counts it from RGBA bytes: dark ink on light paper (default) or light ink on dark, times alpha. */
export function inkFromRgba(rgba: ArrayLike<number>, width: number, height: number, polarity: 'dark' | 'light' = 'dark'): InkImage {
  const n = width * height;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0) || rgba.length < 4 * n) {
    throw new RangeError(`inkFromRgba: ${width}×${height} needs ${4 * n} bytes, got ${rgba.length}`);
  }
  const ink = new Float32Array(n);
  for (let p = 0; p < n; p++) {
    const luma = (0.299 * rgba[4 * p] + 0.587 * rgba[4 * p + 1] + 0.114 * rgba[4 * p + 2]) / 255;
    const a = rgba[4 * p + 3] / 255;
    ink[p] = a * (polarity === 'dark' ? 1 - luma : luma);
  }
  return { width, height, ink };
}

/** Run MNIST's preprocessing on a drawing from any source. */
export function preprocessDrawing(source: DrawingSource, options: PreprocessOptions = {}): Preprocessed {
  return source.kind === 'strokes' ? preprocessStrokes(source.drawing, options) : preprocessImage(source.image, options);
}

/** The finite points of each stroke (events outside the window may carry NaN or ±∞); empty strokes dropped. */
export function cleanStrokes(strokes: StrokeDrawing['strokes']): StrokePoint[][] {
  return strokes
    .map((s) => s.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).map((p) => ({ x: p.x, y: p.y })))
    .filter((s) => s.length > 0);
}

/** Preprocess strokes: the ink box is the points' box grown by the brush radius; rasterised with 4×4 anti-aliasing. */
export function preprocessStrokes(drawing: StrokeDrawing, options: PreprocessOptions = {}): Preprocessed {
  const strokes = cleanStrokes(drawing.strokes);
  const padSide = Math.min(drawing.width, drawing.height);
  // a missing brush gets MNIST-like ink: a 20th of the pad's side
  const radius = Number.isFinite(drawing.brush) && drawing.brush > 0 ? drawing.brush / 2 : Number.isFinite(padSide) && padSide > 0 ? padSide / 40 : 1;
  if (strokes.length === 0) return { status: 'empty' };
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const s of strokes) {
    for (const p of s) {
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
  }
  const extent = Math.max(x1 - x0, y1 - y0);
  const scale = INK_BOX / (extent + 2 * radius);
  if (!(scale > 0 && Number.isFinite(scale))) return { status: 'empty' }; // coordinates too far apart for floats
  // a hairline brush still inks at least half a pixel each side of the stroke in the frame
  const render = (pl: Placement) => rasterizeStrokes(strokes, Math.max(radius, 0.5 / scale), pl);
  const box: InkBox = { x0: x0 - radius, y0: y0 - radius, x1: x1 + radius, y1: y1 + radius };
  const placed = place(render, box, [drawing.width, drawing.height], scale, options);
  // a dot: the points span less than the brush itself (a click, or a tremor while clicking)
  return withStatus(placed, extent < radius);
}

/** Preprocess a grey image of any size: crop to the ink above 0.05, area-resample to fit 20×20, centre. */
export function preprocessImage(img: InkImage, options: PreprocessOptions = {}): Preprocessed {
  const { width: w, height: h, ink } = img;
  if (!(Number.isInteger(w) && Number.isInteger(h) && w > 0 && h > 0) || ink.length < w * h) {
    throw new RangeError(`preprocessImage: ${w}×${h} needs ${w * h} values, got ${ink.length}`);
  }
  let [x0, y0, x1, y1] = [w, h, -1, -1];
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      if (ink[r * w + c] > INK_THRESHOLD) {
        if (c < x0) x0 = c;
        if (c > x1) x1 = c;
        if (r < y0) y0 = r;
        if (r > y1) y1 = r;
      }
    }
  }
  if (x1 < 0) return { status: 'empty' };
  // pixel c spans [c, c + 1): the box is [x0, x1 + 1) × [y0, y1 + 1)
  const scale = INK_BOX / Math.max(x1 + 1 - x0, y1 + 1 - y0);
  const crop = { x0, y0, x1: x1 + 1, y1: y1 + 1 };
  const render = (pl: Placement) => resampleArea(img, crop, pl);
  const placed = place(render, crop, [w, h], scale, options);
  return withStatus(placed, false);
}

/** The ink's bounding box in source units. */
interface InkBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Centring on: render once with the ink box in the middle, then again shifted so the centre of mass is at (14, 14).
 * Centring off: the box takes the same relative place in the frame's free room as it had on its source.
 */
function place(
  render: (pl: Placement) => Float32Array,
  box: InkBox,
  sourceSize: [number, number],
  scale: number,
  options: PreprocessOptions,
): { image: Float32Array; centreOfMass: [number, number] } {
  const mid = FRAME / 2;
  const boxCentre: [number, number] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
  if (options.centre === false) {
    const along = (lo: number, hi: number, size: number): number => {
      const room = size - (hi - lo);
      const u = room > 0 ? Math.min(1, Math.max(0, lo / room)) : 0.5; // 0: at the source's start, 1: at its end
      return u * (FRAME - (hi - lo) * scale) + ((hi - lo) * scale) / 2;
    };
    const target: [number, number] = [along(box.x0, box.x1, sourceSize[0]), along(box.y0, box.y1, sourceSize[1])];
    const image = render({ origin: boxCentre, scale, target });
    return { image, centreOfMass: centreOfMass(image) };
  }
  const first = render({ origin: boxCentre, scale, target: [mid, mid] });
  const [cx, cy] = centreOfMass(first);
  // the rendering is exact in vector space, so the shift is sub-pixel and adds no blur
  const image = render({ origin: boxCentre, scale, target: [mid + (mid - cx), mid + (mid - cy)] });
  return { image, centreOfMass: centreOfMass(image) };
}

function withStatus(placed: { image: Float32Array; centreOfMass: [number, number] }, dot: boolean): Preprocessed {
  let sum = 0;
  for (const v of placed.image) sum += v;
  if (!(sum > 0)) return { status: 'empty' };
  const status = dot ? 'dot' : sum / placed.image.length > DENSE_MEAN ? 'dense' : 'ok';
  return { status, ...placed };
}

/** Centre of mass (x, y) of a 28×28 image in frame units; the frame's centre when there is no ink. */
export function centreOfMass(image: ArrayLike<number>): [number, number] {
  let [m, mx, my] = [0, 0, 0];
  for (let r = 0; r < FRAME; r++) {
    for (let c = 0; c < FRAME; c++) {
      const v = image[r * FRAME + c];
      m += v;
      mx += v * (c + 0.5);
      my += v * (r + 0.5);
    }
  }
  return m > 0 ? [mx / m, my / m] : [FRAME / 2, FRAME / 2];
}

/** Rasterise round-brush strokes into the frame: each pixel's ink is the share of its 4×4 sub-samples the brush covers. */
function rasterizeStrokes(strokes: StrokePoint[][], radius: number, pl: Placement): Float32Array {
  const n = FRAME * SUPERSAMPLE;
  const hit = new Uint8Array(n * n);
  const k = pl.scale * SUPERSAMPLE; // source units → sub-sample units
  const r = radius * k;
  const r2 = r * r;
  const toSub = (p: StrokePoint): [number, number] => [
    ((p.x - pl.origin[0]) * pl.scale + pl.target[0]) * SUPERSAMPLE,
    ((p.y - pl.origin[1]) * pl.scale + pl.target[1]) * SUPERSAMPLE,
  ];
  for (const stroke of strokes) {
    for (let i = 0; i < stroke.length; i++) {
      const [ax, ay] = toSub(stroke[i]);
      const [bx, by] = i + 1 < stroke.length ? toSub(stroke[i + 1]) : [ax, ay];
      const c0 = Math.max(0, Math.floor(Math.min(ax, bx) - r));
      const c1 = Math.min(n - 1, Math.ceil(Math.max(ax, bx) + r));
      const r0 = Math.max(0, Math.floor(Math.min(ay, by) - r));
      const r1 = Math.min(n - 1, Math.ceil(Math.max(ay, by) + r));
      const [dx, dy] = [bx - ax, by - ay];
      const len2 = dx * dx + dy * dy;
      for (let row = r0; row <= r1; row++) {
        const py = row + 0.5;
        for (let col = c0; col <= c1; col++) {
          const px = col + 0.5;
          // distance from the sample to the segment [a, b] (the capsule a round brush sweeps)
          const t = len2 > 0 ? Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
          const ex = px - (ax + t * dx);
          const ey = py - (ay + t * dy);
          if (ex * ex + ey * ey <= r2) hit[row * n + col] = 1;
        }
      }
    }
  }
  const out = new Float32Array(FRAME * FRAME);
  const share = 1 / (SUPERSAMPLE * SUPERSAMPLE);
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (hit[row * n + col]) out[Math.floor(row / SUPERSAMPLE) * FRAME + Math.floor(col / SUPERSAMPLE)] += share;
    }
  }
  return out;
}

/**
 * Per frame pixel, the mean ink of the source rectangle it covers (area resampling: the anti-aliasing of a
 * downscale), reading only the crop. Separable: rows first, then columns.
 */
function resampleArea(img: InkImage, crop: InkBox, pl: Placement): Float32Array {
  const wx = axisWeights(crop.x0, crop.x1, pl.origin[0], pl.scale, pl.target[0]);
  const wy = axisWeights(crop.y0, crop.y1, pl.origin[1], pl.scale, pl.target[1]);
  const { width: w, ink } = img;
  const rows = crop.y1 - crop.y0;
  const tmp = new Float64Array(rows * FRAME); // each source row resampled to the frame's 28 columns
  for (let r = 0; r < rows; r++) {
    const base = (crop.y0 + r) * w;
    for (let j = 0; j < FRAME; j++) {
      let s = 0;
      for (const [k, weight] of wx[j]) s += weight * ink[base + k];
      tmp[r * FRAME + j] = s;
    }
  }
  const out = new Float32Array(FRAME * FRAME);
  for (let i = 0; i < FRAME; i++) {
    for (const [k, weight] of wy[i]) {
      const r = k - crop.y0;
      for (let j = 0; j < FRAME; j++) out[i * FRAME + j] += weight * tmp[r * FRAME + j];
    }
  }
  for (let p = 0; p < out.length; p++) out[p] = Math.min(1, Math.max(0, out[p]));
  return out;
}

/** For each frame pixel j, the source pixels k ∈ [lo, hi) it overlaps and the share of j each one covers. */
function axisWeights(lo: number, hi: number, origin: number, scale: number, target: number): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  for (let j = 0; j < FRAME; j++) {
    // frame pixel [j, j + 1) comes from source [a, b)
    const a = (j - target) / scale + origin;
    const b = (j + 1 - target) / scale + origin;
    const list: Array<[number, number]> = [];
    for (let k = Math.max(lo, Math.floor(a)); k < Math.min(hi, Math.ceil(b)); k++) {
      const overlap = Math.min(b, k + 1) - Math.max(a, k);
      if (overlap > 0) list.push([k, overlap * scale]);
    }
    out.push(list);
  }
  return out;
}
