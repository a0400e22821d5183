// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { backendLabel, pinBackendBadge } from '../../../src/widgets/backendBadge.ts';
import { createScope } from '../../../src/deck/scope.ts';
import { testServices } from '../../support/services.ts';
import { createParamStore } from '../../../src/deck/params.ts';
import type { MountMode } from '../../../src/deck/types.ts';
import type { Lang } from '../../../src/i18n/lang.ts';

const scopeFor = (lang: Lang, mode: MountMode = 'live') =>
  createScope({ lang, mode, params: createParamStore(new Map(), '', () => {}), declared: [], services: testServices() });

function slide(): { section: HTMLElement; content: HTMLElement; host: HTMLElement } {
  document.body.innerHTML = '<section id="s"><div class="slide-content"><div class="host"></div></div></section>';
  return {
    section: document.querySelector('section')!,
    content: document.querySelector<HTMLElement>('.slide-content')!,
    host: document.querySelector<HTMLElement>('.host')!,
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('backend badge', () => {
  it('names the backend, and says when the GPU is a software one, in the slide language', () => {
    expect(backendLabel({ name: 'wasm', software: false, reason: '' }, 'fr')).toBe('WASM');
    // WASM chosen because the only WebGL is a software one: the badge names WASM alone (the tooltip says why)
    expect(backendLabel({ name: 'wasm', software: true, reason: '' }, 'fr')).toBe('WASM');
    expect(backendLabel({ name: 'webgl', software: true, reason: '' }, 'fr')).toBe('WEBGL (GPU logiciel)');
    expect(backendLabel({ name: 'webgl', software: true, reason: '' }, 'en')).toBe('WEBGL (software GPU)');
    // a forced ?backend=webgpu on SwiftShader's fallback adapter
    expect(backendLabel({ name: 'webgpu', software: false, reason: '', adapter: { name: 'google swiftshader', fallback: true } }, 'fr')).toBe('WEBGPU (GPU logiciel)');
    // a hardware adapter on a machine whose WebGL is software: WebGPU is not qualified
    expect(backendLabel({ name: 'webgpu', software: true, reason: '', adapter: { name: 'nvidia ampere', fallback: false } }, 'en')).toBe('WEBGPU');
  });

  it('is pinned once to the slide section (not inside the content) with the reason as tooltip', () => {
    const { section, host } = slide();
    const scope = scopeFor('en');
    pinBackendBadge(host, scope, { name: 'webgl', software: false, reason: 'hardware WebGL' });
    const badge = pinBackendBadge(host, scope, { name: 'wasm', software: false, reason: 'no WebGL: WASM' })!;
    expect(section.querySelectorAll('.backend-badge')).toHaveLength(1);
    expect(badge.parentElement).toBe(section);
    expect(badge.textContent).toBe('Compute: WASM');
    expect(badge.dataset.backend).toBe('wasm');
    expect(badge.querySelector<HTMLElement>('.badge')!.title).toBe('no WebGL: WASM');
  });

  it('is not shown on paper, nor after the slide was left', () => {
    const { section, host } = slide();
    expect(pinBackendBadge(host, scopeFor('fr', 'print'), { name: 'wasm', software: false, reason: '' })).toBeNull();
    const left = scopeFor('fr');
    left.dispose();
    expect(pinBackendBadge(host, left, { name: 'wasm', software: false, reason: '' })).toBeNull();
    expect(section.querySelector('.backend-badge')).toBeNull();
  });
});
