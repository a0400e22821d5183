import type { MountMode } from './types.ts';

/** How this page shows the deck, from its query string: print (`?print-pdf`), speaker preview (`receiver`), or live. */
export function modeFromSearch(search: string): MountMode {
  if (/(^|[?&])print-pdf(=|&|$)/i.test(search)) return 'print';
  if (/(^|[?&])receiver(=|&|$)/i.test(search)) return 'preview';
  return 'live';
}

/** Whether the handout should include speaker notes under each slide (`?print-pdf&notes`). */
export function printNotesFromSearch(search: string): boolean {
  return /(^|[?&])(show-)?notes(=|&|$)/i.test(search);
}

/** Whether the handout should carry the presenter's drawings (`?print-pdf&print-pen=1`). */
export function printPenFromSearch(search: string): boolean {
  const value = new URLSearchParams(search).get('print-pen');
  return value === '1' || value === 'true' || value === '';
}

/**
 * Whether this speaker preview shows the *next* slide (`?receiver=next`): there a heavy slide shows its print state.
 * The current slide's preview (`?receiver`) leaves a heavy slide's live part unmounted: the main screen's images cover it.
 */
export function nextPreviewFromSearch(search: string): boolean {
  return new URLSearchParams(search).get('receiver') === 'next';
}
