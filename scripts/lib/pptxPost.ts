/**
 * Finishing touches pptxgenjs cannot do, applied to the written .pptx: the language tag of every run of text
 * (pptxgenjs writes en-US in notes, empty paragraphs and charts), and structured speaker notes (paragraphs,
 * bold labels, a font size that fits LibreOffice's notes page) in place of pptxgenjs's one plain paragraph.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import type { TextRun } from './slideTextBoxes.ts';
import { emphasizeMarkers } from './pptxNativeCharts.ts';

/** A paragraph of the speaker notes. */
export type NotesParagraph = TextRun[];

/** The placeholder text that marks where slide `i`'s notes go (replaced by notesXml). */
export function notesMarker(i: number): string {
  return `@@NOTES_${i}@@`;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Font size (points) for notes of `chars` characters in `paragraphs` paragraphs: 12 pt while they fit the notes
 * box of the default notes page (6.9 × 4.6 in, measured in LibreOffice: about 1,100 characters), smaller beyond.
 */
export function notesFontSize(chars: number, paragraphs: number): number {
  const load = chars + 60 * paragraphs;
  return load <= 1100 ? 12 : Math.max(7, Math.floor(12 * Math.sqrt(1100 / load) * 2) / 2);
}

/** DrawingML paragraphs of the notes, in `lang`, at `size` points. */
export function notesXml(paragraphs: NotesParagraph[], lang: string, size: number): string {
  const sz = Math.round(size * 100);
  return paragraphs
    .map((runs) => {
      const rs = runs
        .map((r) => `<a:r><a:rPr lang="${lang}" sz="${sz}"${r.bold ? ' b="1"' : ''}${r.italic ? ' i="1"' : ''} dirty="0"/><a:t>${esc(r.text)}</a:t></a:r>`)
        .join('');
      return `<a:p><a:pPr><a:spcAft><a:spcPts val="${Math.round(size * 40)}"/></a:spcAft></a:pPr>${rs}<a:endParaRPr lang="${lang}" sz="${sz}" dirty="0"/></a:p>`;
    })
    .join('');
}

/**
 * docProps/app.xml as pptxgenjs writes it lists Arial and Calibri as the fonts used and "Slide n" as the slide
 * titles: list `font` alone and the real titles.
 */
export function appXml(xml: string, font: string, titles: string[]): string {
  const parts = [font, 'Office Theme', ...titles].map((t) => `<vt:lpstr>${esc(t)}</vt:lpstr>`).join('');
  return xml
    .replace(/(<vt:lpstr>Fonts Used<\/vt:lpstr><\/vt:variant>\s*<vt:variant><vt:i4>)\d+(<\/vt:i4>)/, (_m, a: string, b: string) => `${a}1${b}`)
    .replace(/<TitlesOfParts>[\s\S]*<\/TitlesOfParts>/, `<TitlesOfParts><vt:vector size="${titles.length + 2}" baseType="lpstr">${parts}</vt:vector></TitlesOfParts>`);
}

/** A theme (of the presentation or of a chart's embedded workbook) with `font` as its heading and body font. */
export function themeFonts(xml: string, font: string): string {
  return xml.replace(/(<a:(?:major|minor)Font><a:latin typeface=")[^"]*("(?: panose="[0-9A-F]*")?)/g, (_m, a: string) => `${a}${font}"`);
}

/** The chart data workbook (.xlsx) of a native chart with its theme's fonts set to `font`. */
function workbookFonts(xlsx: Uint8Array, font: string): Uint8Array<ArrayBuffer> {
  const inner = unzipSync(xlsx);
  for (const name of Object.keys(inner)) {
    if (/^xl\/theme\/[^/]+\.xml$/.test(name)) inner[name] = strToU8(themeFonts(strFromU8(inner[name]), font));
    if (name === 'xl/styles.xml') inner[name] = strToU8(strFromU8(inner[name]).replace(/<name val="[^"]*"\/>/g, `<name val="${font}"/>`));
  }
  return new Uint8Array(zipSync(inner, { level: 6 }));
}

/** What finishPptx puts in. */
export interface FinishOptions {
  /** Language tag of every run (fr-FR, en-US). */
  lang: string;
  /** Speaker notes of each slide, by slide index. */
  notes: NotesParagraph[][];
  /** The one font of the file. */
  font: string;
  /** Slide titles, for the document properties. */
  titles: string[];
  /** Names of the scatter series that are a single probed point (drawn large). */
  markerSeries: readonly string[];
  /** PNG fallback of each SVG image, by SVG text (pptxgenjs cannot draw one in Node and writes a broken image). */
  svgFallbacks: Map<string, Uint8Array>;
}

/**
 * Rewrite `file` in place: every `lang=` set to `lang`, each notes marker replaced by its structured notes, `font`
 * (with the slide titles) named in the document properties, the theme and the charts' workbooks, and each SVG
 * image's PNG fallback (written by pptxgenjs just before the SVG: image-S-K.png, then image-S-(K+1).svg).
 */
export function finishPptx(file: string, o: FinishOptions): void {
  const { lang, notes, font } = o;
  const files = unzipSync(readFileSync(file));
  for (const name of Object.keys(files)) {
    const svg = /^ppt\/media\/image-(\d+)-(\d+)\.svg$/.exec(name);
    const png = svg ? o.svgFallbacks.get(strFromU8(files[name])) : undefined;
    if (svg && png) files[`ppt/media/image-${svg[1]}-${Number(svg[2]) - 1}.png`] = new Uint8Array(png);
    if (name === 'docProps/app.xml') files[name] = strToU8(appXml(strFromU8(files[name]), font, o.titles));
        if (/^ppt\/theme\/[^/]+\.xml$/.test(name)) files[name] = strToU8(themeFonts(strFromU8(files[name]), font));
    if (/^ppt\/embeddings\/[^/]+\.xlsx$/.test(name)) files[name] = workbookFonts(files[name], font);
    if (/^ppt\/charts\/[^/]+\.xml$/.test(name)) files[name] = strToU8(emphasizeMarkers(strFromU8(files[name]), o.markerSeries));
    if (!/^ppt\/(slides|notesSlides|charts|slideLayouts|slideMasters|notesMasters)\/[^/]+\.xml$/.test(name)) continue;
    let xml = strFromU8(files[name])
      .replace(/\blang="[A-Za-z-]+"/g, `lang="${lang}"`)
      .replace(/<c:lang val="[A-Za-z-]+"\/>/g, `<c:lang val="${lang}"/>`);
    const m = xml.match(/<a:p><a:r><a:rPr[^>]*\/><a:t>@@NOTES_(\d+)@@<\/a:t><\/a:r><a:endParaRPr[^>]*\/><\/a:p>/);
    if (m) {
      const paras = notes[Number(m[1])] ?? [];
      const chars = paras.reduce((n, p) => n + p.reduce((k, r) => k + r.text.length, 0), 0);
      const size = notesFontSize(chars, paras.length);
      xml = xml.replace(m[0], paras.length ? notesXml(paras, lang, size) : `<a:p><a:endParaRPr lang="${lang}"/></a:p>`);
      // the notes body: shrink on overflow where the reader supports it (PowerPoint, LibreOffice ≥ 7.4)
      xml = xml.replace(/(<p:ph type="body" idx="1"\/><\/p:nvPr><\/p:nvSpPr><p:spPr\/><p:txBody>)<a:bodyPr\/>/, '$1<a:bodyPr><a:normAutofit/></a:bodyPr>');
    }
    files[name] = strToU8(xml);
  }
  writeFileSync(file, zipSync(files, { level: 6 }));
}
