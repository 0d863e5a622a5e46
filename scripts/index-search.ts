// Builds the Pagefind search index for dist/ after `astro build`.
import * as pagefind from 'pagefind';

const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
// OUT_DIR lets the reproducibility test build a second copy beside dist/.
const outDir = process.env.OUT_DIR ?? 'dist';
const added = await index.addDirectory({ path: outDir });
if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Pagefind: indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
