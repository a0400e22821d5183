import type { Lang } from '../i18n/lang.ts';
import type { ThemeName } from '../charts/palette.ts';
import type { SlideEntry } from './types.ts';
import { isDatasetId, type DatasetId } from '../data/datasets.ts';

/**
 * Name of the BroadcastChannel between the deck and its speaker view (same origin only). Any same-origin page can
 * post on it, so both ends take only ids, indices and numbers from it, and only from the pair they belong to.
 */
export const speakerChannelName = 'vae-deck-speaker';

/** Messages from the deck to the speaker view: where the deck is, never text or HTML (notes come from the slides). */
export interface DeckState {
  type: 'state';
  /** The pair id of the deck tab that sent it (see newPairId). */
  pair: string;
  id: string;
  index: number;
  total: number;
  lang: Lang;
  /** The deck's data set (`?data=`): the previews load the deck with it, so their slides and notes match the room's. */
  data: DatasetId;
  /** Id of the next slide, or null on the last one. */
  nextId: string | null;
  /** The current slide's agenda section: 1 + its index in the sections table, 0 for a slide outside every section. */
  section: number;
  /** How many slides each section has (index as in `section`), for the speaker view's pacing. */
  plan: number[];
  /** The deck's theme: the speaker view and its previews follow it. */
  theme: ThemeName;
}

/** A slide id as the deck writes them (lowercase letters, digits, dashes), the only ids either end accepts. */
export function isSlideId(v: unknown): v is string {
  return typeof v === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(v);
}

/** A pair id as newPairId makes them. */
export function isPairId(v: unknown): v is string {
  return typeof v === 'string' && /^[0-9a-f]{16,32}$/.test(v);
}

/** A fresh random pair id: one per deck tab, carried by its speaker view's URL and by every message of the pair. */
export function newPairId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The state the deck of pair `pair` publishes while slide `id` is current, or null when `id` is not one of `slides`;
 * `sectionKeys` is the agenda's section table in order (slides/sections.ts), which numbers the sections.
 */
export function deckState(slides: readonly Pick<SlideEntry, 'id' | 'section'>[], id: string, lang: Lang, pair: string, sectionKeys: readonly string[] = [], data: DatasetId = 'mnist', theme: ThemeName = 'light'): DeckState | null {
  const index = slides.findIndex((s) => s.id === id);
  if (index < 0) return null;
  const sectionOf = (s: Pick<SlideEntry, 'section'>): number => 1 + (s.section ? sectionKeys.indexOf(s.section.key) : -1);
  const plan = new Array<number>(sectionKeys.length + 1).fill(0);
  for (const s of slides) plan[sectionOf(s)]++;
  return { type: 'state', pair, id, index, total: slides.length, lang, data, nextId: slides[index + 1]?.id ?? null, section: sectionOf(slides[index]), plan, theme };
}

/** Address of the speaker view page paired with deck tab `pair`, in the deck's language (relative to the deck's page). */
export function speakerViewUrl(lang: Lang, pair: string): string {
  return `speaker.html?pair=${pair}${lang === 'en' ? '&lang=en' : ''}`;
}

/** The pair id in a speaker view's query string, or null when it has none (or a malformed one). */
export function pairFromSearch(search: string): string | null {
  const pair = new URLSearchParams(search).get('pair');
  return isPairId(pair) ? pair : null;
}

/** What a speaker view asks of its deck. */
export type SpeakerRequest = { type: 'hello' } | { type: 'watch' } | { type: 'goto'; id: string } | { type: 'step'; delta: 1 | -1 };

/** Messages from the speaker view to the deck: a request and the pair it belongs to. */
export type SpeakerCommand = SpeakerRequest & { pair: string };

/** Parse an untrusted message into a SpeakerCommand of pair `pair`, or null (malformed, or another pair's). */
export function parseSpeakerCommand(data: unknown, pair: string): SpeakerCommand | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.pair !== pair) return null;
  if (m.type === 'hello') return { type: 'hello', pair };
  if (m.type === 'watch') return { type: 'watch', pair };
  if (m.type === 'goto' && isSlideId(m.id)) return { type: 'goto', id: m.id, pair };
  if (m.type === 'step' && (m.delta === 1 || m.delta === -1)) return { type: 'step', delta: m.delta, pair };
  return null;
}

/** Parse an untrusted message into a DeckState of pair `pair`, or null; extra fields (text, HTML) are dropped. */
export function parseDeckState(data: unknown, pair: string): DeckState | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.type !== 'state' || m.pair !== pair || !isSlideId(m.id)) return null;
  const { index, total } = m;
  if (typeof index !== 'number' || typeof total !== 'number' || !Number.isInteger(index) || !Number.isInteger(total)) return null;
  if (index < 0 || total < 1 || index >= total || total > 1000) return null;
  if (m.lang !== 'fr' && m.lang !== 'en') return null;
  if (!isDatasetId(m.data)) return null;
  if (m.nextId !== null && !isSlideId(m.nextId)) return null;
  const { section, plan } = m;
  if (!Array.isArray(plan) || plan.length < 1 || plan.length > 64 || !plan.every((n) => Number.isInteger(n) && n >= 0 && n <= 1000)) return null;
  if (!Number.isInteger(section) || (section as number) < 0 || (section as number) >= plan.length) return null;
  if (m.theme !== 'dark' && m.theme !== 'light') return null;
  return { type: 'state', pair, id: m.id, index, total, lang: m.lang, data: m.data, nextId: m.nextId, section: section as number, plan: [...(plan as number[])], theme: m.theme };
}

/** This deck tab's pair id: kept in sessionStorage so a reload stays paired; a fresh one where storage is blocked. */
export function tabPairId(): string {
  const key = 'vae-deck-speaker-pair';
  try {
    const kept = window.sessionStorage.getItem(key);
    if (isPairId(kept)) return kept;
    const pair = newPairId();
    window.sessionStorage.setItem(key, pair);
    return pair;
  } catch {
    return newPairId();
  }
}
