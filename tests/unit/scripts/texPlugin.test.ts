import { describe, expect, it } from 'vitest';
import { typesetLiteralTex } from '../../../scripts/build/texPlugin.ts';
import { tex } from '../../../src/deck/tex.ts';

const head = "import { tex } from '../src/deck/tex.ts';\n";

describe('typesetLiteralTex (the slides formulas typeset at build time)', () => {
  it('replaces literal calls by the HTML tex() returns, inline and display', () => {
    const src = `${head}const a = tex('\\\\mu + \\\\sigma');\nconst b = tex(\n  'z \\\\sim \\\\mathcal{N}(0, I)',\n  true,\n);`;
    const { code, count } = typesetLiteralTex(src);
    expect(count).toBe(2);
    expect(code).toContain(JSON.stringify(tex('\\mu + \\sigma')));
    expect(code).toContain(JSON.stringify(tex('z \\sim \\mathcal{N}(0, I)', true)));
    expect(code).not.toMatch(/tex\('/);
  });

  it('leaves computed calls, other functions and files without the import alone', () => {
    const src = `${head}const c = tex(\`\\\\mu \\\\pm \${s}\`); const d = tex('a' + b); texInto(el, 'x'); liveTex('y');`;
    expect(typesetLiteralTex(src)).toEqual({ code: src, count: 0 });
    const noImport = "const e = tex('x');";
    expect(typesetLiteralTex(noImport)).toEqual({ code: noImport, count: 0 });
  });

  it('keeps the quote and backslash escapes of the source', () => {
    const { code, count } = typesetLiteralTex(`${head}const c = tex('\\\\text{l\\'un}')`);
    expect(count).toBe(1);
    expect(new Function(`${code.replace(head, '')}; return c;`)()).toBe(tex("\\text{l'un}"));
  });

  it('a formula KaTeX rejects fails the build, as it fails the page', () => {
    expect(() => typesetLiteralTex(`${head}tex('\\\\frac{1}')`)).toThrow();
  });
});
