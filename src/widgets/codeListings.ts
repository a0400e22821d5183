import type { CodeListing } from './codeListing.ts';

/**
 * The source files slides may quote, highlighted at build time, by path from the project root. A new file shown on
 * a slide is added here (each costs its tokens in the bundle).
 */
const listings: Readonly<Record<string, CodeListing>> = import.meta.glob<CodeListing>(
  ['/src/model/autoencoder.ts', '/src/model/loss.ts'],
  { query: '?highlight', import: 'default', eager: true },
);

/** The highlighted listing of a quoted file (`src/model/loss.ts`), or null when it is not in the table. */
export function listingFor(file: string): CodeListing | null {
  return listings[`/${file.replace(/^\/+/, '')}`] ?? null;
}
