import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeTableDownloads } from '../lib/downloads/export-tables.ts';
import { SITE_NAME } from '../site.config.ts';

/**
 * After every page is written: each captioned table's CSV and slide-ready SVG beside its page,
 * read from the tables as built. Listed before the build checks, so their link check finds the files.
 */
export function tableDownloadsIntegration(): AstroIntegration {
  return {
    name: 'table-downloads',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const count = await writeTableDownloads(fileURLToPath(dir), 'content/references', SITE_NAME);
        logger.info(`${count} tables as CSV and SVG in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
