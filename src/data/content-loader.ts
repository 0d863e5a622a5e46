import type { Loader } from 'astro/loaders';
import { checkContent } from '../lib/content/check.ts';
import { collectionFiles, loadContent, loadSiteFigures, type RawEntry } from '../lib/content/files.ts';
import type { ContentError } from '../lib/errors.ts';
import { processShared } from '../lib/process-shared.ts';
import type { CollectionName } from '../schemas/common.ts';

const CONTENT_ROOT = 'content';

/**
 * Every file read once and checked once, for all collections together (the rules cross collections),
 * and once per build however many copies of this module the build loads (astro.config.mjs reads the
 * reference keys from it too).
 */
const shared = processShared<{ checked?: { entries: RawEntry[]; errors: ContentError[] } }>('checked-content', () => ({}));
let watching = false;
/** Each collection's refresh, for the one watcher listener. */
const resyncs = new Map<CollectionName, () => Promise<void>>();
function readAndCheck(): { entries: RawEntry[]; errors: ContentError[] } {
  const loaded = loadContent(CONTENT_ROOT);
  return { entries: loaded.entries, errors: [...loaded.errors, ...checkContent(loaded.entries, loadSiteFigures()).errors] };
}

/** The content as read for this build: what the Markdown pipeline knows of it (the reference keys a citation may use). */
export function contentEntries(): readonly RawEntry[] {
  shared.checked ??= readAndCheck();
  return shared.checked.entries;
}

/**
 * The one content reader: Astro's content layer loads each collection through the same reader and
 * check as `node scripts/check-content.ts` (src/lib/content/), so what the check passed is what the
 * pages render. Any problem stops the build before a page is written, every one listed by file and field.
 */
export function checkedCollection(collection: CollectionName): Loader {
  return {
    name: 'checked-content',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const sync = async () => {
        shared.checked ??= readAndCheck();
        const { entries, errors } = shared.checked;
        if (errors.length > 0) {
          const error = new Error(`Content check failed with ${errors.length} problem(s):\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
          error.stack = error.message;
          throw error;
        }
        const mdx = collectionFiles[collection].extension === '.mdx';
        store.clear();
        for (const entry of entries.filter((e) => e.collection === collection)) {
          const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.file });
          const digest = generateDigest(entry.source);
          // An MDX body is rendered by Astro's MDX integration when a page asks for it, as with the glob loader.
          store.set(mdx ? { id: entry.id, data, body: entry.body, filePath: entry.file, digest, deferredRender: true } : { id: entry.id, data, filePath: entry.file, digest });
        }
      };
      await sync();
      if (!watcher) return;
      // In `astro dev`, an edit to any content file reads and checks everything again and refreshes this
      // collection; a problem is logged, and the last good content stays until it is fixed.
      resyncs.set(collection, () => sync().catch((error: Error) => logger.error(error.message)));
      if (watching) return;
      watching = true;
      watcher.on('all', (_event, path) => {
        if (!path.includes(`/${CONTENT_ROOT}/`)) return;
        shared.checked = undefined;
        for (const resync of resyncs.values()) void resync();
      });
    },
  };
}
