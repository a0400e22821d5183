/** Static inline-SVG diagrams of an autoencoder (image → point → image) and a VAE (image → N(μ, σ²) → z → image). */
import type { Lang } from '../i18n/lang.ts';
import { pick } from '../i18n/localize.ts';
import { themeRoles, type RoleColors } from '../charts/palette.ts';

/**
 * A role colour as a CSS custom property set on <html> by the theme controller (`--chart-ink`…), falling back to
 * the light theme's value: the diagram is built once, before the theme is known, and follows a theme switch live.
 */
const roles = Object.fromEntries(
  (Object.keys(themeRoles.light) as (keyof RoleColors)[]).map((k) => [k, `var(--chart-${k}, ${themeRoles.light[k]})`]),
) as Record<keyof RoleColors, string>;

const W = 580;
const H = 200;

function arrow(x1: number, x2: number, y = 102): string {
  return `<line x1="${x1}" y1="${y}" x2="${x2 - 8}" y2="${y}" style="stroke:${roles.ink}" stroke-width="3"/>
<path d="M${x2} ${y} l-12 -7 v14 z" style="fill:${roles.ink}"/>`;
}

function image(x: number, label: string, faded: boolean): string {
  return `<rect x="${x}" y="70" width="64" height="64" rx="4" style="fill:${roles.paper};stroke:${roles.ink}" stroke-width="2.5"/>
<text x="${x + 32}" y="120" text-anchor="middle" font-size="52" font-weight="700" style="fill:${faded ? roles.muted : roles.ink}" font-family="Georgia, serif">3</text>
<text x="${x + 32}" y="164" text-anchor="middle" font-size="24" font-style="italic;fill:${roles.ink}">${label}</text>`;
}

function trapezoid(points: string, fill: string, stroke: string, label: string, cx: number): string {
  return `<polygon points="${points}" style="fill:${fill};stroke:${stroke}" stroke-width="3" stroke-linejoin="round"/>
<text x="${cx}" y="186" text-anchor="middle" font-size="20" font-weight="600" style="fill:${roles.ink}">${label}</text>`;
}

/** SVG of the AE ('ae') or VAE ('vae') pipeline, labelled in `lang`. */
export function autoencoderDiagram(kind: 'ae' | 'vae', lang: Lang): string {
  const t = pick(lang);
  const enc = trapezoid('94,50 184,85 184,119 94,154', roles.pSoft, roles.p, t({ fr: 'encodeur', en: 'encoder' }), 139);
  const dec = trapezoid('378,85 468,50 468,154 378,119', roles.qSoft, roles.q, t({ fr: 'décodeur', en: 'decoder' }), 423);
  const middle =
    kind === 'ae'
      ? `${arrow(186, 278)}
<circle cx="290" cy="102" r="10" style="fill:${roles.q}"/>
<text x="290" y="76" text-anchor="middle" font-size="24" font-style="italic;fill:${roles.ink}">z</text>
<text x="290" y="140" text-anchor="middle" font-size="19" style="fill:${roles.muted}">${t({ fr: 'un point', en: 'one point' })}</text>
${arrow(302, 376)}`
      : `${arrow(186, 226)}
<ellipse cx="290" cy="102" rx="62" ry="44" style="fill:${roles.p};stroke:${roles.p}" fill-opacity="0.12" stroke-width="2"/>
<ellipse cx="290" cy="102" rx="40" ry="28" style="fill:${roles.p}" fill-opacity="0.15"/>
<ellipse cx="290" cy="102" rx="19" ry="13" style="fill:${roles.p}" fill-opacity="0.2"/>
<path d="M283 102 h14 M290 95 v14" style="stroke:${roles.p}" stroke-width="3"/>
<circle cx="318" cy="86" r="9" style="fill:${roles.q};stroke:${roles.paper}" stroke-width="2"/>
<text x="333" y="80" font-size="24" font-style="italic;fill:${roles.ink}">z</text>
<text x="290" y="44" text-anchor="middle" font-size="22" style="fill:${roles.ink}">𝒩(μ, σ²)</text>
<text x="290" y="170" text-anchor="middle" font-size="19" style="fill:${roles.muted}">z = μ + σ·ε</text>
${arrow(352, 376)}`;
  const title = t(
    kind === 'ae'
      ? { fr: 'Autoencodeur : image → un point → image', en: 'Autoencoder: image → one point → image' }
      : { fr: 'VAE : image → une loi normale → z tiré → image', en: 'VAE: image → a normal distribution → sampled z → image' },
  );
  return `<svg class="ae-diagram ae-diagram-${kind}" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${title}">
<title>${title}</title>
${image(4, 'x', false)}
${arrow(70, 92)}
${enc}
${middle}
${dec}
${arrow(470, 492)}
${image(494, 'x̂', true)}
</svg>`;
}
