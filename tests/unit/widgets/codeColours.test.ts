import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../../src/widgets/codeView.css', import.meta.url), 'utf8');

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** The `color` of a selector in codeView.css. */
const colourOf = (selector: string): string => {
  const rule = new RegExp(`${selector.replace(/[.]/g, '\\.')}\\s*\\{[^}]*?(?<![-\\w])color:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!rule) throw new Error(`no colour for ${selector} in codeView.css`);
  return rule[1];
};

describe('code colours on the projector', () => {
  const background = /pre\.code-scroll \{[^}]*?#([0-9a-f]{6});\s*\}/i.exec(css)?.[1];
  it('finds the listing background', () => expect(background).toBe('f8fafc'));
  for (const kind of ['comment', 'string', 'number', 'keyword', 'type', 'call']) {
    it(`tok-${kind} has a contrast of at least 4.5:1 on the code background`, () => {
      expect(contrast(colourOf(`.tok-${kind}`), `#${background}`)).toBeGreaterThanOrEqual(4.5);
    });
  }
  it('plain code and line numbers too', () => {
    expect(contrast(colourOf('code.code-grid'), `#${background}`)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colourOf('.code-view .ln'), `#${background}`)).toBeGreaterThanOrEqual(4.5);
  });
});
