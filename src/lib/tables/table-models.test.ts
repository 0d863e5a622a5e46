import { describe, expect, it } from 'vitest';
import { agentClasses } from '../../schemas/vocab.ts';
import { agent, effect, mechanism, outcome, trial } from '../../../tests/fixtures/entries.ts';
import { agentComparisonTable } from './agents.ts';
import { mechanismEvidenceTables } from './evidence-tables.ts';
import { mechanismMatrixTable } from './mechanism-matrix.ts';
import { changesTable } from './site-tables.ts';
import { trialResultTables } from './trial-results.ts';
import { trialSummaryTable } from './trials.ts';

const source = (id: string) => ({ id, collection: 'references' });
const toga = trial('toga', ['trastuzumab'], {
  title: 'ToGA',
  n: 584,
  discrepancies: [{ measure: 'os', review: 'The review says 12 months.', primary: 'The paper says 13.8 months.', source: source('bang-2010') }],
  arms: [
    { id: 't', label: 'Trastuzumab + chemo', regimen: 'x', n: 294, outcomes: [outcome('os', 13.8), outcome('orr', 47.3)] },
    { id: 'c', label: 'Chemo', regimen: 'y', n: 290, outcomes: [outcome('os', 11.1, { verified: false, source: source('review-2025'), note: 'As in the review.' })] },
  ],
  comparisons: [
    { measure: 'os', experimental: 't', control: 'c', hr: 0.74, ci: [0.6, 0.91], source: source('bang-2010'), verified: true, checked: '2026-01-01', analysis: 'primary analysis' },
  ],
});

describe('table models: what a table’s downloads hold', () => {
  it('a trial table gives each cell as a reader would copy it, flags in brackets, secondary text in parentheses, and its sources', () => {
    const table = trialSummaryTable([toga], { anchor: 'table-trials', caption: 'Trials compared (1)' });
    expect(table.header).toHaveLength(9);
    expect(table.rows).toEqual([
      [
        'ToGA (Phase 3 · First line)',
        'First line',
        '584',
        'Trastuzumab + chemo vs Chemo',
        '—',
        '47.3% vs —',
        '—',
        '13.8 mo vs 11.1 mo [not verified] [differs from review]',
        expect.stringMatching(/^OS HR 0\.74/),
      ],
    ]);
    expect(table.sources).toEqual(['bang-2010', 'review-2025']);
    // The rows the page renders come from the same derivation.
    expect(table.outcomeRows.map((r) => r.id)).toEqual(['toga']);
  });

  it('a trial’s result tables: one per arm, then the comparisons, each source named with its verification and check date', () => {
    const { arms, comparisons } = trialResultTables(toga.data, {
      asOf: '2026-06-01',
      staleAfterMonths: 24,
      sourceName: (id) => (id === 'bang-2010' ? 'Bang et al., 2010' : 'Shao et al., 2025'),
    });
    expect(arms.map((a) => [a.anchor, a.caption])).toEqual([
      ['table-arm-t', 'Trastuzumab + chemo (n=294): x'],
      ['table-arm-c', 'Chemo (n=290): y'],
    ]);
    expect(arms[1].rows).toEqual([['Median overall survival', '11.1 mo', 'As in the review.', 'Shao et al., 2025 [not verified], checked Jan 2026']]);
    expect(comparisons?.rows[0]).toEqual([
      'Median overall survival',
      'Trastuzumab + chemo vs Chemo',
      expect.stringMatching(/^HR 0\.74/),
      'primary analysis',
      'Bang et al., 2010 [verified], checked Jan 2026',
    ]);
  });

  it('flags a check older than the limit against the content’s as-of date', () => {
    const { arms } = trialResultTables(toga.data, { asOf: '2029-01-01', staleAfterMonths: 24, sourceName: () => 'X' });
    expect(arms[0].rows[0][3]).toBe('X [verified], checked Jan 2026 [may be out of date]');
  });

  it('an agent table names the agent with its first aliases and its status with the trials behind it', () => {
    const table = agentComparisonTable([agent('trastuzumab', { title: 'Trastuzumab', aliases: ['Herceptin'] })], agentClasses, [], 'all');
    expect(table.anchor).toBe('table-agents');
    expect(table.caption).toBe('Agents compared (1)');
    expect(table.rows[0][0]).toBe('Trastuzumab (Herceptin)');
    expect(table.rows[0]).toHaveLength(table.header.length);
  });

  it('a matrix cell is its one mark, its study count, the agents named and any conflict stated in words', () => {
    const m = mechanism('met', [effect('monoclonal-antibody', ['cells', 'patients'], 'trastuzumab')], { title: 'MET amplification' });
    const table = mechanismMatrixTable([m], agentClasses, (id) => (id === 'trastuzumab' ? 'Trastuzumab' : id));
    expect(table.header).toEqual(['Mechanism', 'Monoclonal antibody']);
    // The observational gastric item outranks the cell-line one; the two disagree, which is said in words.
    expect(table.rows).toEqual([['MET amplification', '▼▼ Obs·GC, 2 studies (Trastuzumab) [conflicting evidence: supporting and contradicting items]']]);
  });

  it('a mechanism’s evidence makes one table per stance, named by stance', () => {
    const m = mechanism('met', [effect('monoclonal-antibody', ['cells', 'patients'])]);
    const tables = mechanismEvidenceTables(m.data, '2026-06-01', 24);
    expect(tables.map((t) => [t.anchor, t.caption])).toEqual([
      ['table-evidence-supports', 'Supporting evidence (1)'],
      ['table-evidence-contradicts', 'Contradicting evidence (1)'],
    ]);
    expect(tables[0].rows).toEqual([['Cells resist', expect.any(String), expect.any(String), 'Jan 2026']]);
    expect(tables[0].sources).toEqual(['c-2019']);
  });

  it('the changes table counts its rows in the caption', () => {
    const table = changesTable([{ date: '2026-11-25', kind: 'trials', id: 'toga', title: 'ToGA', summary: 'Checked.' }]);
    expect(table.caption).toBe('Changes to entries, newest first (1)');
    expect(table.rows).toEqual([['25 November 2026', 'ToGA', 'Trial', 'Checked.']]);
  });
});
