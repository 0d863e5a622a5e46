import { describe, expect, it } from 'vitest';
import { agentMechanismLinks, agentTrials, relatedPages } from './related.ts';
import { agent, effect, mechanism, trial } from '../../tests/fixtures/entries.ts';

const agents = [agent('trastuzumab'), agent('pertuzumab'), agent('lapatinib', { class: 'tyrosine-kinase-inhibitor' })];
const mechanisms = [
  mechanism('p95', [effect('monoclonal-antibody', ['cells'], 'trastuzumab'), effect('tyrosine-kinase-inhibitor', ['cells'], undefined, 'no-clear-effect')]),
  mechanism('met', [effect('monoclonal-antibody', ['patients'])]),
];
const trials = [trial('toga', ['trastuzumab']), trial('logic', ['lapatinib']), trial('jacob', ['trastuzumab', 'pertuzumab'])];
const all = { agents, mechanisms, trials };

describe('agentMechanismLinks', () => {
  it('links named agents specifically and class members through their class', () => {
    const links = agentMechanismLinks(agents, mechanisms);
    expect(links).toContainEqual({ agent: 'trastuzumab', mechanism: 'p95', direction: 'confers-resistance', specific: true });
    expect(links).toContainEqual({ agent: 'lapatinib', mechanism: 'p95', direction: 'no-clear-effect', specific: false });
    expect(links).toContainEqual({ agent: 'pertuzumab', mechanism: 'met', direction: 'confers-resistance', specific: false });
    expect(links.some((l) => l.agent === 'pertuzumab' && l.mechanism === 'p95')).toBe(false);
  });
});

describe('relatedPages', () => {
  const ids = (groups: ReturnType<typeof relatedPages>) => groups.map((g) => [g.label, g.items.map((i) => i.id)]);

  it('an agent page adds other agents of its class, not the trials and mechanisms it already lists', () => {
    expect(ids(relatedPages('agents', 'trastuzumab', all))).toEqual([['Other agents of this class (monoclonal antibody)', ['pertuzumab']]]);
    expect(relatedPages('agents', 'lapatinib', all)).toEqual([]);
  });

  it('a mechanism page adds the trials its evidence cites and other mechanisms of its category, strongest evidence first', () => {
    const withTrialEvidence = [
      ...mechanisms,
      mechanism('her3', [effect('monoclonal-antibody', ['cells'])], {
        evidence: [
          {
            id: 'cells',
            claim: 'Cells resist',
            level: 'phase-3',
            disease: 'gastric',
            stance: 'supports',
            sources: [{ collection: 'references', id: 'toga-paper' }],
            checked: '2026-01-01',
          },
        ],
      } as never),
    ];
    const withPaper = trials.map((t) => (t.id === 'toga' ? { ...t, data: { ...t.data, references: [{ collection: 'references' as const, id: 'toga-paper' }] } } : t));
    const groups = relatedPages('mechanisms', 'her3', { agents, mechanisms: withTrialEvidence, trials: withPaper });
    expect(ids(groups)).toEqual([
      ['Trials its evidence comes from', ['toga']],
      ['Other mechanisms of this kind (bypass signalling)', ['met', 'p95']],
    ]);
    // her3 rests on a phase 3 trial, met on an observational study: her3 first, although "met" sorts first by title.
    expect(ids(relatedPages('mechanisms', 'p95', { agents, mechanisms: withTrialEvidence, trials: withPaper }))).toEqual([
      ['Other mechanisms of this kind (bypass signalling)', ['her3', 'met']],
    ]);
  });

  it('a trial page adds mechanisms that name its agents and other trials of those agents in the same disease', () => {
    expect(ids(relatedPages('trials', 'toga', all))).toEqual([
      ['Resistance mechanisms studied in this trial or for its agents', ['p95']],
      ['Other trials of these agents in the same disease', ['jacob']],
    ]);
    expect(ids(relatedPages('trials', 'logic', all))).toEqual([]);
  });
});

describe('agentTrials', () => {
  it('lists the trials that test an agent', () => {
    expect(agentTrials('trastuzumab', trials)).toEqual(['jacob', 'toga']);
    expect(agentTrials('lapatinib', trials)).toEqual(['logic']);
  });
});
