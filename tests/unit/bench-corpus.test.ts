import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, loadSiteFigures, type RawEntry } from '../../src/lib/content/files.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { extractDiagrams, normaliseSource } from '../../src/lib/diagrams/source.ts';
import { allocate, diagramLinks, generateCorpus, rewriteBody, type GeneratedFile } from '../../scripts/bench/corpus.ts';
import { VALID_FIXTURE } from './fixture.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Writes generated files to a fresh content root and reads them back the way the build does. */
function writeAndLoad(files: readonly GeneratedFile[]) {
  const root = mkdtempSync(join(tmpdir(), 'her2-bench-corpus-'));
  roots.push(root);
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  return loadContent(root);
}

const diagramSources = (entries: readonly RawEntry[]) => entries.flatMap((e) => extractDiagrams(e.body).map((d) => normaliseSource(d.source)));

describe('allocate', () => {
  const real = { agents: 22, mechanisms: 18, trials: 27, references: 153, glossary: 90 };

  it('splits a total exactly, in the real proportions', () => {
    for (const total of [5, 20, 200, 1000, 5000]) {
      const counts = allocate(total, real);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);
      for (const [collection, count] of Object.entries(counts)) {
        expect(count).toBeGreaterThanOrEqual(1);
        expect(Math.abs(count - (total * real[collection as keyof typeof real]) / 310)).toBeLessThan(1.5);
      }
    }
    expect(allocate(1000, real)).toEqual({ agents: 71, mechanisms: 58, trials: 87, references: 494, glossary: 290 });
  });

  it('refuses totals too small to hold one entry of each collection', () => {
    expect(() => allocate(4, real)).toThrow(/at least 5/);
    expect(() => allocate(10, { ...real, trials: 0 })).toThrow(/no entries in trials/);
  });
});

describe('rewriteBody', () => {
  const body = [
    'See [trastuzumab](/agents/trastuzumab/) and [ToGA](/trials/toga/#results) [@a; @b].',
    '',
    '```mermaid id="met-bypass" caption="Bypass"',
    'flowchart LR',
    '  click MET href "/mechanisms/met-amplification/"',
    '```',
  ].join('\n');

  it('maps citations, page links and figure ids but leaves diagram sources alone by default', () => {
    const out = rewriteBody(
      body,
      (key) => `${key}-s1`,
      (collection, id) => `${id}-s1`,
      '-s1',
    );
    expect(out).toContain('[trastuzumab](/agents/trastuzumab-s1/)');
    expect(out).toContain('(/trials/toga-s1/#results)');
    expect(out).toContain('[@a-s1; @b-s1]');
    expect(out).toContain('id="met-bypass-s1"');
    expect(out).toContain('click MET href "/mechanisms/met-amplification/"');
  });

  it('points diagram node links through their own mapping, and only them', () => {
    const out = rewriteBody(
      body,
      (key) => key,
      (_collection, id) => `${id}-s1`,
      '',
      (collection, id) => (collection === 'mechanisms' ? 'her2-loss' : id),
    );
    expect(out).toContain('click MET href "/mechanisms/her2-loss/"');
    expect(out).toContain('[trastuzumab](/agents/trastuzumab-s1/)');
    expect(diagramLinks(out)).toEqual([{ collection: 'mechanisms', id: 'her2-loss' }]);
  });

  it('does not cite one reference twice when two keys land on it', () => {
    expect(
      rewriteBody(
        'x [@a; @b].',
        () => 'same',
        (_c, id) => id,
        '',
      ),
    ).toBe('x [@same].');
  });
});

describe('generateCorpus', () => {
  const fixture = loadContent(VALID_FIXTURE).entries;

  it('makes copies that pass the content check, with every diagram a copy of a real one', () => {
    const corpus = generateCorpus(fixture, 30);
    const loaded = writeAndLoad(corpus.files);
    expect(loaded.errors).toEqual([]);
    expect(checkContent(loaded.entries).errors.map((e) => e.message)).toEqual([]);
    expect(loaded.entries).toHaveLength(30);
    expect(corpus.counts).toEqual({ agents: 5, mechanisms: 5, trials: 5, references: 10, glossary: 5 });
    const ids = loaded.entries
      .filter((e) => e.collection === 'agents')
      .map((e) => e.id)
      .sort();
    expect(ids).toEqual(['fixmab', 'fixmab-s1', 'fixmab-s2', 'fixmab-s3', 'fixmab-s4']);
    const real = new Set(diagramSources(fixture));
    const copied = diagramSources(loaded.entries);
    expect(copied).toHaveLength(corpus.diagrams);
    expect(copied.length).toBeGreaterThanOrEqual(5);
    expect(copied.every((source) => real.has(source))).toBe(true);
  });

  it('points a copy at the entries of its own copy', () => {
    const corpus = generateCorpus(fixture, 30);
    const trial = corpus.files.find((f) => f.path === 'trials/fix-01-s2.mdx');
    expect(trial?.text).toMatch(/fixmab-s2/);
    expect(trial?.text).not.toMatch(/fixmab-s1\b/);
  });

  it("grows a corpus from the real content that passes the content check, with the site's own figures", () => {
    const real = loadContent('content').entries;
    const figures = loadSiteFigures();
    expect(figures.length).toBeGreaterThan(0);
    const corpus = generateCorpus(real, 20, figures);
    const loaded = writeAndLoad(corpus.files);
    expect(checkContent(loaded.entries, figures).errors.map((e) => e.message)).toEqual([]);
    expect(loaded.entries).toHaveLength(20);
    expect(corpus.diagrams).toBeGreaterThan(0);
    expect(loaded.entries.some((e) => /\[@[a-z0-9-]+/.test(e.body))).toBe(true);

    // Every node link in a copied diagram opens a page the corpus builds (the build's link check fails otherwise).
    const pages = new Set(loaded.entries.map((e) => `${e.collection}/${e.id}`));
    const links = loaded.entries.flatMap((e) => diagramLinks(e.body).map((l) => `${l.collection}/${l.id}`));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !pages.has(link))).toEqual([]);
    // The entries real diagrams link to were taken first, and only diagrams whose links had to move changed.
    const linkedByRealDiagrams = new Set(real.flatMap((e) => diagramLinks(e.body).map((l) => `${l.collection}/${l.id}`)));
    for (const collection of ['agents', 'mechanisms'] as const) {
      const kept = loaded.entries.filter((e) => e.collection === collection);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.every((e) => linkedByRealDiagrams.has(`${collection}/${e.id}`))).toBe(true);
    }
    const realSources = new Set(diagramSources(real));
    expect(diagramSources(loaded.entries).filter((source) => !realSources.has(source))).toHaveLength(corpus.changedDiagrams);
    expect(corpus.changedDiagrams).toBeGreaterThan(0);
  }, 180_000);

  it('leaves every diagram as it is when the corpus holds every entry diagrams link to', () => {
    const real = loadContent('content').entries;
    const corpus = generateCorpus(real, 700, loadSiteFigures());
    expect(corpus.diagrams).toBeGreaterThan(0);
    expect(corpus.changedDiagrams).toBe(0);
  }, 180_000);

  it("keeps, by their real ids, the references the site's own figures cite, however small the corpus", () => {
    // The fixture reference that sorts last would be the first one a small corpus leaves out.
    const last = fixture
      .filter((e) => e.collection === 'references')
      .map((e) => e.id)
      .sort()
      .at(-1)!;
    const figures = [{ file: 'src/figures/fixture-figure.mdx', body: `A figure of the site [@${last}].\n` }];
    const corpus = generateCorpus(fixture, 5, figures);
    expect(corpus.counts.references).toBe(1);
    const loaded = writeAndLoad(corpus.files);
    expect(loaded.entries.filter((e) => e.collection === 'references').map((e) => e.id)).toEqual([last]);
    expect(checkContent(loaded.entries, figures).errors.map((e) => e.message)).toEqual([]);
    // Without the figures, the same corpus would not carry it.
    expect(generateCorpus(fixture, 5).files.some((f) => f.path === `references/${last}.json`)).toBe(false);
  });

  it('says which file breaks when the real content does not pass its check', () => {
    const broken = fixture.map((e) => (e.collection === 'agents' ? { ...e, data: { ...(e.data as object), class: 'nonsense' } } : e));
    expect(() => generateCorpus(broken, 30)).toThrow(/fixmab\.mdx.*class/s);
  });
});
