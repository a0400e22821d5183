import type { Slide, SlideContent, SlideEntry } from '../src/deck/types.ts';
import { frenchSpacing, frenchSpacingHtml } from '../src/i18n/typography.ts';
import { lazyLocalized } from '../src/i18n/localize.ts';
import type { Localized } from '../src/i18n/lang.ts';
import { ui } from '../src/deck/uiText.ts';
import { sections } from './sections.ts';
import title from './title.ts';
import { agendaSlide } from './agenda.ts';
// Theory in the order of the course brief (AE vs VAE, uses, latent space, the normal law in 1 then n dimensions, KL,
// then nats and the ELBO once the KL is known, generating), a check of understanding (quizzes), the live demo following
// the notebook's plan, then the wrap-up.

/**
 * The slide with French typography applied to its French title, body and notes, per data set too (no-break spaces
 * before : ; ? !). Bodies and notes are typeset when first read, like the bodies themselves (byLanguage): loading a
 * slide does not build and typeset a body the deck does not show yet.
 */
export function typeset(slide: Slide): Slide {
  const frenchHtml = (text: Localized) => lazyLocalized({ fr: () => frenchSpacingHtml(text.fr), en: () => text.en });
  const datasetNotes = slide.datasetNotes
    ? Object.fromEntries(Object.entries(slide.datasetNotes).map(([id, notes]) => [id, frenchHtml(notes)]))
    : undefined;
  return {
    ...slide,
    title: { ...slide.title, fr: frenchSpacing(slide.title.fr) },
    body: frenchHtml(slide.body),
    notes: frenchHtml(slide.notes),
    ...(datasetNotes ? { datasetNotes } : {}),
  };
}

/**
 * A slide of the list: what the deck needs before the slide's module arrives (id, title, section, heavy, class), and
 * `content`, which fetches the module (one chunk each: the deck's first download holds only the title and the agenda).
 * `load` typesets the slide once; a failed fetch is forgotten, so the next `load` tries again.
 */
export function slideEntry(meta: Omit<SlideEntry, 'load'>, content: () => Promise<SlideContent | { default: SlideContent }>): SlideEntry {
  const titled = { ...meta, title: { ...meta.title, fr: frenchSpacing(meta.title.fr) } };
  let loading: Promise<Slide> | null = null;
  return {
    ...titled,
    load() {
      loading ??= content().then(
        (m) => typeset({ ...('default' in m ? m.default : m), ...titled }),
        (err: unknown) => {
          loading = null;
          throw err;
        },
      );
      return loading;
    },
  };
}

/** The content slides in presentation order (edit this list to add, remove or move a slide). */
export const contentEntries: SlideEntry[] = [
  // THEORY-SLIDES
  slideEntry({ id: 'ae-vs-vae', section: sections.aeVae, title: { fr: 'Autoencodeur ou autoencodeur variationnel ?', en: 'Autoencoder or variational autoencoder?' } }, () => import('./aeVsVae.ts')),
  slideEntry({ id: 'ae-vs-vae-live', section: sections.aeVae, title: { fr: 'Tirer un code au hasard\u00a0: AE contre VAE', en: 'Drawing a random code: AE versus VAE' }, heavy: true }, () => import('./aeVsVaeLive.ts')),
  slideEntry({ id: 'vae-uses', section: sections.aeVae, title: { fr: 'À quoi sert un VAE ?', en: 'What is a VAE for?' } }, () => import('./vaeUses.ts')),
  slideEntry({ id: 'vae-uses-live', section: sections.aeVae, title: { fr: 'Interpoler, détecter des anomalies', en: 'Interpolating, detecting anomalies' }, heavy: true }, () => import('./vaeUsesLive.ts')),
  slideEntry({ id: 'latent-space', section: sections.latent, title: { fr: 'Espace latent et vecteur latent', en: 'Latent space and latent vector' }, heavy: true }, () => import('./latentSpace.ts')),
  slideEntry({ id: 'latent-in-vae', section: sections.latent, title: { fr: 'Dans un VAE : une loi par image', en: 'In a VAE: one distribution per image' }, heavy: true }, () => import('./latentInVae.ts')),
  slideEntry({ id: 'gaussian-1d', section: sections.normalKl, title: { fr: 'La loi normale en une dimension', en: 'The normal distribution in one dimension' } }, () => import('./gaussian1d.ts')),
  slideEntry({ id: 'gaussian-nd-density', section: sections.normalKl, title: { fr: 'La densité en n dimensions', en: 'The density in n dimensions' } }, () => import('./gaussianNdDensity.ts')),
  slideEntry({ id: 'gaussian-nd', section: sections.normalKl, title: { fr: 'La loi normale en n dimensions', en: 'The normal distribution in n dimensions' } }, () => import('./gaussianNd.ts')),
  slideEntry({ id: 'kl-purpose', section: sections.normalKl, title: { fr: 'La divergence KL\u00a0: à quoi ça sert\u00a0?', en: 'The KL divergence: what is it for?' } }, () => import('./klPurpose.ts')),
  slideEntry({ id: 'kl-divergence', section: sections.normalKl, title: { fr: 'La divergence de Kullback-Leibler (KL)', en: 'The Kullback-Leibler (KL) divergence' } }, () => import('./klDivergence.ts')),
  slideEntry({ id: 'kl-in-vae', section: sections.normalKl, title: { fr: 'Le rôle de la KL dans le VAE', en: 'KL’s job in the VAE' } }, () => import('./klInVae.ts')),
  slideEntry({ id: 'elbo-nats', section: sections.normalKl, title: { fr: 'Vocabulaire\u00a0: nats et ELBO', en: 'Vocabulary: nats and ELBO' } }, () => import('./elboNats.ts')),
  slideEntry({ id: 'generating', section: sections.generating, title: { fr: 'Générer de nouvelles données', en: 'Generating new data' }, heavy: true }, () => import('./generating.ts')),
  // CHECK
  slideEntry({ id: 'quiz-kl-direction', section: sections.check, title: { fr: 'Quiz\u00a0: KL(q‖p) ou KL(p‖q)\u00a0?', en: 'Quiz: KL(q‖p) or KL(p‖q)?' } }, () => import('./quiz.ts').then((m) => m.klDirection)),
  slideEntry({ id: 'quiz-beta-zero', section: sections.check, title: { fr: 'Quiz\u00a0: β = 0 ⇒\u00a0?', en: 'Quiz: β = 0 ⇒ ?' } }, () => import('./quiz.ts').then((m) => m.betaZero)),
  slideEntry({ id: 'quiz-log-var', section: sections.check, title: { fr: 'Quiz\u00a0: pourquoi log σ²\u00a0?', en: 'Quiz: why log σ²?' } }, () => import('./quiz.ts').then((m) => m.logVar)),
  // DEMO-SLIDES
  slideEntry({ id: 'data-loading', section: sections.notebook, title: { fr: 'Charger les données : MNIST', en: 'Loading the data: MNIST' } }, () => import('./dataLoading.ts')),
  slideEntry({ id: 'preprocessing', section: sections.notebook, title: { fr: 'Prétraitement : mise à l’échelle, aplatissement, séparation', en: 'Preprocessing: scaling, flattening, splitting' } }, () => import('./preprocessing.ts')),
  slideEntry({ id: 'encoder', section: sections.notebook, title: { fr: 'L’encodeur : une image → une loi normale', en: 'The encoder: an image → a normal distribution' } }, () => import('./encoder.ts')),
  slideEntry({ id: 'decoder', section: sections.notebook, title: { fr: 'Le décodeur : un point z → une image', en: 'The decoder: a point z → an image' } }, () => import('./decoder.ts')),
  slideEntry({ id: 'vae-model', section: sections.notebook, title: { fr: 'Le VAE : dimension latente 2', en: 'The VAE: latent dimension 2' } }, () => import('./vaeModel.ts')),
  slideEntry({ id: 'training', section: sections.notebook, title: { fr: 'Entraîner le VAE, en direct', en: 'Training the VAE, live' }, heavy: true }, () => import('./training.ts')),
  slideEntry({ id: 'generation-demo', section: sections.notebook, title: { fr: 'Générer des images synthétiques', en: 'Generating synthetic images' }, heavy: true }, () => import('./generationDemo.ts')),
  slideEntry({ id: 'latent-explorer', section: sections.notebook, title: { fr: 'Afficher l’espace latent', en: 'Displaying the latent space' }, heavy: true }, () => import('./latentExplorer.ts')),
  slideEntry({ id: 'draw-digit', section: sections.notebook, title: { fr: 'Dessinez un chiffre\u00a0: où l’encodeur le place-t-il\u202f?', en: 'Draw a digit: where does the encoder put it?' }, heavy: true }, () => import('./drawDigit.ts')),
  slideEntry({ id: 'own-images', section: sections.notebook, title: { fr: 'Vos propres images', en: 'Your own images' }, heavy: true }, () => import('./ownImages.ts')),
  // WRAP-UP
  slideEntry({ id: 'limits', section: sections.wrapUp, title: { fr: 'Les limites des VAE', en: 'The limits of VAEs' } }, () => import('./limits.ts')),
  slideEntry({ id: 'recap', section: sections.wrapUp, title: { fr: 'Récapitulatif\u00a0: les six questions', en: 'Recap: the six questions' } }, () => import('./recap.ts')),
  slideEntry({ id: 'closing', section: sections.wrapUp, title: { fr: 'Références et notebook', en: 'References and notebook' } }, () => import('./closing.ts')),
];

/** Every slide of the deck: title, generated agenda, then the content. The first two come with the deck's own code. */
export const slideEntries: SlideEntry[] = [
  slideEntry({ id: 'title', title: { fr: 'Les autoencodeurs variationnels (VAE)', en: 'Variational autoencoders (VAE)' }, className: 'title-slide' }, async () => title),
  slideEntry({ id: 'agenda', title: ui.agendaTitle }, async () => agendaSlide(contentEntries)),
  ...contentEntries,
];

/** Every slide, loaded, in order (print loads them all; so do the tests). */
export function loadSlides(): Promise<Slide[]> {
  return Promise.all(slideEntries.map((e) => e.load()));
}

/** One slide by id, loaded; throws for an unknown id. */
export function loadSlide(id: string): Promise<Slide> {
  const found = slideEntries.find((e) => e.id === id);
  if (!found) throw new Error(`No slide "${id}" in slides/index.ts`);
  return found.load();
}
