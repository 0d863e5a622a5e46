import { describe, expect, it } from 'vitest';
import { agentClasses } from '../../schemas/vocab.ts';
import { agentComparisonRows } from './agents.ts';
import { headlineComparison, trialOutcomeRows } from './trials.ts';
import { cellConflicts, cellSummary, conflictKinds, conflictLabels, mechanismMatrix } from './mechanism-matrix.ts';
import { agent, effect, mechanism, outcome, trial } from '../../../tests/fixtures/entries.ts';

const source = (id: string) => ({ id, collection: 'references' });

describe('agentComparisonRows', () => {
  it('orders by class, fills ADC columns only for conjugates and collects the sources', () => {
    const rows = agentComparisonRows(
      [
        agent('tdxd', {
          title: 'Trastuzumab deruxtecan',
          class: 'antibody-drug-conjugate',
          adc: {
            antibody: 'trastuzumab',
            payload: 'deruxtecan',
            payloadClass: 'topoisomerase I inhibitor',
            linker: 'cleavable',
            dar: 8,
            bystander: true,
            sources: [source('ogitani-2016')],
          },
        }),
        agent('trastuzumab', { title: 'Trastuzumab' }),
        agent('rc48', {
          title: 'Disitamab vedotin',
          class: 'antibody-drug-conjugate',
          adc: { antibody: 'hertuzumab', payload: 'MMAE', payloadClass: 'auristatin', linker: 'cleavable', bystander: true, sources: [source('deeks-2021')] },
        }),
      ],
      agentClasses,
    );
    expect(rows.map((r) => r.id)).toEqual(['trastuzumab', 'rc48', 'tdxd']);
    expect(rows[0]).toMatchObject({ payload: '—', dar: '—', bystander: '—', target: 'HER2 · HER2 domain IV', status: 'Approved' });
    expect(rows[2]).toMatchObject({
      payload: 'deruxtecan (topoisomerase I inhibitor)',
      linker: 'cleavable',
      dar: '8',
      bystander: 'Yes',
      sources: ['a-2020', 'ogitani-2016', 'b-2021'],
    });
    expect(rows[1].dar).toBe('not found in a verified source');
  });
});

describe('trialOutcomeRows', () => {
  const toga = trial('toga', ['trastuzumab'], {
    n: 584,
    discrepancies: [{ measure: 'os', review: 'The review says 12 months.', primary: 'The paper says 13.8 months.', source: source('bang-2010') }],
    arms: [
      { id: 't', label: 'Trastuzumab + chemo', regimen: 'x', n: 294, outcomes: [outcome('os', 13.8), outcome('orr', 47.3), outcome('os', 16, { population: 'IHC 3+' })] },
      { id: 'c', label: 'Chemo', regimen: 'y', n: 290, outcomes: [outcome('os', 11.1, { verified: false, source: source('review-2025') }), outcome('orr', 34.5)] },
    ],
    comparisons: [
      { measure: 'pfs', experimental: 't', control: 'c', hr: 0.71, source: source('bang-2010'), verified: true, checked: '2026-01-01' },
      { measure: 'os', experimental: 't', control: 'c', hr: 0.74, ci: [0.6, 0.91], p: '0.0046', source: source('bang-2010'), verified: true, checked: '2026-01-01' },
    ],
  });
  const [row] = trialOutcomeRows([toga]);

  it('puts arm values side by side, whole-arm values only, with their sources and verification', () => {
    expect(row.arms).toBe('Trastuzumab + chemo vs Chemo');
    expect(row.os).toEqual({ text: '13.8 mo vs 11.1 mo', sources: ['bang-2010', 'review-2025'], verified: false, sortValue: 13.8, differsFromReview: true });
    expect(row.orr).toEqual({ text: '47.3% vs 34.5%', sources: ['bang-2010'], verified: true, sortValue: 47.3, differsFromReview: false });
    expect(row.pfs.text).toBe('—');
  });
  it('prefers the overall-survival hazard ratio as the headline', () => {
    expect(headlineComparison(toga.data.comparisons)?.measure).toBe('os');
    expect(row.hr.text).toBe('OS HR 0.74 (95% CI 0.6–0.91); p = 0.0046');
    expect(row.hr.differsFromReview).toBe(true);
  });
});

describe('mechanismMatrix', () => {
  it('has a column per affected class, resolves every cell to evidence, and flags conflicts', () => {
    const matrix = mechanismMatrix(
      [
        mechanism('p95', [effect('monoclonal-antibody', ['cells'], 'trastuzumab'), effect('tyrosine-kinase-inhibitor', ['cells'], undefined, 'no-clear-effect')]),
        mechanism('met', [effect('monoclonal-antibody', ['cells', 'patients'])]),
      ],
      agentClasses,
    );
    expect(matrix.classes).toEqual(['monoclonal-antibody', 'tyrosine-kinase-inhibitor']);
    const [p95, met] = matrix.rows;
    expect(p95.cells[0]).toMatchObject({ strongest: 'preclinical-in-vitro', diseases: ['preclinical'], conflicting: false, conflicts: [] });
    expect(p95.cells[0]?.effects[0]).toMatchObject({ agent: 'trastuzumab', direction: 'confers-resistance' });
    expect(met.cells[0]).toMatchObject({ strongest: 'observational', conflicting: true, conflicts: ['opposite-stances'] });
    expect(met.cells[1]).toBeUndefined();
    for (const row of matrix.rows) for (const cell of row.cells) for (const e of cell?.effects ?? []) for (const ev of e.evidence) expect(ev.sources.length).toBeGreaterThan(0);
  });

  it('sums a cell up in one mark: the strongest item, its direction, and the number of studies', () => {
    const matrix = mechanismMatrix(
      [mechanism('met', [effect('monoclonal-antibody', ['cells', 'patients']), effect('monoclonal-antibody', ['cells'], 'trastuzumab', 'reduces-benefit')])],
      agentClasses,
    );
    // Two effects cite the same cell-line study: two studies, not three; the gastric observational item is the strongest.
    expect(cellSummary(matrix.rows[0].cells[0]!)).toEqual({ direction: 'confers-resistance', level: 'observational', disease: 'gastric', studies: 2 });
  });
});

describe('conflicting evidence in a matrix cell', () => {
  const item = (stance: 'supports' | 'contradicts' | 'mixed') => ({ stance });
  it('names each way the evidence disagrees, in a fixed order', () => {
    expect(cellConflicts([{ direction: 'confers-resistance', evidence: [item('supports'), item('supports')] }])).toEqual([]);
    expect(cellConflicts([{ direction: 'confers-resistance', evidence: [item('contradicts')] }])).toEqual([]);
    expect(cellConflicts([{ direction: 'confers-resistance', evidence: [item('supports'), item('contradicts')] }])).toEqual(['opposite-stances']);
    expect(cellConflicts([{ direction: 'confers-resistance', evidence: [item('mixed')] }])).toEqual(['mixed-item']);
    expect(
      cellConflicts([
        { direction: 'confers-resistance', evidence: [item('mixed'), item('contradicts')] },
        { direction: 'no-clear-effect', evidence: [item('supports')] },
      ]),
    ).toEqual(['opposite-stances', 'mixed-item', 'different-directions']);
  });
  it('flags a cell whose only evidence is a mixed item, and gives every kind a text label', () => {
    const mixedOnly = mechanism('mixed', [effect('monoclonal-antibody', ['cells'])], {
      evidence: [
        {
          id: 'cells',
          claim: 'Cells partly resist',
          level: 'preclinical-in-vitro',
          disease: 'preclinical',
          stance: 'mixed',
          sources: [{ id: 'c-2019', collection: 'references' }],
          checked: '2026-01-01',
        },
      ],
    });
    const [row] = mechanismMatrix([mixedOnly], agentClasses).rows;
    expect(row.cells[0]).toMatchObject({ conflicting: true, conflicts: ['mixed-item'] });
    for (const kind of conflictKinds) expect(conflictLabels[kind]).toMatch(/\w{5,}/);
  });
});
