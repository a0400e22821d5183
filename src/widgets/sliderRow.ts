import type { ParamSpec, Scope } from '../deck/types.ts';
import type { Localized } from '../i18n/lang.ts';
import { freshId } from '../charts/chartFrame.ts';
import { setShownValue } from './shownValue.ts';
import './sliderRow.css';

/** Options of a slider row. */
export interface SliderRowOptions {
  /** The slide parameter the slider edits (name, range, step, default). */
  spec: ParamSpec;
  /** Label in each language; may hold KaTeX HTML (e.g. tex('\\mu')). */
  label: Localized;
  /** Plain-text accessible name in each language (defaults to the parameter name). */
  ariaLabel?: Localized;
  /** Decimals shown next to the slider. */
  digits?: number;
  /** CSS colour of the slider's track accent (from the palette). */
  color?: string;
  /** Called with the clamped value on every input (keyboard or drag). */
  onInput(value: number): void;
}

/** A mounted slider row. */
export interface SliderRow {
  readonly el: HTMLElement;
  readonly input: HTMLInputElement;
  /** The element showing the value (its `data-value` holds the raw number). */
  readonly output: HTMLElement;
  /** Current value. */
  readonly value: number;
  /** Move the slider (records the parameter, updates the display, calls onInput). */
  set(value: number): void;
}

/** Build a labelled range slider bound to `scope.param(spec.name)`, appended to `parent`; listeners go through the scope. */
export function sliderRow(parent: HTMLElement, scope: Scope, options: SliderRowOptions): SliderRow {
  const { spec, digits = 2 } = options;
  const id = freshId(parent, `slider-${spec.name}`);
  const el = document.createElement('div');
  el.className = 'slider-row';
  el.dataset.param = spec.name;
  el.setAttribute('data-prevent-swipe', '');
  if (options.color) el.style.setProperty('--slider-color', options.color);
  const label = document.createElement('label');
  label.htmlFor = id;
  label.innerHTML = scope.t(options.label);
  const input = document.createElement('input');
  input.type = 'range';
  input.id = id;
  input.name = spec.name;
  input.min = String(spec.min);
  input.max = String(spec.max);
  input.step = String(spec.step ?? (spec.max - spec.min) / 100);
  input.setAttribute('aria-label', options.ariaLabel ? scope.t(options.ariaLabel) : spec.name);
  const output = document.createElement('output');
  output.className = 'slider-value';
  output.htmlFor.add(id);
  output.setAttribute('aria-live', 'off');
  el.append(label, input, output);
  parent.append(el);

  let value = scope.param(spec.name);
  const show = (): void => {
    input.value = String(value);
    setShownValue(output, value, scope.lang, digits);
    input.setAttribute('aria-valuetext', output.textContent ?? '');
  };
  show();

  const apply = (raw: number): void => {
    value = scope.setParam(spec.name, raw);
    show();
    options.onInput(value);
  };
  scope.listen(input, 'input', () => apply(Number(input.value)));

  return {
    el,
    input,
    output,
    get value() {
      return value;
    },
    set: apply,
  };
}
