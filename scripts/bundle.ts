// Writes bundle/her2-gastric-review-<version>.zip: the built site as a folder a teacher can unzip
// and open by double-clicking index.html, with no network and no server (file:// URLs).
//
//   npm run bundle             uses dist/ (builds it first when it is missing)
//   npm run bundle -- --build  rebuilds dist/ first
//
// What changes between dist/ and the bundle, and why:
// - Every internal URL in every page (links, sources, srcsets, stylesheets, scripts, form actions,
//   inline SVG links, CSS url()) and in every standalone SVG becomes relative and names
//   index.html for a folder: on file:// "/" is the root of the disk and nothing maps a folder
//   to its index.html.
// - Module scripts become classic scripts (bundled with esbuild): Chromium refuses module
//   scripts on file://.
// - Vite's preload helper (wrapped around the on-demand import of the search code) is replaced by a
//   plain call: the classic script already holds that code, and the helper would resolve chunk
//   URLs against import.meta.url, which a classic script does not have.
// - Pagefind cannot run on file:// (it fetches its index and WebAssembly), so search/offline-index.js
//   holds each page's title, aliases, summary and filters, and the search page uses it there.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { relativePath, rewriteUrl, type RewriteOptions } from '../src/lib/bundle/relative-url.ts';
import { CSS_FILE_URL, extractSearchRecord, rewritePageTree } from '../src/lib/bundle/rewrite-html.ts';
import { filesUnder } from '../src/lib/files-under.ts';
import { rewriteSvgLinks } from '../src/lib/bundle/rewrite-svg.ts';
import { OFFLINE_INDEX_FILE, offlineIndexScript, type SearchRecord } from '../src/lib/bundle/offline-search.ts';
import { isDevelopmentAddress, siteSettings } from '../src/site.config.ts';

const started = performance.now();
const DIST = resolve('dist');
const OUT_DIR = resolve('bundle');
/** The search page's file in the site; the offline index sits beside it and its URLs are relative to it. */
const SEARCH_PAGE = 'search/index.html';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const name = `her2-gastric-review-${version}`;
const { base } = siteSettings(process.env);

if (process.argv.includes('--build') || !existsSync(join(DIST, 'index.html'))) {
  console.log('Bundle: building the site first (npm run build)');
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('Bundle: `npm run build` failed; fix the build, then run `npm run bundle` again');
} else {
  console.log(`Bundle: using dist/ built ${statSync(join(DIST, 'index.html')).mtime.toISOString()} (add -- --build to rebuild it)`);
}
if (!existsSync(join(DIST, SEARCH_PAGE))) throw new Error(`Bundle: dist/${SEARCH_PAGE} is missing; the offline search index goes beside it`);

function canonicalUrl(tree: Root): string | undefined {
  let href: string | undefined;
  visit(tree, 'element', (node: Element) => {
    const rel = node.properties.rel;
    if (node.tagName === 'link' && Array.isArray(rel) && rel.includes('canonical') && typeof node.properties.href === 'string') href = node.properties.href;
  });
  return href;
}

const staging = mkdtempSync(join(tmpdir(), 'her2-bundle-'));
const root = join(staging, name);
try {
  cpSync(DIST, root, { recursive: true });
  const files = filesUnder(root);
  const fileSet = new Set(files);
  const folders = new Set(
    files.flatMap((f) =>
      f
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  const options: RewriteOptions = { base, isDirectory: (p) => folders.has(p.replace(/\/+$/, '')) };

  const links: Array<{ file: string; href: string; target: string }> = [];
  const outside: Array<{ file: string; href: string }> = [];
  const moduleScripts = new Set<string>();
  const records: SearchRecord[] = [];
  /** Rewrites one URL found in `file`, noting where it leads so every target can be checked below. */
  const rewriterFor = (file: string) => (url: string) => {
    const result = rewriteUrl(file, url, options);
    if (result.target !== undefined) links.push({ file, href: result.href, target: result.target });
    else if (/^\/(?!\/)/.test(url.trim())) outside.push({ file, href: url });
    return result.href;
  };

  let pages = 0;
  let canonical: string | undefined;
  for (const file of files) {
    const path = join(root, file);
    if (file.endsWith('.html')) {
      const tree = fromHtml(readFileSync(path, 'utf8'));
      const report = rewritePageTree(tree, file, { ...options, classicScripts: true });
      links.push(...report.links.map((l) => ({ file, ...l })));
      outside.push(...report.outside.map((href) => ({ file, href })));
      report.moduleScripts.forEach((s) => moduleScripts.add(s));
      if (file === 'index.html') canonical = canonicalUrl(tree);
      const record = extractSearchRecord(tree, relativePath(SEARCH_PAGE, file));
      if (record) records.push(record);
      writeFileSync(path, toHtml(tree));
      pages += 1;
    } else if (file.endsWith('.svg')) {
      const svg = readFileSync(path, 'utf8');
      let next: string;
      try {
        next = rewriteSvgLinks(svg, rewriterFor(file), file);
      } catch (error) {
        throw new Error(`Bundle: dist/${file} is not well-formed XML, so its links cannot be rewritten: ${(error as Error).message.split('\n')[0]}`, { cause: error });
      }
      if (next !== svg) writeFileSync(path, next);
    } else if (file.endsWith('.css') && !file.startsWith('pagefind/') && CSS_FILE_URL.test(readFileSync(path, 'utf8'))) {
      // Pagefind ships style sheets for its own UIs, which the site does not use (and offline, search reads the bundle's own index).
      throw new Error(`Bundle: dist/${file} has a CSS url() of a file, which the offline bundle does not rewrite (the site's style sheets have none)`);
    }
  }

  // Each module entry (and the chunks it imports) becomes one self-contained classic script in its place.
  const noPreload = {
    name: 'no-preload-helper',
    setup(plugin: { onLoad(options: { filter: RegExp }, callback: (args: { path: string }) => { contents: string; loader: 'js' }): void }) {
      plugin.onLoad({ filter: /preload-helper\.[\w-]+\.js$/ }, (args) => {
        const exported = /export\s*\{\s*\w+\s+as\s+(\w+)\s*\}/.exec(readFileSync(args.path, 'utf8'))?.[1] ?? 'default';
        return { contents: `const load = (importer) => importer(); export { load as ${exported} };`, loader: 'js' };
      });
    },
  };
  for (const script of moduleScripts) {
    const result = await build({
      plugins: [noPreload],
      entryPoints: [join(DIST, script)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      write: false,
      logLevel: 'error',
    });
    writeFileSync(join(root, script), result.outputFiles[0].contents);
  }

  const indexFile = join(dirname(SEARCH_PAGE), OFFLINE_INDEX_FILE);
  const indexScript = offlineIndexScript(records);
  writeFileSync(join(root, indexFile), indexScript);
  fileSet.add(indexFile);

  const missing = links.filter((l) => !fileSet.has(l.target));
  if (missing.length > 0 || outside.length > 0) {
    const lines = [
      ...missing.map((l) => `  ${l.file}: "${l.href}" leads to ${l.target}, which is not in the site`),
      ...outside.map((o) => `  ${o.file}: "${o.href}" is outside the base path ${base}, so it cannot work offline`),
    ];
    throw new Error(`Bundle: ${lines.length} URL${lines.length === 1 ? '' : 's'} would be broken offline:\n${lines.slice(0, 40).join('\n')}`);
  }

  // Timestamps in the zip: SOURCE_DATE_EPOCH when set, so a release build can be reproduced byte for byte.
  const mtime = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
  const zippable: Zippable = {};
  for (const file of filesUnder(root)) {
    zippable[`${name}/${file}`] = [readFileSync(join(root, file)), { mtime }];
  }
  const zip = zipSync(zippable, { level: 9 });
  mkdirSync(OUT_DIR, { recursive: true });
  const zipPath = join(OUT_DIR, `${name}.zip`);
  writeFileSync(zipPath, zip);

  // Citations and "cite this page" name the public address; a local build names localhost instead.
  if (canonical && isDevelopmentAddress(canonical)) {
    console.warn(`Bundle: note: permalinks in this copy point at ${canonical}; build with SITE_URL set to the public address (npm run bundle -- --build) for a copy to hand out`);
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `Bundle: ${pages} pages, ${links.length} internal URLs made relative and checked, ${moduleScripts.size} module scripts made classic, ` +
      `offline search index of ${records.length} pages (${kb(indexScript.length)})`,
  );
  console.log(
    `Bundle: wrote ${relative(process.cwd(), zipPath)} (${kb(zip.length)}, ${Object.keys(zippable).length} files) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  rmSync(staging, { recursive: true, force: true });
}
