import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** Text types a static host compresses; Lighthouse measures bytes as served, so an uncompressed server would misstate page weight. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.csv']);

/**
 * How long a browser may keep a file, as the README's deployment notes ask of a host: files whose
 * names carry a content hash (Astro's bundles, Pagefind's index chunks) never change, so they are
 * kept for a year; everything else is revalidated on each use (a 304 when unchanged), so a
 * corrected page reaches readers at once.
 */
export function cacheControl(path: string): string {
  const hashed = /\/_astro\/|\/pagefind\/(?:index|fragment|filter)\/|\.pf_meta$/.test(path.replaceAll('\\', '/'));
  return hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
}

/** Serves a built site folder on localhost under a base path, as a static host would (gzip, validators and caching included). */
export function serveStatic(root: string, base = '/', port = 0, host = '127.0.0.1'): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(base.length))));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      createReadStream(join(root, '404.html')).pipe(response);
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const stats = statSync(path);
    const gzip = COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const etag = `"${stats.size.toString(36)}-${Math.trunc(stats.mtimeMs).toString(36)}${gzip ? '-gz' : ''}"`;
    const headers = { 'Content-Type': type, 'Cache-Control': cacheControl(path), ETag: etag, ...(COMPRESSIBLE.has(extname(path)) ? { Vary: 'Accept-Encoding' } : {}) };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    if (gzip) {
      response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' });
      createReadStream(path).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, headers);
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, origin: `http://${host}:${actual}` });
    }),
  );
}
