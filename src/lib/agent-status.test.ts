import { describe, expect, it } from 'vitest';
import { agentGastricEvidence, agentGastricStatus, approvalSummary } from './agent-status.ts';

const agent = (id: string, stage: 'phase-2' | 'phase-3' | 'approved', approvals: Array<{ region: 'usa' | 'eu' | 'japan' | 'china'; gastric: boolean; date: string }> = []) => ({
  id,
  data: { gastricStatus: { stage, detail: '' }, regulatory: { approvals } },
});
const trial = (
  title: string,
  agentId: string,
  result?: 'met' | 'not-met' | 'not-powered' | 'ongoing',
  extra: Partial<{ disease: string; evidenceLevel: string; subgroupOf: unknown; status: string }> = {},
) => ({
  data: { title, agents: [{ id: agentId }], disease: 'gastric', evidenceLevel: 'phase-3', status: 'completed', primaryEndpoint: result ? { result } : undefined, ...extra },
});

describe('agentGastricStatus', () => {
  it('names the regions and years of gastric approvals, first approval per region, in date order', () => {
    const tdxd = agent('tdxd', 'approved', [
      { region: 'usa', gastric: true, date: '2021-01-15' },
      { region: 'japan', gastric: true, date: '2020-09-25' },
      { region: 'usa', gastric: false, date: '2019-12' },
      { region: 'china', gastric: true, date: '2024-08' },
      { region: 'china', gastric: true, date: '2026-01-22' },
    ]);
    expect(agentGastricStatus(tdxd, [])).toMatchObject({ kind: 'approved', label: 'Approved', detail: 'Japan 2020 · USA 2021 · China 2024' });
  });
  it('tells a positive phase 3 from a negative one, and an approval elsewhere is not a gastric approval', () => {
    expect(agentGastricStatus(agent('zani', 'phase-3'), [trial('HERIZON-GEA-01', 'zani', 'met')])).toMatchObject({ kind: 'positive-phase-3', detail: 'HERIZON-GEA-01' });
    const tdm1 = agent('tdm1', 'phase-3', [{ region: 'usa', gastric: false, date: '2013-02-22' }]);
    expect(agentGastricStatus(tdm1, [trial('GATSBY', 'tdm1', 'not-met')])).toMatchObject({ kind: 'negative-phase-3', label: 'Negative phase 3', detail: 'GATSBY' });
  });
  it('counts only randomised gastric phase 3 trials of that agent, not breast trials, subgroups or other agents', () => {
    const trials = [trial('KATHERINE', 'tdm1', 'met', { disease: 'breast' }), trial('ToGA Japan', 'tdm1', 'met', { subgroupOf: { id: 'toga' } }), trial('Other', 'x', 'met')];
    expect(agentGastricStatus(agent('tdm1', 'phase-2'), trials)).toMatchObject({ kind: 'phase-2', label: 'Phase 2' });
  });
  it('an ongoing phase 3 outranks an earlier negative one', () => {
    expect(agentGastricStatus(agent('a', 'phase-3'), [trial('OLD', 'a', 'not-met'), trial('NEW', 'a', 'ongoing')])).toMatchObject({ kind: 'phase-3-ongoing', detail: 'NEW' });
  });
  it('summarises approvals per region, and says which rest on a secondary report', () => {
    expect(
      approvalSummary([
        { region: 'eu', gastric: true, date: '2010-01' },
        { region: 'usa', gastric: true, date: '2010-10-20' },
      ]),
    ).toBe('EU 2010 · USA 2010');
    expect(approvalSummary([{ region: 'usa', gastric: true, date: '2026-08-25', verified: false }])).toBe('USA 2026 (unverified)');
  });
});

describe('agentGastricEvidence', () => {
  it('gives the strongest level among gastric trials of the agent and names them', () => {
    const trials = [
      trial('Phase 1 study', 'a', undefined, { evidenceLevel: 'phase-1' }),
      trial('BIG ONE', 'a', 'met'),
      trial('BREAST', 'a', 'met', { disease: 'breast' }),
      trial('SUBGROUP', 'a', 'met', { subgroupOf: { id: 'big-one' } }),
      trial('RUNNING', 'a', 'ongoing', { status: 'ongoing' }),
    ];
    expect(agentGastricEvidence('a', trials)).toEqual({ level: 'phase-3', trials: ['BIG ONE'] });
  });
  it('leaves out breast trials and subgroups, and gives nothing when no gastric trial tests the agent', () => {
    expect(agentGastricEvidence('a', [trial('BREAST', 'a', 'met', { disease: 'breast' })])).toBeUndefined();
    expect(agentGastricEvidence('a', [trial('Phase 2', 'a', undefined, { evidenceLevel: 'phase-2-single-arm' }), trial('Other', 'b', 'met')])).toEqual({
      level: 'phase-2-single-arm',
      trials: ['Phase 2'],
    });
  });
});
