import type { Section, SlideContent, SlideEntry } from '../src/deck/types.ts';

/** What the agenda reads of a slide: its id, title and section (known before its module loads). */
type AgendaItem = Pick<SlideEntry, 'id' | 'title' | 'section'>;
import type { Lang, Localized } from '../src/i18n/lang.ts';
import { byLanguage } from '../src/i18n/localize.ts';
import { escapeHtml } from '../src/deck/render.ts';
import { ui } from '../src/deck/uiText.ts';

/** Group consecutive slides by their agenda section's key, keeping the deck order. */
export function agendaGroups<T extends AgendaItem>(slides: readonly T[]): { section: Section; slides: T[] }[] {
  const groups: { section: Section; slides: T[] }[] = [];
  for (const slide of slides) {
    if (!slide.section) continue;
    const last = groups[groups.length - 1];
    if (last && last.section.key === slide.section.key) last.slides.push(slide);
    else groups.push({ section: slide.section, slides: [slide] });
  }
  return groups;
}

function agendaHtml(slides: readonly AgendaItem[], lang: Lang): string {
  const groups = agendaGroups(slides)
    .map(
      (g) =>
        `<div class="agenda-group"><h3>${escapeHtml(g.section[lang])}</h3><ol>` +
        g.slides.map((s) => `<li><a href="#/${s.id}">${escapeHtml(s.title[lang])}</a></li>`).join('') +
        `</ol></div>`,
    )
    .join('');
  return `<nav class="agenda" aria-label="${escapeHtml(ui.agendaTitle[lang])}">${groups}</nav>`;
}

const notes: Localized = {
  fr: `<p><strong>≈ 0,5 min.</strong> Présenter le plan : d’abord les questions du cours (différence AE/VAE, usages, espace latent, loi normale en 1 et n dimensions, divergence KL, génération), une pause quiz, puis la partie pratique qui suit le notebook sur MNIST, et le bilan. Chaque titre est un lien : on peut y revenir pendant les questions.</p>`,
  en: `<p><strong>≈ 0.5 min.</strong> Present the outline: first the course questions (AE vs VAE, uses, latent space, the normal distribution in 1 and n dimensions, KL divergence, generation), a quiz break, then the hands-on part that follows the notebook on MNIST, and the wrap-up. Each title is a link: use them to jump back during questions.</p>`,
};

/** The agenda slide's content, generated from the ordered slide list so it can never drift from the deck. */
export function agendaSlide(slides: readonly AgendaItem[]): SlideContent {
  return {
    body: byLanguage((lang) => agendaHtml(slides, lang)),
    notes,
  };
}
