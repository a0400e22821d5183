import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const mime: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Options for serveDir. */
export interface ServeOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Extra response headers (e.g. COOP/COEP). */
  headers?: Record<string, string>;
  /** Rewrite a request path before it is served (fault injection in tests); return null for a 404. */
  rewrite?: (path: string) => string | null;
  /** Answer some paths with these bytes instead of the file (fault injection: truncated/corrupt files). */
  override?: (path: string) => Uint8Array | null;
}

/** Serve a folder over HTTP on 127.0.0.1 (only), with correct MIME types for wasm and fonts. */
export async function serveDir(dir: string, opts: ServeOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      // A malformed escape (`/%E0%A4%A`) is the client's error, not a reason to bring the server down.
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request: malformed URL');
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    if (opts.rewrite) {
      const rewritten = opts.rewrite(path);
      if (rewritten === null) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      path = rewritten;
    }
    const headers = { 'cache-control': 'no-store', ...opts.headers };
    const override = opts.override?.(path);
    if (override) {
      res.writeHead(200, { ...headers, 'content-type': mime[extname(path)] ?? 'application/octet-stream' });
      res.end(Buffer.from(override));
      return;
    }
    const file = normalize(join(root, path));
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': mime[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
