/**
 * Synthetic corpora for the benchmark, grown from the real content so every
 * entry has the real schemas, the real mix of frontmatter, Mermaid blocks and
 * `[@key]` citations. Entry i of a collection is a copy of real entry
 * (i mod n); copy 0 keeps the real id, copy k gets `<id>-s<k>`, and every
 * cross-link, citation, body link and figure id is rewritten to point inside
 * the synthetic corpus. Diagram sources stay byte-for-byte as they are, so they
 * hit the committed diagram cache, except for a node link (`click X href`) to an
 * entry the corpus lacks: that one is pointed inside the corpus and the changed
 * diagram is rendered before the timed build (scripts/bench/diagrams.ts).
 */
import { stringify as stringifyYaml } from 'yaml';
import { checkContent } from '../../src/lib/content/check.ts';
import { collectLinks, type FoundLink } from '../../src/lib/content/links.ts';
import { collectionFiles, type RawEntry, type SiteFigureFile } from '../../src/lib/content/files.ts';
import { CITATION_PATTERN, findCitations } from '../../src/lib/citations.ts';
import { extractDiagrams } from '../../src/lib/diagrams/source.ts';
import type { CollectionName } from '../../src/schemas/common.ts';

// Synonym groups name real glossary terms and must stay unique, so the synthetic corpus has none: search scale is measured on entries.
/** The collections a synthetic corpus fills; synonym groups are the real site's, not scaled. */
export type CorpusCollection = Exclude<CollectionName, 'synonyms'>;
export const COLLECTIONS = (Object.keys(collectionFiles) as CollectionName[]).filter((c): c is CorpusCollection => c !== 'synonyms');

/**
 * Splits `total` entries across collections in the proportions of `real`
 * (largest remainder, so the parts add up exactly), with at least one of each.
 */
export function allocate(total: number, real: Record<CorpusCollection, number>): Record<CorpusCollection, number> {
  if (!Number.isInteger(total) || total < COLLECTIONS.length) throw new Error(`corpus size must be a whole number of at least ${COLLECTIONS.length}, got ${total}`);
  const realTotal = COLLECTIONS.reduce((sum, c) => sum + real[c], 0);
  const missing = COLLECTIONS.filter((c) => !(real[c] > 0));
  if (missing.length > 0) throw new Error(`the real corpus has no entries in ${missing.join(', ')}`);
  const exact = COLLECTIONS.map((c) => ({ c, share: (total * real[c]) / realTotal }));
  const counts = Object.fromEntries(exact.map(({ c, share }) => [c, Math.max(1, Math.floor(share))])) as Record<CorpusCollection, number>;
  let left = total - COLLECTIONS.reduce((sum, c) => sum + counts[c], 0);
  const byRemainder = [...exact].sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)));
  for (let i = 0; left > 0; i = (i + 1) % byRemainder.length, left--) counts[byRemainder[i].c] += 1;
  // The floor of one may have overshot on tiny totals: take back from the largest collections.
  while (left < 0) {
    const largest = [...COLLECTIONS].sort((a, b) => counts[b] - counts[a])[0];
    counts[largest] -= 1;
    left += 1;
  }
  return counts;
}

/** Small deterministic string hash (FNV-1a), so the same corpus is generated every run. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const synthId = (id: string, copy: number) => (copy === 0 ? id : `${id}-s${copy}`);

interface Planned {
  template: RawEntry;
  copy: number;
  id: string;
}

/** Which synthetic entry a link to real entry `realId` from copy `copy` should point at. */
export class IdMap {
  private readonly ids: Map<CollectionName, string[]>;
  private readonly sets: Map<CollectionName, Set<string>>;

  constructor(plan: Map<CollectionName, Planned[]>) {
    this.ids = new Map([...plan].map(([c, list]) => [c, list.map((p) => p.id)]));
    this.sets = new Map([...this.ids].map(([c, list]) => [c, new Set(list)]));
  }

  target(collection: CollectionName, realId: string, copy: number): string {
    const set = this.sets.get(collection);
    const list = this.ids.get(collection);
    if (!set || !list || list.length === 0) throw new Error(`no synthetic entries in ${collection}`);
    // Same copy first, so a copied trial links to the agents and references of its own copy.
    for (const candidate of [synthId(realId, copy), realId]) if (set.has(candidate)) return candidate;
    // The real target was left out of a small corpus: any entry of the same collection, chosen stably.
    return list[hash(`${collection}/${realId}`) % list.length];
  }
}

function getAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], value);
}

function setAt(value: unknown, path: readonly PropertyKey[], next: unknown): void {
  const parent = getAt(value, path.slice(0, -1)) as Record<PropertyKey, unknown>;
  parent[path[path.length - 1]] = next;
}

type PageCollection = 'agents' | 'mechanisms' | 'trials';
const DIAGRAM_LINK = /(\bclick\s+\S+\s+href\s+")\/(agents|mechanisms|trials)\/([a-z0-9-]+)\//g;

/** The entry pages that Mermaid node links (`click X href "/agents/<id>/"`) in a body point at. */
export function diagramLinks(body: string): Array<{ collection: PageCollection; id: string }> {
  return [...body.matchAll(DIAGRAM_LINK)].map((match) => ({ collection: match[2] as PageCollection, id: match[3] }));
}

/**
 * Rewrites `[@a; @b]` citations (dropping keys that collapse onto the same target), `/agents|mechanisms|trials/<id>/`
 * links in the text and, through `mapDiagramLink`, node links inside diagrams (left alone by default).
 */
export function rewriteBody(
  body: string,
  mapRef: (key: string) => string,
  mapPage: (collection: CollectionName, id: string) => string,
  figureSuffix: string,
  mapDiagramLink: (collection: CollectionName, id: string) => string = (_collection, id) => id,
): string {
  return body
    .replace(CITATION_PATTERN, (_all, inner: string) => {
      const keys = [...new Set(inner.split(';').map((part) => mapRef(part.trim().slice(1))))];
      return `[${keys.map((k) => `@${k}`).join('; ')}]`;
    })
    .replace(/\]\(\/(agents|mechanisms|trials)\/([a-z0-9-]+)\//g, (_all, collection: CollectionName, id: string) => `](/${collection}/${mapPage(collection, id)}/`)
    .replace(/^(```mermaid[^\n]*\bid=")([^"]+)"/gm, (_all, head: string, id: string) => `${head}${id}${figureSuffix}"`)
    .replace(DIAGRAM_LINK, (_all, head: string, collection: CollectionName, id: string) => `${head}/${collection}/${mapDiagramLink(collection, id)}/`);
}

/** Names must stay unique per collection (the checker rejects a repeated title or alias), so copies are tagged. */
function tagNames(data: Record<string, unknown>, collection: CollectionName, copy: number): void {
  if (copy === 0 || collection === 'references') return;
  const tag = ` S${copy}`;
  const nameField = collection === 'glossary' ? 'term' : 'title';
  if (typeof data[nameField] === 'string') data[nameField] = `${data[nameField]}${tag}`;
  if (Array.isArray(data.aliases)) data.aliases = data.aliases.map((a) => `${a}${tag}`);
}

const citedKeys = (body: string) => findCitations(body).flatMap((match) => match.keys);

export interface GeneratedFile {
  /** Path under content/, e.g. `agents/trastuzumab-s2.mdx`. */
  path: string;
  text: string;
}

export interface GeneratedCorpus {
  files: GeneratedFile[];
  counts: Record<CorpusCollection, number>;
  /** Mermaid blocks in the generated bodies (each is a copy of a real one). */
  diagrams: number;
  /** Of those, the blocks whose node links had to be pointed at other entries, so they miss the diagram cache. */
  changedDiagrams: number;
  /** References no copied page happened to cite, given a "Further reading" sentence on some page. */
  addedCitations: number;
}

function serialise(collection: CollectionName, data: unknown, body: string): string {
  const { extension } = collectionFiles[collection];
  if (extension === '.json') return `${JSON.stringify(data, null, 2)}\n`;
  if (extension === '.yaml') return stringifyYaml(data);
  return `---\n${stringifyYaml(data)}---\n${body}`;
}

/**
 * Builds a corpus of `total` entries from the real entries. Throws if the real
 * content does not pass the content check, or if a link in the parsed data has
 * no plain id at the same place in the file (the generator would miss it).
 */
export function generateCorpus(real: readonly RawEntry[], total: number, siteFigures: readonly SiteFigureFile[] = []): GeneratedCorpus {
  const { errors, checked } = checkContent(real, siteFigures);
  if (errors.length > 0) throw new Error(`the real content does not pass its check, so it cannot seed a corpus:\n${errors.map((e) => e.message).join('\n')}`);
  const links = new Map<string, FoundLink[]>(checked.map((e) => [`${e.collection}/${e.id}`, collectLinks(e.parsed)]));

  const realCounts = Object.fromEntries(COLLECTIONS.map((c) => [c, real.filter((e) => e.collection === c).length])) as Record<CollectionName, number>;
  const counts = allocate(total, realCounts);
  // The site's own figures (src/figures/) are built with every corpus and cite references by their
  // real ids, so those references come first and keep their ids in a corpus of any size.
  const figureKeys = new Set(siteFigures.flatMap((figure) => citedKeys(figure.body)));
  if (counts.references < figureKeys.size)
    throw new Error(`a corpus of ${total} entries has ${counts.references} references, fewer than the ${figureKeys.size} the site's figures cite`);
  // Diagrams are copied with their node links; the entries those links name come first too, so that in most
  // corpora the links resolve unchanged and the diagrams hit the cache.
  const diagramTargets = new Set(real.flatMap((e) => diagramLinks(e.body).map((link) => `${link.collection}/${link.id}`)));
  const keptFirst = (e: RawEntry) => (e.collection === 'references' ? figureKeys.has(e.id) : diagramTargets.has(`${e.collection}/${e.id}`));
  const plan = new Map<CollectionName, Planned[]>();
  for (const collection of COLLECTIONS) {
    const templates = real.filter((e) => e.collection === collection).sort((a, b) => Number(keptFirst(b)) - Number(keptFirst(a)) || a.id.localeCompare(b.id));
    plan.set(
      collection,
      Array.from({ length: counts[collection] }, (_, i) => {
        const template = templates[i % templates.length];
        const copy = Math.floor(i / templates.length);
        return { template, copy, id: synthId(template.id, copy) };
      }),
    );
  }
  const ids = new IdMap(plan);

  const out: Array<{ collection: CollectionName; id: string; data: Record<string, unknown>; body: string }> = [];
  const cited = new Set<string>(figureKeys);
  let diagrams = 0;
  let changedDiagrams = 0;
  for (const [collection, list] of plan) {
    for (const { template, copy, id } of list) {
      const data = structuredClone(template.data) as Record<string, unknown>;
      const linkArrays = new Set<string>();
      for (const link of links.get(`${collection}/${template.id}`) ?? []) {
        if (getAt(data, link.path) !== link.id)
          throw new Error(`${template.file}: link ${link.path.join('.')} to ${link.collection}/${link.id} is not a plain id in the file, so the generator cannot rewrite it`);
        const target = ids.target(link.collection as CollectionName, link.id, copy);
        if (link.collection === 'references') cited.add(target);
        setAt(data, link.path, target);
        if (Array.isArray(getAt(data, link.path.slice(0, -1)))) linkArrays.add(JSON.stringify(link.path.slice(0, -1)));
      }
      // Two real links can land on one synthetic entry in a small corpus; a list must not name it twice.
      for (const key of linkArrays) {
        const path = JSON.parse(key) as PropertyKey[];
        setAt(data, path, [...new Set(getAt(data, path) as string[])]);
      }
      tagNames(data, collection, copy);
      const body = rewriteBody(
        template.body,
        (key) => ids.target('references', key, copy),
        (c, target) => ids.target(c, target, copy),
        copy === 0 ? '' : `-s${copy}`,
        // Every copy's diagram links to the real ids where the corpus has them, so copies share one cached render.
        (c, target) => ids.target(c, target, 0),
      );
      const sources = (text: string) => extractDiagrams(text).map((d) => d.source);
      const before = sources(template.body);
      const after = sources(body);
      diagrams += after.length;
      changedDiagrams += after.filter((source, i) => source !== before[i]).length;
      out.push({ collection, id, data, body });
    }
  }

  // Every reference must be cited somewhere; copies of the citing pages may have been left out.
  for (const entry of out) for (const key of citedKeys(entry.body)) cited.add(key);
  const uncited = (plan.get('references') ?? []).map((p) => p.id).filter((id) => !cited.has(id));
  const pages = out.filter((e) => collectionFiles[e.collection].extension === '.mdx');
  const perPage = Math.ceil(uncited.length / pages.length);
  pages.forEach((page, i) => {
    const keys = uncited.slice(i * perPage, (i + 1) * perPage);
    if (keys.length > 0) page.body = `${page.body.trimEnd()}\n\nFurther reading [${keys.map((k) => `@${k}`).join('; ')}].\n`;
  });

  return {
    files: out.map(({ collection, id, data, body }) => ({
      path: `${collectionFiles[collection].folder}/${id}${collectionFiles[collection].extension}`,
      text: serialise(collection, data, body),
    })),
    counts,
    diagrams,
    changedDiagrams,
    addedCitations: uncited.length,
  };
}
