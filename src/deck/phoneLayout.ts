import type Reveal from 'reveal.js';
import { applySvgTextFloor, clearSvgTextFloor } from './svgTextFloor.ts';
import { fitFixedCharts, unfitFixedCharts } from './phoneFit.ts';
import { watchPresentSlide } from './presentSlideWatch.ts';

/**
 * Windows where a 1280×720 slide scaled to fit would print its text under ~10 px: a phone in portrait (narrow) or in
 * landscape (short). Desktop and projector windows (1280×720 and up) never match.
 */
export const PHONE_QUERY = '(max-width: 600px), (max-height: 500px)';

/** The class on <html> while the phone layout is on (src/deck/phone.css keys on it). */
export const PHONE_CLASS = 'phone-layout';

/**
 * Smallest chart (SVG) text on a phone, in screen px. Lower than body text (16 px): a chart drawn for the 1280-wide
 * slide keeps its layout when shrunk to the screen, and tick labels at 16 px would run into one another.
 */
export const PHONE_CHART_TEXT_PX = 12;

/**
 * Whether the window is phone-sized now, with PHONE_CLASS set to match: the deck then starts reveal.js with its layout
 * already off (`disableLayout`), one reconfiguration and one full layout fewer while the page opens (~40 ms on a
 * phone, measured with Chromium at 4× CPU slowdown), and hands the answer to followPhoneLayout.
 */
export function startsAsPhone(win: Window = window): boolean {
  const phone = win.matchMedia(PHONE_QUERY).matches;
  win.document.documentElement.classList.toggle(PHONE_CLASS, phone);
  return phone;
}

/**
 * Reflow the slides for a phone while the window matches PHONE_QUERY: reveal.js stops scaling the 1280×720 slide
 * (`disableLayout`), phone.css lays each slide out as a full-width, vertically scrolling column and chart text is kept
 * at ≥ PHONE_CHART_TEXT_PX. `startedAsPhone`: reveal.js was started with its layout off (startsAsPhone). Returns a
 * function that stops following the window. A window that never matches is never touched.
 */
export function followPhoneLayout(reveal: InstanceType<typeof Reveal>, win: Window = window, startedAsPhone = false): () => void {
  const query = win.matchMedia(PHONE_QUERY);
  let on = startedAsPhone; // otherwise reveal.js starts with its layout on: a desktop window is left as it is
  const apply = (): void => {
    const phone = query.matches;
    if (phone === on) return;
    on = phone;
    win.document.documentElement.classList.toggle(PHONE_CLASS, phone);
    reveal.configure({ disableLayout: phone });
    reveal.layout();
  };
  apply();
  query.addEventListener('change', apply);
  const stopFloor = watchPresentSlide(
    win.document,
    () => on,
    (section) => {
      fitFixedCharts(section); // first: the text floor reads the zoomed scale
      applySvgTextFloor(section, PHONE_CHART_TEXT_PX);
    },
    (slides) => {
      unfitFixedCharts(slides);
      clearSvgTextFloor(slides);
    },
  );
  return () => {
    query.removeEventListener('change', apply);
    stopFloor();
  };
}
