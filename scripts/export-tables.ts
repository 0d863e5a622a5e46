// Writes each table's CSV and slide-ready SVG beside its page in dist/, after `astro build`.
import { writeTableDownloads } from '../src/lib/downloads/export-tables.ts';
import { SITE_NAME } from '../src/site.config.ts';

const started = performance.now();
// OUT_DIR lets the reproducibility test build a second copy beside dist/.
const count = await writeTableDownloads(process.env.OUT_DIR ?? 'dist', 'content/references', SITE_NAME);
console.log(`Table downloads: ${count} tables as CSV and SVG in ${Math.round(performance.now() - started)} ms`);
