// @ts-check
import { defineConfig } from 'astro/config';
import { contentEntries } from './src/data/content-loader.ts';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/lib/markdown/remark-citations.ts';
import { remarkMermaid } from './src/lib/markdown/remark-mermaid.ts';
import { remarkBaseLinks } from './src/lib/markdown/remark-base-links.ts';
import { remarkSafeContent } from './src/lib/markdown/remark-safe-content.ts';
import { remarkParsedOnce } from './src/lib/markdown/body-trees.ts';
import { projectDiagramCache, renderDiagramMisses } from './src/lib/diagrams/project.ts';
import { buildChecksIntegration } from './src/integrations/build-checks.ts';
import { siteSettings } from './src/site.config.ts';

const { site, base } = siteSettings(process.env);
// The keys a citation may use, from the same reading of content/ that the content layer loads.
const referenceKeys = () => new Set(contentEntries().flatMap((e) => (e.collection === 'references' ? [e.id] : [])));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages are static files; no dev toolbar or prefetch script is shipped.
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    // Every page but the 404 and the printable cards (which name their entry as canonical).
    sitemap({ filter: (page) => !/\/404\/?$|\/card\/$/.test(page) }),
    buildChecksIntegration(),
  ],
  markdown: {
    // Astro 7's default engine runs no remark plugins; citations and diagrams need unified.
    processor: unified({
      remarkPlugins: [
        // The body as the content check parsed it, not parsed again.
        remarkParsedOnce,
        remarkSafeContent,
        [remarkBaseLinks, { base }],
        [remarkCitations, { knownKeys: referenceKeys }],
        [remarkMermaid, { cache: projectDiagramCache, render: renderDiagramMisses, base }],
      ],
      smartypants: false,
    }),
    syntaxHighlight: false,
  },
  vite: {
    build: {
      // Scripts ship as files, never inline, so a strict Content-Security-Policy can forbid inline script.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Every MDX module triggers this harmless notice; hide it so real warnings stay visible.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
