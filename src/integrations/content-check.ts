import type { AstroIntegration } from 'astro';
import { loadContent, loadSiteFigures } from '../lib/content/files.ts';
import { checkContent } from '../lib/content/check.ts';

/**
 * Checks all content before Astro builds anything, so bad input stops the build
 * with every problem listed by file and field, and no partial dist/ is written.
 */
export function contentCheck(root = 'content'): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const loaded = loadContent(root);
        const errors = [...loaded.errors, ...checkContent(loaded.entries, loadSiteFigures()).errors];
        if (errors.length === 0) return;
        for (const error of errors) logger.error(error.message);
        const error = new Error(`Content check failed with ${errors.length} problem(s):\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
        error.stack = error.message;
        throw error;
      },
    },
  };
}
