import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDir } from '../../../scripts/lib/serve.ts';

const work = mkdtempSync(join(tmpdir(), 'serve-'));
writeFileSync(join(work, 'index.html'), '<p>ok</p>');
let server: Awaited<ReturnType<typeof serveDir>>;
beforeAll(async () => {
  server = await serveDir(work);
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** GET a raw path (fetch would normalise it) and return the status. */
function statusOf(path: string): Promise<number> {
  const { port } = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serveDir', () => {
  it('answers 400 to a malformed percent-escape and keeps serving', async () => {
    expect(await statusOf('/%E0%A4%A')).toBe(400);
    expect(await statusOf('/')).toBe(200);
  });
  it('serves files, 404s what is missing or outside the folder', async () => {
    expect(await statusOf('/index.html')).toBe(200);
    expect(await statusOf('/missing.js')).toBe(404);
    expect(await statusOf('/..%2F..%2Fetc%2Fpasswd')).toBe(404);
  });
});
