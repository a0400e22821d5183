import { presenterKeyFor, type SpeakerKeyCommand } from '../deck/speakerKeys.ts';

/** Forward the presenter keys pressed in the speaker window (B, O, G, Home, End, L, D…) to the deck through `send`. */
export function forwardPresenterKeys(doc: Document, send: (cmd: SpeakerKeyCommand) => void): void {
  doc.addEventListener('keydown', (ev) => {
    // Keys typed into a field of the speaker view stay there.
    const target = ev.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const key = presenterKeyFor(ev);
    if (!key) return;
    send({ type: 'key', key });
    ev.preventDefault();
  });
}
