import { PUBLIC_SITE_URL } from '../site.config.ts';
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCheckFailures, buildChecks, insertBuildChecks } from '../lib/build-checks.ts';
import type { BuiltPage } from '../lib/linkcheck.ts';
import { filesUnder } from '../lib/files-under.ts';
import { bodyParses } from '../lib/markdown/body-trees.ts';

/** The page that reports the result; it renders the placeholder that is replaced here. */
export const INTEGRITY_PAGE = 'about/integrity/index.html';

/**
 * After every page is written: checks each internal link and #anchor, counts captioned
 * tables, described diagrams and images with alt text, stops the build on any failure,
 * and writes the numbers into the integrity page. Runs before Pagefind indexes dist/,
 * so search sees the final page. Only numbers are written (no time), so the output stays
 * byte-identical for the same commit.
 */
export function buildChecksIntegration(): AstroIntegration {
  let base = '/';
  let site = PUBLIC_SITE_URL;
  return {
    name: 'build-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (config.site) site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = filesUnder(root).map((file) => base + file);
        const pages: BuiltPage[] = files
          .filter((file) => file.endsWith('.html'))
          .map((file) => ({ path: file.replace(/index\.html$/, ''), html: readFileSync(join(root, file.slice(base.length)), 'utf8') }));
        const checks = buildChecks(pages, new Set(files), site);
        const failures = buildCheckFailures(checks);
        if (failures.length > 0) {
          const error = new Error(`Build checks failed with ${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
          error.stack = error.message;
          throw error;
        }
        const integrity = join(root, INTEGRITY_PAGE);
        writeFileSync(integrity, insertBuildChecks(readFileSync(integrity, 'utf8'), checks));
        const a = checks.accessibility;
        const parses = bodyParses();
        logger.info(`MDX bodies: ${parses.handedOver} rendered from the content check's parse, ${parses.parsedAgain} parsed again`);
        logger.info(
          `${checks.links} internal links (${checks.anchors} anchors) on ${checks.pages} pages, 0 broken; ${a.tables} tables captioned, ${a.diagrams} diagrams described, ${a.images} images with alt`,
        );
      },
    },
  };
}
