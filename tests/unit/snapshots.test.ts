// What readers see, reviewed in the diff when it changes: the diagrams generated from the data,
// the derived rows of one entry of each kind (agent status, trial summary row) and the table
// models of one page of each kind (what their CSV and slide downloads hold). Update with
// `npx vitest run -u tests/unit/snapshots.test.ts` after checking that the change is intended.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/files.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { developmentTimeline, herFamilyDiagram, mechanismOverviewMap } from '../../src/lib/diagrams/generated.ts';
import { agentComparisonRows } from '../../src/lib/tables/agents.ts';
import { trialOutcomeRows, trialSummaryTable } from '../../src/lib/tables/trials.ts';
import { trialResultTables } from '../../src/lib/tables/trial-results.ts';
import { mechanismEvidenceTables } from '../../src/lib/tables/evidence-tables.ts';
import { shortReference } from '../../src/lib/downloads/footer.ts';
import { agentClasses } from '../../src/schemas/vocab.ts';
import type { AgentEntry, MechanismEntry, TrialEntry } from '../../src/lib/types.ts';

const { checked } = checkContent(loadContent('content').entries);
const of = <T>(collection: string) => checked.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.parsed }) as unknown as T);
const agents = of<AgentEntry>('agents');
const mechanisms = of<MechanismEntry>('mechanisms');
const trials = of<TrialEntry>('trials');

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
  const references = new Map(checked.filter((e) => e.collection === 'references').map((e) => [e.id, e.parsed as Parameters<typeof shortReference>[0]]));
  const sourceName = (id: string) => (references.has(id) ? shortReference(references.get(id)!) : id);
  const byId = <T extends { id: string }>(entries: readonly T[], id: string) => entries.find((e) => e.id === id)!;
  // A fixed as-of date, so the snapshot does not change with the content's newest check.
  const asOf = '2026-12-01';
  it('trial page: ToGA', () => {
    const { arms, comparisons } = trialResultTables(byId(trials, 'toga').data, { asOf, staleAfterMonths: 24, sourceName });
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
