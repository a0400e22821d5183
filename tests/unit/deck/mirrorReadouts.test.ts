// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyControlValues, controlValues } from '../../../src/deck/mirrorReadouts.ts';

/** A slide section with the training dashboard's kinds of controls (and one outside its content, not copied). */
function section(): HTMLElement {
  const el = document.createElement('section');
  el.innerHTML = `<input type="range" class="outside" min="0" max="9" value="9">
<div class="slide-content">
  <input type="range" class="lr" min="-4" max="-2" step="0.05" value="-2.7">
  <input type="number" class="seed" min="0" max="9999" value="1">
  <input type="checkbox" class="pre">
  <input type="text" value="not a control">
</div>`;
  return el;
}

describe('the mirrored controls', () => {
  it('reads sliders, number fields and checkboxes in document order, and sets another copy of the slide to them', () => {
    const room = section();
    room.querySelector<HTMLInputElement>('.lr')!.value = '-3.5';
    room.querySelector<HTMLInputElement>('.seed')!.value = '42';
    room.querySelector<HTMLInputElement>('.pre')!.checked = true;
    const values = controlValues(room);
    expect(values).toEqual([-3.5, 42, 1]);

    const preview = section();
    let events = 0;
    preview.addEventListener('input', () => events++);
    expect(applyControlValues(preview, values)).toBe(true);
    expect(controlValues(preview)).toEqual([-3.5, 42, 1]);
    expect(events).toBe(0); // the preview's own widgets are not driven
    expect(preview.querySelector<HTMLInputElement>('.outside')!.value).toBe('9');
  });

  it('copies nothing onto a slide laid out differently (another number of controls), and an empty field reads 0', () => {
    const preview = section();
    expect(applyControlValues(preview, [-3, 5])).toBe(false);
    expect(controlValues(preview)).toEqual([-2.7, 1, 0]);
    preview.querySelector<HTMLInputElement>('.seed')!.value = '';
    expect(controlValues(preview)).toEqual([-2.7, 0, 0]);
  });
});
