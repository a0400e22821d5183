import type { Lang } from '../i18n/lang.ts';
import type { Slide } from './types.ts';

/** Name of the BroadcastChannel between the deck and its speaker view (same origin only). */
export const speakerChannelName = 'vae-deck-speaker';

/** Messages from the deck to the speaker view. */
export interface DeckState {
  type: 'state';
  id: string;
  index: number;
  total: number;
  lang: Lang;
  title: string;
  /** Speaker notes of the current slide (HTML written by the slide modules). */
  notes: string;
  /** Id of the next slide, or null on the last one. */
  nextId: string | null;
}

/** The state the deck publishes while slide `id` is current, or null when `id` is not one of `slides`. */
export function deckState(slides: readonly Slide[], id: string, lang: Lang): DeckState | null {
  const index = slides.findIndex((s) => s.id === id);
  if (index < 0) return null;
  const slide = slides[index];
  return {
    type: 'state',
    id,
    index,
    total: slides.length,
    lang,
    title: slide.title[lang],
    notes: slide.notes[lang],
    nextId: slides[index + 1]?.id ?? null,
  };
}

/** Address of the speaker view page for the deck's language (relative to the deck's page). */
export function speakerViewUrl(lang: Lang): string {
  return `speaker.html${lang === 'en' ? '?lang=en' : ''}`;
}

/** Messages from the speaker view to the deck. */
export type SpeakerCommand = { type: 'hello' } | { type: 'goto'; id: string } | { type: 'step'; delta: 1 | -1 };

/** Parse an untrusted message into a SpeakerCommand, or null. */
export function parseSpeakerCommand(data: unknown): SpeakerCommand | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'hello') return { type: 'hello' };
  if (m.type === 'goto' && typeof m.id === 'string') return { type: 'goto', id: m.id };
  if (m.type === 'step' && (m.delta === 1 || m.delta === -1)) return { type: 'step', delta: m.delta };
  return null;
}

/** Parse an untrusted message into a DeckState, or null. */
export function parseDeckState(data: unknown): DeckState | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'state' || typeof m.id !== 'string' || typeof m.index !== 'number' || typeof m.total !== 'number') return null;
  if (m.lang !== 'fr' && m.lang !== 'en') return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const nextId = typeof m.nextId === 'string' ? m.nextId : null;
  return { type: 'state', id: m.id, index: m.index, total: m.total, lang: m.lang, title: str(m.title), notes: str(m.notes), nextId };
}
