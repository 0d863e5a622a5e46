import { describe, expect, it } from 'vitest';
import { agentChecks, mechanismChecks, trialChecks } from './page-checks.ts';

const ref = (id: string) => ({ id });
const figure = (extra: object = {}) => ({ measure: 'os' as const, verified: true, checked: '2026-11-25', source: ref('bang-2010'), ...extra });

describe('trialChecks', () => {
  const trial = {
    arms: [
      { id: 'a', label: 'Trastuzumab + chemotherapy', outcomes: [figure({ checkNote: 'Its 95% CI was not in the abstract.' })] },
      {
        id: 'b',
        label: 'Chemotherapy alone',
        outcomes: [figure({ verified: false, source: ref('digest-2011'), checkNote: 'Read in a digest of the paper.' }), figure({ measure: 'orr' })],
      },
    ],
    comparisons: [{ ...figure({ verified: false }), experimental: 'a', control: 'b' }],
    statusChecked: { date: '2026-12-03', source: ref('ctgov'), note: 'Registry: completed.' },
  };

  it('counts verified and unverified figures', () => {
    expect(trialChecks(trial).summary).toBe('4 figures: 2 verified against a primary record, 2 not verified (each named below).');
  });

  it('names each figure that is unverified or carries a check note, with its source and date, and the registry check last', () => {
    const { items } = trialChecks(trial);
    expect(items.map((i) => i.what)).toEqual([
      'Median overall survival, Trastuzumab + chemotherapy',
      'Median overall survival, Chemotherapy alone',
      'Median overall survival, Trastuzumab + chemotherapy vs Chemotherapy alone (comparison)',
      'Trial status',
    ]);
    expect(items[0].text).toBe('Verified against the primary record. Its 95% CI was not in the abstract.');
    expect(items[1]).toEqual({
      what: 'Median overall survival, Chemotherapy alone',
      text: 'Not verified against a primary record. Read in a digest of the paper.',
      source: 'digest-2011',
      checked: '2026-11-25',
    });
    expect(items[3]).toEqual({ what: 'Trial status', text: 'Registry: completed.', source: 'ctgov', checked: '2026-12-03' });
  });

  it('leads with the reason when no figure could be verified, and says when there are no figures', () => {
    expect(trialChecks({ arms: [], comparisons: [], unverifiedReason: 'Only news reports so far.' })).toEqual({
      summary: 'This page reports no figures yet.',
      items: [{ what: 'All figures', text: 'Only news reports so far.' }],
    });
  });
});

describe('agentChecks', () => {
  it('lists approvals seen only in a secondary report and the check’s own note', () => {
    const checks = agentChecks({
      regulatory: {
        checked: '2026-12-03',
        note: 'No approval found in Korea.',
        approvals: [
          { region: 'usa', date: '2021-01-15', gastric: true, verified: true, source: ref('fda') },
          { region: 'china', date: '2026-01', gastric: true, verified: false, source: ref('news'), note: 'Second line.' },
        ],
      },
    });
    expect(checks.summary).toBe('2 approvals recorded, checked on 3 December 2026; 1 not verified in the regulator’s own record.');
    expect(checks.items).toEqual([
      { what: 'Regulatory status', text: 'No approval found in Korea.', checked: '2026-12-03' },
      { what: 'China (NMPA) 2026-01 (gastric)', text: 'Seen in a secondary report, not in the regulator’s own record. Second line.', source: 'news' },
    ]);
  });
  it('says when regulatory status has not been checked', () => {
    expect(agentChecks({}).summary).toMatch(/not yet checked/);
  });
});

describe('mechanismChecks', () => {
  it('gives the span of check dates', () => {
    expect(mechanismChecks({ evidence: [{ checked: '2026-12-03' }, { checked: '2026-11-25' }] }).summary).toBe(
      '2 evidence items, each checked against its cited sources between 25 November 2026 and 3 December 2026.',
    );
    expect(mechanismChecks({ evidence: [{ checked: '2026-11-25' }] }).summary).toBe('1 evidence item, each checked against its cited sources on 25 November 2026.');
  });
});
