import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { csvFromRows } from '../csv.ts';
import { shortReference } from './footer.ts';
import { pageHead, pageTables } from './table-grid.ts';
import { tableSvg } from './table-svg.ts';

async function htmlPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Reads reference short labels lazily from content/references/<key>.json. */
function referenceLabels(referencesDir: string): (key: string) => Promise<string> {
  const known = new Map<string, string>();
  return async (key) => {
    if (!known.has(key)) known.set(key, shortReference(JSON.parse(await readFile(join(referencesDir, `${key}.json`), 'utf8'))));
    return known.get(key)!;
  };
}

/**
 * After the build: every captioned table of every page gets a CSV and a slide-ready SVG
 * beside the page, taken from the table as built so the downloads can never disagree
 * with what the page shows. Returns the number of tables written.
 */
export async function writeTableDownloads(distDir: string, referencesDir: string, siteName: string): Promise<number> {
  const label = referenceLabels(referencesDir);
  let count = 0;
  for (const file of await htmlPages(distDir)) {
    const html = await readFile(file, 'utf8');
    // Most pages have no table; skip parsing them.
    if (!html.includes('<table')) continue;
    const tree = fromHtml(html);
    const tables = pageTables(tree);
    if (tables.length === 0) continue;
    const head = pageHead(tree);
    if (!head.url) throw new Error(`${file}: page has tables but no canonical URL to print in their download footer`);
    const dir = file.slice(0, file.lastIndexOf('/'));
    for (const table of tables) {
      const sources = await Promise.all(table.sources.map(label));
      const info = { caption: table.caption, siteName, url: `${head.url}#${table.anchor}`, reviewed: head.reviewed ?? 'undated', sources };
      await writeFile(join(dir, `${table.anchor}.csv`), csvFromRows([table.grid.header, ...table.grid.rows]));
      await writeFile(join(dir, `${table.anchor}.svg`), tableSvg(table.grid, info));
      count += 1;
    }
  }
  return count;
}
