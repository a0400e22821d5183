import type { ParamSpec, Slide } from './types.ts';

/** Current values of every URL-settable slide parameter, clamped to their declared ranges. */
export interface ParamStore {
  get(name: string): number;
  /** Clamp, store, notify; returns the stored value. */
  set(name: string, value: number): number;
  /** All values that differ from their defaults (what goes in a shareable URL). */
  changed(): Map<string, number>;
  spec(name: string): ParamSpec | undefined;
  /** Names of every declared parameter. */
  names(): string[];
  /**
   * Declare more parameters (a slide whose module has just loaded), each valued from `search` (the query now), clamped.
   * Throws when a name is already declared by another spec.
   */
  declare(more: Iterable<ParamSpec>, search: string): void;
}

/** Clamp a raw value (number or URL string) into a parameter's range; NaN/empty/garbage give the default. */
export function clampParam(spec: ParamSpec, raw: unknown): number {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(n)) return spec.default;
  return Math.min(spec.max, Math.max(spec.min, n));
}

/** Collect every slide's ParamSpecs; throws when two slides declare the same name or a spec is invalid. */
export function collectParams(slides: readonly Slide[]): Map<string, ParamSpec> {
  const specs = new Map<string, ParamSpec>();
  for (const slide of slides) {
    for (const spec of slide.params ?? []) {
      if (specs.has(spec.name)) throw new Error(`URL parameter "${spec.name}" is declared twice (slide ${slide.id})`);
      if (!(spec.min <= spec.default && spec.default <= spec.max)) {
        throw new Error(`URL parameter "${spec.name}" has a default outside [min, max] (slide ${slide.id})`);
      }
      specs.set(spec.name, spec);
    }
  }
  return specs;
}

/** Build the store from the specs and a query string (`?mu1=0&s1=1`); `onChange` sees every accepted change. */
export function createParamStore(
  specs: Map<string, ParamSpec>,
  search: string,
  onChange: (store: ParamStore) => void = () => {},
): ParamStore {
  const values = new Map<string, number>();
  const valueFrom = (query: URLSearchParams, spec: ParamSpec) => values.set(spec.name, clampParam(spec, query.get(spec.name) ?? undefined));
  const initial = new URLSearchParams(search);
  for (const spec of specs.values()) valueFrom(initial, spec);
  const store: ParamStore = {
    get(name) {
      const v = values.get(name);
      if (v === undefined) throw new Error(`Unknown URL parameter "${name}"`);
      return v;
    },
    set(name, value) {
      const spec = specs.get(name);
      if (!spec) throw new Error(`Unknown URL parameter "${name}"`);
      const v = clampParam(spec, value);
      values.set(name, v);
      onChange(store);
      return v;
    },
    changed() {
      const out = new Map<string, number>();
      for (const [name, spec] of specs) {
        const v = values.get(name)!;
        if (v !== spec.default) out.set(name, v);
      }
      return out;
    },
    spec(name) {
      return specs.get(name);
    },
    names() {
      return [...specs.keys()];
    },
    declare(more, now) {
      const query = new URLSearchParams(now);
      for (const spec of more) {
        const known = specs.get(spec.name);
        if (known === spec) continue;
        if (known) throw new Error(`URL parameter "${spec.name}" is declared twice`);
        specs.set(spec.name, spec);
        valueFrom(query, spec);
      }
    },
  };
  return store;
}

/** Rewrite a query string with the changed parameters, keeping unrelated keys (lang, print-pdf …). */
export function queryWithParams(search: string, store: ParamStore, names: Iterable<string>): string {
  const query = new URLSearchParams(search);
  for (const name of names) query.delete(name);
  for (const [name, v] of store.changed()) query.set(name, String(Number(v.toPrecision(6))));
  const s = query.toString();
  return s ? `?${s}` : '';
}
