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

/** Serves a built site folder on localhost under a base path, as a static host would (gzip included). */
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
    if (COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(path).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'Content-Type': type });
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
