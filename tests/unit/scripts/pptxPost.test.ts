import { describe, expect, it } from 'vitest';
import { notesFontSize, notesXml } from '../../../scripts/lib/pptxPost.ts';

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
