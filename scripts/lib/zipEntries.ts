/** Read the entries of a ZIP file (a .pptx, a .docx …) with fflate: enough for tests to look inside. */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

/** Every file of a ZIP archive, by name, uncompressed; a file that is not a ZIP archive throws naming it. */
export function readZip(file: string): Map<string, Buffer> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(readFileSync(file));
  } catch (err) {
    throw new Error(`${file}: not a readable ZIP archive (${err instanceof Error ? err.message : String(err)})`);
  }
  return new Map(Object.entries(files).map(([name, bytes]) => [name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]));
}

/** Every file of a ZIP archive held in memory (e.g. a workbook embedded in a .pptx), by name. */
export function readZipBytes(bytes: Uint8Array): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, b]) => [name, Buffer.from(b.buffer, b.byteOffset, b.byteLength)]));
}

/** The text runs (<a:t>…</a:t>) of a DrawingML part, XML entities decoded, joined by spaces. */
export function drawingText(xml: string): string {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1])).join(' ');
}
