/**
 * Read the architecture of a network from a tfjs Layers `model.json` (the format of public/models/…):
 * layers, widths, activations, connections, and parameter counts from the weights manifest.
 * Pure JSON work (no tfjs), so the diagram slides need neither a backend nor the weights.
 */
import type { Localized } from '../i18n/lang.ts';
import type { NetworkGraph, NetworkNode } from '../charts/networkDiagram.ts';

/** The model.json could not be read; `localized` is fit for the screen. */
export class NetworkSpecError extends Error {
  readonly localized: Localized;
  constructor(file: string, en: string, fr: string) {
    super(`${file}: ${en}`);
    this.name = 'NetworkSpecError';
    this.localized = { fr: `${file} : ${fr}`, en: `${file}: ${en}` };
  }
}

interface LayerJson {
  class_name?: string;
  name?: string;
  config?: { name?: string; units?: number; activation?: string; batch_input_shape?: Array<number | null> };
  inbound_nodes?: unknown;
}

/** Names of the layers feeding a layer, from Keras/tfjs `inbound_nodes` ([[["name", 0, 0, {}], …]]). */
function inboundNames(nodes: unknown): string[] {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (!Array.isArray(v)) return;
    if (typeof v[0] === 'string' && typeof v[1] === 'number') out.push(v[0]);
    else v.forEach(visit);
  };
  visit(nodes);
  return out;
}

const asRecord = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);

/** Parameters per layer name, summed over the weights listed in the manifest (`layer/kernel`, `layer/bias`). */
function paramsByLayer(manifest: unknown): Map<string, number> {
  const counts = new Map<string, number>();
  if (!Array.isArray(manifest)) return counts;
  for (const group of manifest) {
    const weights = asRecord(group)?.weights;
    if (!Array.isArray(weights)) continue;
    for (const w of weights) {
      const rec = asRecord(w);
      const name = typeof rec?.name === 'string' ? rec.name : '';
      const shape = Array.isArray(rec?.shape) ? (rec!.shape as number[]) : [];
      const layer = name.split('/').slice(0, -1).join('/');
      counts.set(layer, (counts.get(layer) ?? 0) + shape.reduce((a, b) => a * b, 1));
    }
  }
  return counts;
}

/**
 * The graph of a functional tfjs Layers model from its parsed model.json, in file (topological) order.
 * Supports InputLayer and Dense (the deck's MLPs); throws NetworkSpecError naming `file` otherwise.
 */
export function networkFromModelJson(json: unknown, file: string): NetworkGraph {
  const root = asRecord(json);
  const topology = asRecord(root?.modelTopology);
  const modelConfig = asRecord(asRecord(topology?.model_config)?.config ?? topology?.config);
  const layers = modelConfig?.layers;
  if (!Array.isArray(layers) || layers.length === 0) {
    throw new NetworkSpecError(file, 'no modelTopology.config.layers: not a tfjs Layers model.json', 'pas de modelTopology.config.layers : ce n’est pas un model.json tfjs Layers');
  }
  const params = paramsByLayer(root?.weightsManifest);
  const nodes: NetworkNode[] = (layers as LayerJson[]).map((layer) => {
    const name = layer.config?.name ?? layer.name ?? '?';
    if (layer.class_name === 'InputLayer') {
      const shape = layer.config?.batch_input_shape ?? [];
      const units = Number(shape[shape.length - 1]);
      return { id: name, kind: 'input', units, params: 0, inputs: [] };
    }
    if (layer.class_name !== 'Dense') {
      throw new NetworkSpecError(file, `layer ${name} is a ${layer.class_name}; the diagram draws Dense layers only`, `la couche ${name} est de type ${layer.class_name} ; le schéma ne dessine que des couches Dense`);
    }
    const units = Number(layer.config?.units);
    return { id: name, kind: 'dense', units, activation: layer.config?.activation ?? 'linear', params: params.get(name) ?? 0, inputs: inboundNames(layer.inbound_nodes) };
  });
  for (const n of nodes) {
    if (!(Number.isInteger(n.units) && n.units > 0)) throw new NetworkSpecError(file, `layer ${n.id} has no valid width`, `la couche ${n.id} n’a pas de largeur valide`);
  }
  return { nodes };
}

/** Fetch a model.json (same origin) and read its graph; errors are NetworkSpecError. */
export async function fetchNetwork(url: string, signal?: AbortSignal): Promise<NetworkGraph> {
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new NetworkSpecError(url, `cannot fetch (${String(err)})`, `téléchargement impossible (${String(err)})`);
  }
  if (!res.ok) throw new NetworkSpecError(url, `HTTP ${res.status}; run npm run train`, `HTTP ${res.status} ; lancez npm run train`);
  let json: unknown;
  try {
    json = await res.json();
  } catch (err) {
    throw new NetworkSpecError(url, `corrupt JSON (${String(err)})`, `JSON corrompu (${String(err)})`);
  }
  return networkFromModelJson(json, url);
}
