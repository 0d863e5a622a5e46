import { describe, expect, it } from 'vitest';
import { integrityReport } from './integrity.ts';
import { agent, effect, mechanism, trial } from '../../tests/fixtures/entries.ts';

const ref = (id: string) => ({ id, collection: 'references' });

const toga = trial('toga', ['trastuzumab'], {
  title: 'ToGA',
  arms: [
    {
      id: 't',
      label: 'Trastuzumab + chemo',
      regimen: 'T + FP',
      outcomes: [{ measure: 'os', value: 13.8, unit: 'months', source: ref('bang-2010'), verified: true, checked: '2026-01-01' }],
    },
    {
      id: 'c',
      label: 'Chemo',
      regimen: 'FP',
      outcomes: [
        { measure: 'os', value: 11.1, unit: 'months', source: ref('review-2025'), verified: false, checked: '2026-01-01' },
        { measure: 'orr', value: 34.5, unit: 'percent', population: 'IHC 3+', source: ref('review-2025'), verified: false, checked: '2026-01-01' },
      ],
    },
  ],
  comparisons: [{ measure: 'os', experimental: 't', control: 'c', hr: 0.74, source: ref('bang-2010'), verified: true, checked: '2026-01-01' }],
  discrepancies: [{ measure: 'os', review: 'The review gives 11.8 months.', primary: 'The paper gives 11.1 months.', source: ref('bang-2010') }],
});
const jacob = trial('jacob', [], {
  title: 'JACOB',
  comparisons: [],
  arms: [
    { id: 'a', label: 'Arm', regimen: 'P + T', outcomes: [{ measure: 'orr', value: 56.7, unit: 'percent', source: ref('tabernero'), verified: true, checked: '2026-01-01' }] },
  ],
});
const adc = agent('tdxd', {
  title: 'T-DXd',
  class: 'antibody-drug-conjugate',
  adc: { antibody: 'trastuzumab', payload: 'DXd', payloadClass: 'topoisomerase I inhibitor', linker: 'cleavable', bystander: true, sources: [ref('a')] },
  milestones: [{ year: 2021, event: 'Approved in gastric cancer', source: ref('b') }],
});
const met = mechanism('met', [effect('monoclonal-antibody', ['cells'])], {
  title: 'MET amplification',
  biomarkers: [{ name: 'MET', sources: [ref('c')] }],
  strategies: [{ text: 'Combine with a MET inhibitor', agents: [], sources: [ref('d')] }],
});

describe('integrityReport', () => {
  const report = integrityReport(
    [adc, agent('plain')],
    [met],
    [toga, jacob],
    [
      { kind: 'agents', id: 'tdxd', body: 'T-DXd carries DXd [@a]. It is given every three weeks.' },
      { kind: 'trials', id: 'toga', body: 'ToGA was open-label [@bang-2010].' },
    ],
    { asOf: '2026-01-01', months: 24 },
  );

  it('counts each kind of claim and how many cite a source', () => {
    expect(report.claims).toEqual([
      { kind: 'trial-figures', total: 5, cited: 5 },
      { kind: 'evidence-items', total: 2, cited: 2 },
      // tdxd: target, ADC block, status, 1 milestone; plain: target, status; met: 1 biomarker, 1 strategy; toga: 1 discrepancy.
      { kind: 'structured-facts', total: 9, cited: 9 },
      { kind: 'text-statements', total: 3, cited: 2 },
    ]);
    expect([report.total, report.cited]).toEqual([19, 18]);
  });

  it('lists the unverified trial figures by trial, naming each', () => {
    expect(report.figures).toMatchObject({ total: 5, verified: 3 });
    expect(report.figures.unverified).toEqual([{ trial: 'toga', title: 'ToGA', total: 4, figures: ['mOS, Chemo: 11.1 mo', 'ORR, Chemo: 34.5% (IHC 3+)'] }]);
  });

  it('lists every discrepancy with the review and every uncited sentence', () => {
    expect(report.discrepancies).toEqual([
      { trial: 'toga', title: 'ToGA', measure: 'os', review: 'The review gives 11.8 months.', primary: 'The paper gives 11.1 months.', source: 'bang-2010' },
    ]);
    expect(report.uncited).toEqual([{ kind: 'agents', id: 'tdxd', title: 'T-DXd', sentences: ['It is given every three weeks.'] }]);
  });

  it('counts the dated items and lists those older than the limit at the as-of date, the boundary day included as fresh', () => {
    expect(report.freshness).toEqual({ asOf: '2026-01-01', months: 24, checked: 7, stale: [] });
    const oldToga = trial('toga', [], {
      title: 'ToGA',
      arms: [
        {
          id: 'c',
          label: 'Chemo',
          regimen: 'FP',
          outcomes: [
            { measure: 'os', value: 11.1, unit: 'months', source: ref('r'), verified: true, checked: '2023-12-31' },
            { measure: 'orr', value: 30, unit: 'percent', source: ref('r'), verified: true, checked: '2024-01-01' },
          ],
        },
      ],
    });
    const oldMet = mechanism('met', [], {
      title: 'MET',
      evidence: [{ id: 'e', claim: 'Cells resist', level: 'review', disease: 'gastric', stance: 'supports', sources: [ref('r')], checked: '2020-05-05' }],
    });
    const { freshness } = integrityReport([], [oldMet], [oldToga], [], { asOf: '2026-01-01', months: 24 });
    expect(freshness.checked).toBe(3);
    expect(freshness.stale).toEqual([
      { kind: 'mechanisms', id: 'met', title: 'MET', items: ['Cells resist (checked 2020-05-05)'] },
      { kind: 'trials', id: 'toga', title: 'ToGA', items: ['mOS, Chemo: 11.1 mo (checked 2023-12-31)'] },
    ]);
  });

  it('counts a structured claim without a source as uncited', () => {
    const bare = agent('bare', { targetSources: [] });
    const [, , facts] = integrityReport([bare], [], [], [], { asOf: '2026-01-01', months: 24 }).claims;
    expect(facts).toEqual({ kind: 'structured-facts', total: 2, cited: 1 });
  });
});
