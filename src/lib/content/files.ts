import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError, displayPath } from '../errors.ts';
import type { CollectionName } from '../../schemas/common.ts';

/** The folder of each collection under content/ and the file type it holds. */
export const collectionFiles: Record<CollectionName, { folder: string; extension: string }> = {
  agents: { folder: 'agents', extension: '.mdx' },
  mechanisms: { folder: 'mechanisms', extension: '.mdx' },
  trials: { folder: 'trials', extension: '.mdx' },
  references: { folder: 'references', extension: '.json' },
  glossary: { folder: 'glossary', extension: '.yaml' },
  synonyms: { folder: 'synonyms', extension: '.yaml' },
};

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Project-relative path, used in every message. */
  file: string;
  data: unknown;
  /** MDX body (empty for data files). */
  body: string;
  /** Line of the body's first line in the file, so body line numbers can be reported as file lines. */
  bodyLine: number;
  /** The file's text as read, so nothing reads it again (the content layer's digest). */
  source: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
// ignoreBOM keeps a byte-order mark in the text, so the check sees it and refuses it as Astro's loader would.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads one content file; every failure names the file. */
export function readEntry(collection: CollectionName, path: string): RawEntry {
  const file = displayPath(path);
  const { extension } = collectionFiles[collection];
  const name = path.split(/[\\/]/).pop() ?? path;
  const id = name.slice(0, -extension.length);
  let text: string;
  try {
    text = utf8.decode(readFileSync(path));
  } catch {
    throw new ContentError(file, '(file)', 'is not valid UTF-8 text', 're-save it as UTF-8');
  }
  // A byte-order mark is invisible in an editor; JSON.parse and the frontmatter reader would both choke on it.
  if (text.startsWith('\uFEFF')) throw new ContentError(file, '(file)', 'starts with a byte-order mark (BOM)', 're-save it as UTF-8 without BOM');
  if (text.trim() === '') throw new ContentError(file, '(file)', 'is empty');
  if (extension === '.json') {
    try {
      return { collection, id, file, data: JSON.parse(text), body: '', bodyLine: 0, source: text };
    } catch (error) {
      throw new ContentError(file, '(file)', `is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (extension === '.yaml') return { collection, id, file, data: parseYamlIn(file, text, '(file)'), body: '', bodyLine: 0, source: text };
  // An empty block (---, ---) is a frontmatter with no fields, not a missing one: let the schema name what is required.
  const match = /^---\r?\n---\r?\n?/.exec(text) ? ['---\n---\n', ''] : FRONTMATTER.exec(text);
  if (!match) throw new ContentError(file, 'frontmatter', 'is missing: start the file with a --- fenced YAML block');
  const data = match[1].trim() === '' ? {} : parseYamlIn(file, match[1], 'frontmatter');
  if (data === null || typeof data !== 'object') throw new ContentError(file, 'frontmatter', 'must be a YAML mapping of fields');
  return { collection, id, file, data, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length, source: text };
}

function parseYamlIn(file: string, text: string, field: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw new ContentError(file, field, `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

export interface LoadResult {
  entries: RawEntry[];
  errors: ContentError[];
}

/** Reads every collection under a content root. Files of the wrong type are errors, never silently skipped. */
export function loadContent(root: string): LoadResult {
  const entries: RawEntry[] = [];
  const errors: ContentError[] = [];
  for (const [collection, { folder, extension }] of Object.entries(collectionFiles) as Array<[CollectionName, { folder: string; extension: string }]>) {
    const dir = join(root, folder);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (name.startsWith('.')) continue;
      if (statSync(path).isDirectory()) {
        // Astro's loader reads only the collection's own folder: a file in a sub-folder would never be published.
        errors.push(new ContentError(displayPath(path), '(folder)', `is a sub-folder of content/${folder}/, whose files would be ignored`, `move its files up into content/${folder}/`));
        continue;
      }
      if (!name.endsWith(extension)) {
        errors.push(new ContentError(displayPath(path), '(file)', `is not a ${extension} file, so it would be ignored`, `rename it to end in ${extension} or move it out of content/${folder}/`));
        continue;
      }
      const id = name.slice(0, -extension.length);
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
        errors.push(new ContentError(displayPath(path), '(file name)', `"${id}" is not a valid id: use lower-case kebab-case, which is also the page URL`));
        continue;
      }
      try {
        entries.push(readEntry(collection, path));
      } catch (error) {
        if (error instanceof ContentError) errors.push(error);
        else throw error;
      }
    }
  }
  return { entries, errors };
}

/** A figure the site itself writes (src/figures/*.mdx): no frontmatter, but a body whose citations and diagram the content check must see. */
export interface SiteFigureFile {
  file: string;
  body: string;
}

/** Reads the site's own figures; a missing folder is no figures. */
export function loadSiteFigures(dir = 'src/figures'): SiteFigureFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const path = join(dir, name);
    return { file: displayPath(path), body: utf8.decode(readFileSync(path)) };
  });
}
