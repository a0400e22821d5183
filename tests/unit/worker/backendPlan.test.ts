// Which GPU backends the training worker times against WASM, and what the backend badge says before it does
// (src/worker/backendProbe.ts), plus the slide's sentence after a lost GPU (src/worker/gpuRecovery.ts).
import { describe, expect, it } from 'vitest';
import { gpusWorthMeasuring, startReason } from '../../../src/worker/backendProbe.ts';
import { contextLostMessage } from '../../../src/worker/gpuRecovery.ts';
import type { BackendInfo } from '../../../src/model/backend.browser.ts';

const swiftshaderGl = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const wasm = (over: Partial<BackendInfo>): BackendInfo => ({ name: 'wasm', renderer: null, software: false, reason: 'start', ...over });

describe('the GPU backends worth measuring', () => {
  it('times a hardware WebGPU adapter first, then a hardware WebGL renderer', () => {
    const both = wasm({ renderer: 'ANGLE (NVIDIA GeForce RTX 3060)', adapter: { name: 'nvidia ampere', fallback: false } });
    expect(gpusWorthMeasuring(both)).toEqual(['webgpu', 'webgl']);
    expect(startReason(both, '1 thread')).toBe('WASM first (1 thread); WebGPU (nvidia ampere) and hardware WebGL (ANGLE (NVIDIA GeForce RTX 3060)) are measured once training runs');
    const glOnly = wasm({ renderer: 'Apple M1', adapter: null });
    expect(gpusWorthMeasuring(glOnly)).toEqual(['webgl']);
    expect(startReason(glOnly, '2 threads')).toBe('WASM first (2 threads); hardware WebGL (Apple M1) is measured once training runs');
  });

  it('measures no software GPU (this machine: SwiftShader for both), and nothing without a GPU', () => {
    const software = wasm({ renderer: swiftshaderGl, software: true, adapter: { name: 'google swiftshader', fallback: true } });
    expect(gpusWorthMeasuring(software)).toEqual([]);
    expect(startReason(software, '1 thread')).toBe(`software WebGPU adapter (google swiftshader), software WebGL renderer (${swiftshaderGl}), not measured: WASM (1 thread)`);
    expect(gpusWorthMeasuring(wasm({ adapter: null }))).toEqual([]);
    expect(startReason(wasm({ adapter: null }), '1 thread')).toBe('no WebGL, no WebGPU: WASM (1 thread)');
  });

  it('measures nothing when training does not run on WASM (a forced backend), and keeps its reason', () => {
    const forced: BackendInfo = { name: 'webgl', renderer: 'Apple M1', software: false, reason: 'WebGL backend requested', adapter: { name: 'apple', fallback: false } };
    expect(gpusWorthMeasuring(forced)).toEqual([]);
    expect(startReason(forced, '1 thread')).toBe('WebGL backend requested');
  });
});

describe('after a lost GPU', () => {
  it('names the API that was lost, the backend and the step, in both languages', () => {
    expect(contextLostMessage(1200, 'wasm', 'webgpu')).toEqual({
      fr: 'Le périphérique WebGPU a été perdu : l’entraînement passe sur WASM, repris des derniers poids sauvegardés (pas 1\u202f200).',
      en: 'The WebGPU device was lost: training moved to WASM, resumed from the last saved weights (step 1,200).',
    });
    expect(contextLostMessage(0, 'cpu', 'webgl').fr).toMatch(/^Le contexte WebGL a été perdu : l’entraînement passe sur CPU/);
  });
});
