// What readers see, reviewed in the diff when it changes: the diagrams generated from the data,
// the derived rows of one entry of each kind (agent status, trial summary row), the table
// models of one page of each kind (what their CSV and slide downloads hold) and the page model
// of one entry page and one teaching card of each kind (what each part of the page is given). Update with
// `npx vitest run -u tests/unit/snapshots.test.ts` after checking that the change is intended.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/files.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { developmentTimeline, herFamilyDiagram, mechanismOverviewMap } from '../../src/lib/diagrams/generated.ts';
import { agentComparisonRows } from '../../src/lib/tables/agents.ts';
import { trialOutcomeRows, trialSummaryTable } from '../../src/lib/tables/trials.ts';
import { trialResultTables } from '../../src/lib/tables/trial-results.ts';
import { mechanismEvidenceTables } from '../../src/lib/tables/evidence-tables.ts';
import { agentClasses } from '../../src/schemas/vocab.ts';
import type { AgentEntry, MechanismEntry, ReferenceEntry, TrialEntry } from '../../src/lib/types.ts';
import { SOURCE_REVIEW_KEY } from '../../src/site.config.ts';
import { findCitations } from '../../src/lib/citations.ts';
import { siteDataOf } from '../../src/lib/site-data.ts';
import { agentPageModel, mechanismPageModel, trialPageModel, type RenderedBody } from '../../src/lib/page-model/entry-pages.ts';
import { agentCardModel, agentCardTablesOf, mechanismCardModel } from '../../src/lib/page-model/card-pages.ts';

const { checked } = checkContent(loadContent('content').entries);
const of = <T>(collection: string) => checked.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.parsed }) as unknown as T);
const agents = of<AgentEntry>('agents');
const mechanisms = of<MechanismEntry>('mechanisms');
const trials = of<TrialEntry>('trials');
// The shared site data as the build derives it. The page-model snapshots hold nothing that depends on the
// as-of date (no stale flags), so the content's own is used; the table snapshots pass a fixed one.
const site = siteDataOf({ agents, mechanisms, trials, references: of<ReferenceEntry>('references') });
const byId = <T extends { id: string }>(entries: readonly T[], id: string) => entries.find((e) => e.id === id)!;

describe('generated diagrams (sources)', () => {
  it('HER family and binding sites', () => expect(herFamilyDiagram(agents).source).toMatchSnapshot());
  it('development timeline', () => expect(developmentTimeline(agents).source).toMatchSnapshot());
  it('resistance overview map', () => expect(mechanismOverviewMap(mechanisms).source).toMatchSnapshot());
});

describe('derived rows of one entry of each kind', () => {
  it('agents table: trastuzumab deruxtecan, pertuzumab, zanidatamab', () => {
    const rows = agentComparisonRows(agents, agentClasses, trials).filter((r) => ['trastuzumab-deruxtecan', 'pertuzumab', 'zanidatamab'].includes(r.id));
    expect(rows.map(({ id, status, statusDetail, target }) => ({ id, status, statusDetail, target }))).toMatchSnapshot();
  });
  it('trials table: ToGA, GATSBY, LOGiC', () => {
    const rows = trialOutcomeRows(trials.filter((t) => ['toga', 'gatsby', 'logic'].includes(t.id)));
    expect(
      rows.map(({ id, population, endpoint, arms, orr, pfs, os, hr }) => ({ id, population, endpoint, arms, orr: orr.text, pfs: pfs.text, os: os.text, hr: hr.text })),
    ).toMatchSnapshot();
  });
});

describe('table models: what each table of one entry of each kind downloads as', () => {
  // A fixed as-of date, so the snapshot does not change with the content's newest check.
  const asOf = '2026-12-01';
  it('trial page: ToGA', () => {
    const { arms, comparisons } = trialResultTables(byId(trials, 'toga').data, { asOf, staleAfterMonths: 24, sourceName: site.sourceName });
    expect({ arms: arms.map(({ arm: _arm, ...table }) => table), comparisons }).toMatchSnapshot();
  });
  it('mechanism page: MET amplification', () =>
    expect(mechanismEvidenceTables(byId(mechanisms, 'met-amplification').data, asOf, 24).map(({ items: _items, ...table }) => table)).toMatchSnapshot());
  it('agent page: the trials of pertuzumab', () => {
    const { outcomeRows: _rows, ...table } = trialSummaryTable(
      trials.filter((t) => t.data.agents.some((a) => a.id === 'pertuzumab')),
      { anchor: 'table-trials-of-pertuzumab', caption: 'Trials of Pertuzumab' },
    );
    expect(table).toMatchSnapshot();
  });
});

describe('page models: what each part of one page of each kind is given', () => {
  const context = { site, base: '/', staleAfterMonths: 24, lastReferences: new Set([SOURCE_REVIEW_KEY]) };
  // What rendering tells the model: the keys the body cites in order (as remark-citations records
  // them). Headings and diagrams come from Astro's render, which a unit test does not run.
  const bodyOf = (entry: { id: string }, collection: string): RenderedBody => {
    const body = checked.find((e) => e.collection === collection && e.id === entry.id)?.body ?? '';
    return { headings: [], diagrams: [], citations: [...new Set(findCitations(body).flatMap((m) => m.keys))] };
  };
  // Entry data and shared lookups are the collections' own (snapshotted as their size, not their content).
  const layoutView = ({ referenceById, ...layout }: { referenceById: ReadonlyMap<string, unknown> }) => ({ ...layout, referenceById: `${referenceById.size} references` });
  const tableView = (table?: { label: string; anchor: string; caption: string }) => table && { label: table.label, anchor: table.anchor, caption: table.caption };

  it('agent page: trastuzumab deruxtecan', () => {
    const entry = byId(agents, 'trastuzumab-deruxtecan');
    const model = agentPageModel(entry, context, bodyOf(entry, 'agents'));
    const { agent: _agent, ...infobox } = model.infobox;
    expect({ layout: layoutView(model.layout), infobox, trialTable: tableView(model.trialTable), mechanismLinks: model.mechanisms.links }).toMatchSnapshot();
  });
  it('mechanism page: MET amplification', () => {
    const entry = byId(mechanisms, 'met-amplification');
    const model = mechanismPageModel(entry, context, bodyOf(entry, 'mechanisms'));
    expect({
      layout: layoutView(model.layout),
      agentTitles: model.infobox.mechanism.effects.flatMap((e) => (e.agent ? [model.infobox.agentTitle(e.agent.id)] : [])),
      evidence: model.evidence.tables.map(tableView),
    }).toMatchSnapshot();
  });
  it('trial page: ToGA', () => {
    const entry = byId(trials, 'toga');
    const model = trialPageModel(entry, context, bodyOf(entry, 'trials'));
    expect({
      layout: layoutView(model.layout),
      publications: model.infobox.publications,
      arms: model.results.arms.map(tableView),
      comparisons: tableView(model.results.comparisons),
    }).toMatchSnapshot();
  });
  it('agent card: trastuzumab', () => {
    const entry = byId(agents, 'trastuzumab');
    const body = checked.find((e) => e.collection === 'agents' && e.id === entry.id)?.body ?? '';
    const card = agentCardModel(entry, context, bodyOf(entry, 'agents'), agentCardTablesOf(entry, site, body));
    expect({
      references: card.references,
      totalReferences: card.totalReferences,
      trials: { shown: card.trials.shown.map((r) => r.trial.id), omitted: card.trials.omitted },
      trialTable: tableView(card.trialTable),
      mechanismLinks: card.mechanismLinks,
      figures: card.figures,
    }).toMatchSnapshot();
  });
  it('mechanism card: MET amplification', () => {
    const entry = byId(mechanisms, 'met-amplification');
    const card = mechanismCardModel(entry, context, bodyOf(entry, 'mechanisms'));
    expect({
      references: card.references,
      totalReferences: card.totalReferences,
      strongest: card.strongest,
      diseaseMix: card.diseaseMix,
      evidence: { shown: card.evidence.shown.map((e) => e.id), omitted: card.evidence.omitted },
      agentLinks: card.agentLinks,
    }).toMatchSnapshot();
  });
});
