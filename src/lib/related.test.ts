import { describe, expect, it } from 'vitest';
import { agentMechanismLinks, relatedPages } from './related.ts';
import { agent, effect, mechanism, trial } from './test-fixtures.ts';

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
  it('derives agent pages from trials and mechanisms', () => {
    expect(relatedPages('agents', 'trastuzumab', all)).toEqual({ agents: [], mechanisms: ['met', 'p95'], trials: ['jacob', 'toga'] });
  });
  it("derives mechanism pages from the agents they affect and those agents' trials", () => {
    expect(relatedPages('mechanisms', 'p95', all)).toEqual({ agents: ['lapatinib', 'trastuzumab'], mechanisms: [], trials: ['jacob', 'logic', 'toga'] });
  });
  it('derives trial pages from their agents', () => {
    expect(relatedPages('trials', 'logic', all)).toEqual({ agents: ['lapatinib'], mechanisms: ['p95'], trials: [] });
  });
  it('is symmetric: every link shows on both pages', () => {
    for (const kind of ['agents', 'mechanisms', 'trials'] as const) {
      for (const entry of all[kind]) {
        const related = relatedPages(kind, entry.id, all);
        for (const other of ['agents', 'mechanisms', 'trials'] as const) {
          for (const id of related[other]) expect(relatedPages(other, id, all)[kind], `${kind}/${entry.id} -> ${other}/${id}`).toContain(entry.id);
        }
      }
    }
  });
});
