import type { Slide } from '../src/deck/types.ts';
import { frenchSpacing, frenchSpacingHtml } from '../src/i18n/typography.ts';
import { lazyLocalized } from '../src/i18n/localize.ts';
import type { Localized } from '../src/i18n/lang.ts';
import title from './title.ts';
import { agendaSlide } from './agenda.ts';
import aeVsVae from './aeVsVae.ts';
import aeVsVaeLive from './aeVsVaeLive.ts';
import vaeUses from './vaeUses.ts';
import vaeUsesLive from './vaeUsesLive.ts';
import latentSpace from './latentSpace.ts';
import latentInVae from './latentInVae.ts';
import generating from './generating.ts';
import gaussian1d from './gaussian1d.ts';
import gaussianNd from './gaussianNd.ts';
import klDivergence from './klDivergence.ts';
import klInVae from './klInVae.ts';
import dataLoading from './dataLoading.ts';
import preprocessing from './preprocessing.ts';
import encoder from './encoder.ts';
import decoder from './decoder.ts';
import vaeModel from './vaeModel.ts';
import training from './training.ts';
import generationDemo from './generationDemo.ts';
import latentExplorer from './latentExplorer.ts';
import drawDigit from './drawDigit.ts';
import gaussianNdDensity from './gaussianNdDensity.ts';
import klPurpose from './klPurpose.ts';
import recap from './recap.ts';
import elboNats from './elboNats.ts';
import { quizSlides } from './quiz.ts';
import limits from './limits.ts';
import closing from './closing.ts';
import ownImages from './ownImages.ts';
// Theory in the order of the course brief (AE vs VAE, uses, latent space, the normal law in 1 then n dimensions, KL,
// then nats and the ELBO once the KL is known, generating), a check of understanding (quizzes), the live demo following
// the notebook's plan, then the wrap-up.

/**
 * The slide with French typography applied to its French title, body and notes, per data set too (no-break spaces
 * before : ; ? !). Bodies and notes are typeset when first read, like the bodies themselves (byLanguage): opening the
 * deck does not build and typeset the 30 slides it does not show yet.
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

/** The content slides in presentation order (edit this list to add, remove or move a slide). */
export const contentSlides: Slide[] = [
  // THEORY-SLIDES
  aeVsVae,
  aeVsVaeLive,
  vaeUses,
  vaeUsesLive,
  latentSpace,
  latentInVae,
  gaussian1d,
  gaussianNdDensity,
  gaussianNd,
  klPurpose,
  klDivergence,
  klInVae,
  elboNats,
  generating,
  // CHECK
  ...quizSlides,
  // DEMO-SLIDES
  dataLoading,
  preprocessing,
  encoder,
  decoder,
  vaeModel,
  training,
  generationDemo,
  latentExplorer,
  drawDigit,
  ownImages,
  // WRAP-UP
  limits,
  recap,
  closing,
].map(typeset);

/** Every slide of the deck: title, generated agenda, then the content. */
export const slides: Slide[] = [typeset(title), typeset(agendaSlide(contentSlides)), ...contentSlides];
