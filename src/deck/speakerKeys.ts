import { speakerChannelName } from './speakerLink.ts';

/** Presenter keys the speaker window forwards to the deck (beyond the arrows): a fixed list of ids, never markup. */
export const presenterKeys = ['pause', 'overview', 'jump', 'first', 'last', 'lang', 'theme', 'pen', 'zoom'] as const;
/** One presenter key, by id. */
export type PresenterKey = (typeof presenterKeys)[number];

/** The speaker view's message for a presenter key: `{ type: 'key', key: 'pause' }`. */
export interface SpeakerKeyCommand {
  type: 'key';
  key: PresenterKey;
}

/**
 * Parse an untrusted channel message into a presenter-key command, or null (other commands, garbage, or — when `pair`
 * is given — a message of another deck/speaker pair).
 */
export function parseSpeakerKey(data: unknown, pair?: string): SpeakerKeyCommand | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (pair !== undefined && m.pair !== pair) return null;
  if (m.type !== 'key' || typeof m.key !== 'string') return null;
  return (presenterKeys as readonly string[]).includes(m.key) ? { type: 'key', key: m.key as PresenterKey } : null;
}

/** The presenter key a keyboard event asks for in the speaker window (as on the deck: B . O Esc G Home End L D C Z). */
export function presenterKeyFor(ev: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }): PresenterKey | null {
  if (ev.altKey || ev.ctrlKey || ev.metaKey) return null;
  switch (ev.key) {
    case 'b': case 'B': case '.': return 'pause';
    case 'o': case 'O': case 'Escape': return 'overview';
    case 'g': case 'G': return 'jump';
    case 'Home': return 'first';
    case 'End': return 'last';
    case 'l': case 'L': return 'lang';
    case 'd': case 'D': return 'theme';
    case 'c': case 'C': return 'pen';
    case 'z': case 'Z': return 'zoom';
    default: return null;
  }
}

/**
 * The deck's end: listen on the speaker channel for presenter keys of its own pair and run `act` for each.
 * Returns a function that stops listening; null where there is no BroadcastChannel.
 */
export function listenForSpeakerKeys(act: (key: PresenterKey) => void, pair?: string, name = speakerChannelName): (() => void) | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  channel.onmessage = (ev: MessageEvent) => {
    const cmd = parseSpeakerKey(ev.data, pair);
    if (cmd) act(cmd.key);
  };
  return () => channel.close();
}
