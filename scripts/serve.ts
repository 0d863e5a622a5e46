// Serves the built site (dist/) on http://localhost:4321 (or PORT), as a static host would.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from './static-server.ts';
import { siteSettings } from '../src/site.config.ts';

const dist = resolve('dist');
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const { base } = siteSettings(process.env);
const { origin } = await serveStatic(dist, base, Number(process.env.PORT ?? 4321), 'localhost');
console.log(`Serving dist/ at ${origin}${base} (Ctrl+C to stop)`);
