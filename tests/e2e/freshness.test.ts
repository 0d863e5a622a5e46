import { siteSettings } from '../../src/site.config.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/lib/content/files.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { checkLinks } from '../../src/lib/linkcheck.ts';
import { accessibilityCounts } from '../../src/lib/build-checks.ts';
import { countStatements } from '../../src/lib/statements.ts';
import { isStale } from '../../src/lib/freshness.ts';
import { STALE_AFTER_MONTHS } from '../../src/site.config.ts';
import { distFiles, distPages } from './dist-files.ts';
import type { AgentData, MechanismData, TrialData } from '../../src/lib/types.ts';

/**
 * The generated /changes/ and /about/integrity/ pages, and the freshness and conflict marks,
 * against the content files themselves: every expected number is computed here from content/
 * (parsed by the same schemas as the build), not typed in.
 */
type Parsed<T> = { id: string; body: string; data: T };
let agents: Parsed<AgentData>[];
let mechanisms: Parsed<MechanismData>[];
let trials: Parsed<TrialData>[];

beforeAll(() => {
  const { checked } = checkContent(loadContent('content').entries);
  const of = <T>(collection: string) => checked.filter((e) => e.collection === collection).map((e) => ({ id: e.id, body: e.body, data: e.parsed as T }));
  agents = of<AgentData>('agents');
  mechanisms = of<MechanismData>('mechanisms');
  trials = of<TrialData>('trials');
}, 120_000);

const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');

/** The numbers a page marks with data-count="name". */
function counts(page: string): Record<string, number> {
  return Object.fromEntries([...page.matchAll(/<span data-count="([\w-]+)">(\d+)<\/span>/g)].map((m) => [m[1], Number(m[2])]));
}

const figuresOf = (t: TrialData) => [...t.arms.flatMap((a) => a.outcomes), ...t.comparisons];
const asOf = () => {
  const dates = [
    ...[...agents, ...mechanisms, ...trials].flatMap((e) => [e.data.reviewed, ...e.data.changes.map((c) => c.date)]),
    ...mechanisms.flatMap((m) => m.data.evidence.map((e) => e.checked)),
    ...trials.flatMap((t) => figuresOf(t.data).map((f) => f.checked)),
  ];
  return process.env.SITE_AS_OF || dates.sort().at(-1)!;
};

describe('/changes/', () => {
  it('lists every recorded change, newest first, each linking to its entry', () => {
    const page = html('/changes/');
    const expected = [
      ...agents.flatMap((e) => e.data.changes.map((c) => ({ date: c.date, href: `/agents/${e.id}/` }))),
      ...mechanisms.flatMap((e) => e.data.changes.map((c) => ({ date: c.date, href: `/mechanisms/${e.id}/` }))),
      ...trials.flatMap((e) => e.data.changes.map((c) => ({ date: c.date, href: `/trials/${e.id}/` }))),
    ];
    const rows = [...page.matchAll(/<tr><td><time datetime="([\d-]+)">[^<]*<\/time><\/td><th scope="row"><a href="([^"]+)">/g)].map((m) => ({ date: m[1], href: m[2] }));
    expect(counts(page).changes).toBe(expected.length);
    expect(rows).toHaveLength(expected.length);
    expect(rows.map((r) => r.date)).toEqual(
      rows
        .map((r) => r.date)
        .sort()
        .reverse(),
    );
    expect(rows.map((r) => `${r.date} ${r.href}`).sort()).toEqual(expected.map((r) => `${r.date} ${r.href}`).sort());
  });

  it('is linked from every page footer', () => {
    for (const path of ['/', '/about/', '/trials/toga/']) expect(html(path), path).toMatch(/<footer[\s\S]*href="\/changes\/"[\s\S]*href="\/about\/integrity\/"/);
  });
});

describe('/about/integrity/', () => {
  it('counts the claims, sources, verified figures and discrepancies in the content', () => {
    const c = counts(html('/about/integrity/'));
    const figures = trials.flatMap((t) => figuresOf(t.data));
    const evidence = mechanisms.flatMap((m) => m.data.evidence);
    const facts =
      agents.reduce((n, a) => n + 2 + (a.data.adc ? 1 : 0) + (a.data.construct ? 1 : 0) + a.data.milestones.length, 0) +
      mechanisms.reduce((n, m) => n + m.data.biomarkers.length + m.data.strategies.length, 0) +
      trials.reduce((n, t) => n + t.data.discrepancies.length, 0);
    const statements = [...agents, ...mechanisms, ...trials].map((e) => countStatements(e.body));
    const sentences = statements.reduce((n, s) => n + s.sentences, 0);
    const cited = statements.reduce((n, s) => n + s.cited, 0);

    expect(c['trial-figures']).toBe(figures.length);
    expect(c['figures']).toBe(figures.length);
    expect(c['figures-verified']).toBe(figures.filter((f) => f.verified).length);
    expect(c['figures-unverified']).toBe(figures.filter((f) => !f.verified).length);
    expect(c['evidence-items']).toBe(evidence.length);
    expect(c['structured-facts']).toBe(facts);
    expect(c['text-statements']).toBe(sentences);
    expect(c['text-statements-cited']).toBe(cited);
    expect(c['claims']).toBe(figures.length + evidence.length + facts + sentences);
    expect(c['discrepancies']).toBe(trials.reduce((n, t) => n + t.data.discrepancies.length, 0));
    expect(c['dated-items']).toBe(figures.length + evidence.length);
    const stale = [...figures, ...evidence].filter((item) => isStale(item.checked, asOf(), STALE_AFTER_MONTHS)).length;
    expect(c['stale']).toBe(stale);
  });

  it('links every trial with an unverified figure and every discrepancy to its trial', () => {
    const page = html('/about/integrity/');
    const table = (id: string) => page.slice(page.indexOf(`<table id="${id}"`), page.indexOf('</table>', page.indexOf(`<table id="${id}"`)));
    const linked = (id: string, fragment: string) => [...table(id).matchAll(new RegExp(`href="/trials/([^/]+)/#${fragment}"`, 'g'))].map((m) => m[1]);
    expect(new Set(linked('table-unverified', 'results-heading'))).toEqual(new Set(trials.filter((t) => figuresOf(t.data).some((f) => !f.verified)).map((t) => t.id)));
    expect(new Set(linked('table-discrepancies', 'discrepancies'))).toEqual(new Set(trials.filter((t) => t.data.discrepancies.length > 0).map((t) => t.id)));
  });

  // Parses every built page twice (links, then tables and diagrams): minutes on a busy 2-core machine.
  it('states the link and accessibility checks measured on this build, and they match dist/', { timeout: 600_000 }, () => {
    const page = html('/about/integrity/');
    expect(page).toContain('data-build-checks="measured"');
    expect(page).not.toContain('data-build-checks="pending"');
    const c = counts(page);
    const pages = distPages();
    const links = checkLinks(pages, new Set(distFiles()), siteSettings(process.env).site);
    const a11y = accessibilityCounts(pages);
    expect({ pages: c.pages, links: c['internal-links'], anchors: c.anchors, broken: c['broken-links'] }).toEqual({
      pages: links.pages,
      links: links.links,
      anchors: links.anchors,
      broken: 0,
    });
    expect(links.links).toBeGreaterThan(1000);
    expect(links.broken).toEqual([]);
    expect([c.tables, c['tables-captioned'], c.diagrams, c['diagrams-described'], c.images, c['images-alt']]).toEqual([
      a11y.tables,
      a11y.tables,
      a11y.diagrams,
      a11y.diagrams,
      a11y.images,
      a11y.images,
    ]);
    expect(a11y.diagrams).toBeGreaterThan(0);
  });
});

describe('freshness and disagreement on entry pages', () => {
  it('every trial figure shows its checked month, and a flag exactly when it is old', () => {
    for (const t of trials) {
      const page = html(`/trials/${t.id}/`);
      const figures = figuresOf(t.data);
      expect((page.match(/class="checked-date"/g) ?? []).length, t.id).toBe(figures.length);
      const stale = figures.filter((f) => isStale(f.checked, asOf(), STALE_AFTER_MONTHS)).length;
      expect((page.match(/class="badge stale"/g) ?? []).length, t.id).toBe(stale);
    }
  });

  it('mechanism pages group evidence as supporting, contradicting and mixed, each item with its level, disease and checked date', () => {
    const labels = { supports: 'Supporting evidence', contradicts: 'Contradicting evidence', mixed: 'Mixed evidence' } as const;
    for (const m of mechanisms) {
      const page = html(`/mechanisms/${m.id}/`);
      const captions = [...page.matchAll(/<caption>(?:<a class="fig-number"[^>]*>Table \d+\.<\/a> )?((?:Supporting|Contradicting|Mixed) evidence) \((\d+)\)[ <]/g)].map(
        (x) => `${x[1]} (${x[2]})`,
      );
      const expected = (['supports', 'contradicts', 'mixed'] as const)
        .map((stance) => [labels[stance], m.data.evidence.filter((e) => e.stance === stance).length] as const)
        .filter(([, n]) => n > 0)
        .map(([label, n]) => `${label} (${n})`);
      expect(captions, m.id).toEqual(expected);
      for (const e of m.data.evidence) {
        const row = page.slice(page.indexOf(`<tr id="evidence-${e.id}"`), page.indexOf('</tr>', page.indexOf(`<tr id="evidence-${e.id}"`)));
        expect(row, `${m.id}#${e.id}`).toMatch(new RegExp(`level-${e.level}[\\s\\S]*disease-${e.disease}[\\s\\S]*<time datetime="${e.checked}"`));
      }
    }
  });

  it('the mechanism matrix states every conflict in words', () => {
    let expected = 0;
    for (const m of mechanisms) {
      for (const agentClass of new Set(m.data.effects.map((e) => e.agentClass))) {
        const effects = m.data.effects.filter((e) => e.agentClass === agentClass);
        const stances = new Set(effects.flatMap((e) => e.evidence.map((id) => m.data.evidence.find((x) => x.id === id)!.stance)));
        if (stances.has('mixed') || (stances.has('supports') && stances.has('contradicts')) || new Set(effects.map((e) => e.direction)).size > 1) expected += 1;
      }
    }
    const page = html('/mechanisms/');
    const conflicts = [...page.matchAll(/<p class="matrix-conflict"><span class="badge conflicting">conflicting evidence<\/span> ([^<]+)<\/p>/g)].map((x) => x[1]);
    expect(conflicts).toHaveLength(expected);
    expect(expected).toBeGreaterThan(0);
    for (const reason of conflicts) expect(reason).toMatch(/supporting and contradicting items|an item with mixed results|effects in different directions/);
  });
});
