import type { Slide } from '../src/deck/types.ts';
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
// Theory (issue 4), in the order of the course brief:
// [ae-vs-vae] [vae-uses] [latent-space] [latent-in-vae] [gaussian-1d] [gaussian-nd] [kl-divergence] [kl-in-vae] [generating]
// Live demo following the notebook plan (issue 5):
// [data-loading] [preprocessing] [encoder] [decoder] [vae-model] [training] [generation-demo] [latent-explorer] [draw-digit]

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
  gaussianNd,
  klDivergence,
  klInVae,
  generating,
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
];

/** Every slide of the deck: title, generated agenda, then the content. */
export const slides: Slide[] = [title, agendaSlide(contentSlides), ...contentSlides];
