import type { Localized } from '../src/i18n/lang.ts';

/** Agenda section of the live-demo slides (issue 5), which follow the notebook plan. */
export const demoSection: Localized = { fr: 'Le notebook, en direct', en: 'The notebook, live' };
