// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createScope } from '../../../src/deck/scope.ts';
import { testServices } from '../../support/services.ts';
import { collectParams, createParamStore } from '../../../src/deck/params.ts';
import type { ParamSpec, Slide } from '../../../src/deck/types.ts';
import { sliderRow } from '../../../src/widgets/sliderRow.ts';

const spec: ParamSpec = { name: 'alpha', min: -1, max: 1, default: 0.25, step: 0.05 };
const fake: Slide = { id: 'x', title: { fr: 'x', en: 'x' }, body: { fr: '', en: '' }, notes: { fr: '', en: '' }, params: [spec] };

function setup(lang: 'fr' | 'en' = 'fr', search = '') {
  const params = createParamStore(collectParams([fake]), search);
  const scope = createScope({ lang, mode: 'live', params, declared: ['alpha'], services: testServices() });
  const host = document.createElement('div');
  document.body.append(host);
  const seen: number[] = [];
  const row = sliderRow(host, scope, {
    spec,
    label: { fr: 'α <b>pente</b>', en: 'α <b>slope</b>' },
    ariaLabel: { fr: 'pente', en: 'slope' },
    onInput: (v) => seen.push(v),
  });
  return { params, scope, host, row, seen };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('sliderRow', () => {
  it('starts from scope.param and shows it the French way with the raw number in data-value', () => {
    const { row } = setup('fr', '?alpha=-0.5');
    expect(row.value).toBe(-0.5);
    expect(row.input.value).toBe('-0.5');
    expect(row.output.textContent).toBe('−0,50');
    expect(row.output.dataset.value).toBe('-0.5');
  });

  it('is a labelled, keyboard-operable range input with the localized label', () => {
    const { row } = setup('en');
    const label = row.el.querySelector('label')!;
    expect(label.htmlFor).toBe(row.input.id);
    expect(label.innerHTML).toBe('α <b>slope</b>');
    expect(row.input.type).toBe('range');
    expect([row.input.min, row.input.max, row.input.step]).toEqual(['-1', '1', '0.05']);
    expect(row.input.getAttribute('aria-label')).toBe('slope');
    expect(row.input.getAttribute('aria-valuetext')).toBe('0.25');
  });

  it('records input in the URL parameter store, updates the display and calls onInput', () => {
    const { row, params, seen } = setup();
    row.input.value = '0.7';
    row.input.dispatchEvent(new Event('input'));
    expect(params.get('alpha')).toBe(0.7);
    expect(row.output.dataset.value).toBe('0.7');
    expect(seen).toEqual([0.7]);
    row.set(5);
    expect(row.value).toBe(1);
    expect(seen).toEqual([0.7, 1]);
  });

  it('stops listening once the scope is disposed', () => {
    const { row, scope, seen } = setup();
    scope.dispose();
    row.input.value = '0.1';
    row.input.dispatchEvent(new Event('input'));
    expect(seen).toEqual([]);
  });
});
