import { describe, expect, it } from 'vitest';
import { appXml, notesFontSize, notesXml, themeFonts } from '../../../scripts/lib/pptxPost.ts';

describe('PowerPoint notes', () => {
  it('keeps 12 pt for short notes and shrinks long ones, never below 7 pt', () => {
    expect(notesFontSize(500, 3)).toBe(12);
    const long = notesFontSize(2400, 5);
    expect(long).toBeLessThan(12);
    expect(long).toBeGreaterThanOrEqual(7);
    expect(notesFontSize(100_000, 50)).toBe(7);
  });

  it('writes one paragraph per notes paragraph, bold labels bold, text escaped, in the given language', () => {
    const xml = notesXml([[{ text: 'Question :', bold: true, italic: false }, { text: ' a < b & c', bold: false, italic: false }], [{ text: 'Deux', bold: false, italic: true }]], 'fr-FR', 10);
    expect(xml.match(/<a:p>/g)).toHaveLength(2);
    expect(xml).toContain('<a:rPr lang="fr-FR" sz="1000" b="1" dirty="0"/><a:t>Question :</a:t>');
    expect(xml).toContain('<a:t> a &lt; b &amp; c</a:t>');
    expect(xml).toContain('i="1"');
    expect(xml).not.toContain('en-US');
  });
});

describe('PowerPoint fonts and properties', () => {
  it('app.xml lists the one font used and the real slide titles', () => {
    const app = `<Properties><HeadingPairs><vt:vector size="6" baseType="variant">
			<vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant>
			<vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs>
	<TitlesOfParts><vt:vector size="5" baseType="lpstr"><vt:lpstr>Arial</vt:lpstr><vt:lpstr>Calibri</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr><vt:lpstr>Slide 1</vt:lpstr><vt:lpstr>Slide 2</vt:lpstr></vt:vector></TitlesOfParts></Properties>`;
    const out = appXml(app, 'Arial', ['Les VAE', 'Q & R']);
    expect(out).not.toContain('Calibri');
    expect(out).toMatch(/Fonts Used<\/vt:lpstr><\/vt:variant>\s*<vt:variant><vt:i4>1<\/vt:i4>/);
    expect(out).toContain('<vt:vector size="4" baseType="lpstr"><vt:lpstr>Arial</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr><vt:lpstr>Les VAE</vt:lpstr><vt:lpstr>Q &amp; R</vt:lpstr></vt:vector>');
  });

  it('a theme gets the font as heading and body font', () => {
    const theme = '<a:fontScheme><a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/><a:ea typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri" panose="020F0502020204030204"/></a:minorFont></a:fontScheme>';
    const out = themeFonts(theme, 'Arial');
    expect(out).toBe('<a:fontScheme><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/></a:minorFont></a:fontScheme>');
  });
});
