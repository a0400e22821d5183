/**
 * The training controls as URL parameters of the training slide (`?lr=0.003&beta=1&seed=1#/training`): their
 * ranges and defaults (the engine's LIVE_DEFAULTS), and the clamping the session applies to every value it is given.
 */
import { LIVE_DEFAULTS } from '../model/trainerTypes.ts';
import type { TrainingSettings } from './types.ts';

/** A URL-settable number (the shape of the deck's ParamSpec). */
export interface SettingSpec {
  name: string;
  min: number;
  max: number;
  default: number;
  step?: number;
}

/**
 * The learning rate itself (not its log): the slider spans 10⁻⁴ to 10⁻², the URL accepts up to 10 so that a link
 * can reproduce a diverging run.
 */
export const LR_PARAM: SettingSpec = { name: 'lr', min: 1e-5, max: 10, default: LIVE_DEFAULTS.learningRate };
/** β, the weight of the KL term (the slider's range). */
export const BETA_PARAM: SettingSpec = { name: 'beta', min: 0, max: 4, default: LIVE_DEFAULTS.beta, step: 0.1 };
/** The seed of weights and batch order (an integer). */
export const SEED_PARAM: SettingSpec = { name: 'seed', min: 0, max: 9999, default: LIVE_DEFAULTS.seed, step: 1 };
/** The training slide's parameters. */
export const TRAINING_PARAMS: SettingSpec[] = [LR_PARAM, BETA_PARAM, SEED_PARAM];

/** Clamp into the spec's range; NaN, ∞ and garbage give the default. */
export function clampSetting(spec: SettingSpec, value: number): number {
  if (!Number.isFinite(value)) return spec.default;
  const v = Math.min(spec.max, Math.max(spec.min, value));
  return spec.step === 1 ? Math.round(v) : v;
}

/** The defaults: the engine's LIVE_DEFAULTS. */
export function defaultSettings(): TrainingSettings {
  return { learningRate: LR_PARAM.default, beta: BETA_PARAM.default, seed: SEED_PARAM.default };
}

/** Settings from possibly bad numbers, each clamped (missing ones keep `base`). */
export function clampSettings(s: Partial<TrainingSettings>, base: TrainingSettings = defaultSettings()): TrainingSettings {
  return {
    learningRate: s.learningRate === undefined ? base.learningRate : clampSetting(LR_PARAM, s.learningRate),
    beta: s.beta === undefined ? base.beta : clampSetting(BETA_PARAM, s.beta),
    seed: s.seed === undefined ? base.seed : clampSetting(SEED_PARAM, s.seed),
  };
}
