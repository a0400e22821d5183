/**
 * Presenter remotes always drive the deck. reveal.js ignores every key while an <input> has focus, and a slider
 * keeps focus after a mouse drag, so a remote's PageDown would move the slider instead of the slide. Rule (shared
 * with the presenter issue): PageUp/PageDown, Space and the presenter keys (B, ., L, S, F, O, Esc, D, C, Q, Z) always go to the
 * deck; arrow keys, Home and End go to a widget only while it has keyboard focus from Tab, never after a mouse drag.
 */

const deckKeys = new Set([
  'PageUp', 'PageDown', ' ', 'b', 'B', '.', 'l', 'L', 's', 'S', 'f', 'F', 'o', 'O', 'Escape',
  'd', 'D', 'c', 'C', 'q', 'Q', 'z', 'Z',
]);
const widgetKeys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);
/** Inputs that take no text: a letter typed there means nothing to them. */
const nonTextInputs = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image']);

/** Whether `el` is a focused control whose keys would otherwise be lost to the deck. */
function isControl(el: Element | null): el is HTMLElement {
  if (el instanceof HTMLInputElement) return nonTextInputs.has(el.type);
  return el instanceof HTMLButtonElement || el instanceof HTMLSelectElement;
}

/** Install the rule on `win` (capture phase, before reveal.js's listener); returns the uninstall function. */
export function installKeyGuard(win: Window = window): () => void {
  let fromKeyboard = false;
  const onPointer = (): void => {
    fromKeyboard = false;
  };
  const onKey = (ev: KeyboardEvent): void => {
    if (ev.key === 'Tab') {
      fromKeyboard = true;
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const el = win.document.activeElement;
    if (!isControl(el)) return;
    const toDeck = deckKeys.has(ev.key) || (widgetKeys.has(ev.key) && !fromKeyboard);
    if (!toDeck) return;
    // Keep the key from the control (no slider step, no button press) and let reveal.js see an unfocused page.
    ev.preventDefault();
    el.blur();
  };
  win.addEventListener('pointerdown', onPointer, true);
  win.addEventListener('keydown', onKey, true);
  return () => {
    win.removeEventListener('pointerdown', onPointer, true);
    win.removeEventListener('keydown', onKey, true);
  };
}
