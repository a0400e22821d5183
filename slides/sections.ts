/** The agenda sections, once: every slide names its section from this table, so a typo fails to compile. */
import type { Section } from '../src/deck/types.ts';
import type { Localized } from '../src/i18n/lang.ts';

const names = {
  aeVae: { fr: 'AE et VAE', en: 'AE and VAE' },
  latent: { fr: 'Espace latent', en: 'Latent space' },
  normalKl: { fr: 'Loi normale et divergence KL', en: 'Normal distribution and KL divergence' },
  generating: { fr: 'Générer', en: 'Generating' },
  notebook: { fr: 'Le notebook, en direct', en: 'The notebook, live' },
  check: { fr: 'Vérifier sa compréhension', en: 'Check your understanding' },
  wrapUp: { fr: 'Limites et bilan', en: 'Limits and wrap-up' },
} satisfies Record<string, Localized>;

/** Key of an agenda section. */
export type SectionKey = keyof typeof names;

/** The agenda sections by key, each with its key and its name in every language. */
export const sections: { readonly [K in SectionKey]: Section & { readonly key: K } } = Object.freeze(
  Object.fromEntries(Object.entries(names).map(([key, name]) => [key, Object.freeze({ key, ...name })])),
) as { readonly [K in SectionKey]: Section & { readonly key: K } };
