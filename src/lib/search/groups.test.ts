import { describe, expect, it } from 'vitest';
import { entryGroup, groupClashes, searchTerms, synonymGroup } from './groups.ts';

const tdxd = entryGroup(
  'content/agents/trastuzumab-deruxtecan.mdx',
  { title: 'Trastuzumab deruxtecan', aliases: ['T-DXd', 'DS-8201'] },
  { url: '/agents/trastuzumab-deruxtecan/', type: 'Agent' },
);
const efflux = entryGroup(
  'content/mechanisms/drug-efflux-pumps.mdx',
  { title: 'Drug efflux pumps', aliases: ['ABCB1', 'MDR1', 'P-gp'] },
  { url: '/mechanisms/drug-efflux-pumps/', type: 'Resistance mechanism' },
);
const her2Glossary = { term: 'HER2', expansion: 'human epidermal growth factor receptor 2', aliases: ['ERBB2', 'neu'] };

describe('entryGroup', () => {
  it('joins the title and the aliases, naming the field of each', () => {
    expect(tdxd.names).toEqual([
      { term: 'Trastuzumab deruxtecan', field: 'title' },
      { term: 'T-DXd', field: 'aliases[0]' },
      { term: 'DS-8201', field: 'aliases[1]' },
    ]);
    expect(tdxd.page).toBe('/agents/trastuzumab-deruxtecan/');
  });
});

describe('synonymGroup', () => {
  it('takes every name of the glossary entry, then its own terms', () => {
    const group = synonymGroup('content/synonyms/her2.yaml', { glossary: 'her2', terms: ['HER-2'] }, her2Glossary);
    expect(group.names.map((n) => n.term)).toEqual(['HER2', 'human epidermal growth factor receptor 2', 'ERBB2', 'neu', 'HER-2']);
    expect(group.names.map((n) => n.field)).toEqual([
      'glossary (her2: term)',
      'glossary (her2: expansion)',
      'glossary (her2: aliases[0])',
      'glossary (her2: aliases[1])',
      'terms[0]',
    ]);
    expect(group.page).toBeUndefined();
  });
  it('works from its terms alone', () => {
    expect(synonymGroup('content/synonyms/x.yaml', { terms: ['PD-L1', 'CD274'] }).names.map((n) => n.term)).toEqual(['PD-L1', 'CD274']);
  });
});

describe('groupClashes', () => {
  it('finds a name in two groups, however it is spelled, and reports it at the later group', () => {
    const extra = synonymGroup('content/synonyms/p-gp.yaml', { terms: ['P-glycoprotein', 'mdr-1'] });
    const [clash, ...rest] = groupClashes([tdxd, efflux, extra]);
    expect(rest).toEqual([]);
    expect(clash.group.file).toBe('content/synonyms/p-gp.yaml');
    expect(clash.name).toEqual({ term: 'mdr-1', field: 'terms[1]' });
    expect(clash.other.file).toBe('content/mechanisms/drug-efflux-pumps.mdx');
    expect(clash.otherName).toEqual({ term: 'MDR1', field: 'aliases[1]' });
  });
  it('allows spelling variants inside one group', () => {
    const p95 = entryGroup('content/mechanisms/p95.mdx', { title: 'p95HER2 truncation', aliases: ['p95HER2', 'p95HER-2'] });
    expect(groupClashes([p95, tdxd])).toEqual([]);
  });
});

describe('searchTerms', () => {
  it("gives the search page each group's names once and its page", () => {
    const repeated = entryGroup('content/trials/x.mdx', { title: 'GASTHER1', aliases: ['GASTHER1', 'G1'] }, { url: '/trials/x/', type: 'Trial' });
    expect(searchTerms([tdxd, synonymGroup('f', { glossary: 'her2', terms: [] }, her2Glossary), repeated])).toEqual({
      groups: [
        { terms: ['Trastuzumab deruxtecan', 'T-DXd', 'DS-8201'], page: '/agents/trastuzumab-deruxtecan/', type: 'Agent' },
        { terms: ['HER2', 'human epidermal growth factor receptor 2', 'ERBB2', 'neu'] },
        { terms: ['GASTHER1', 'G1'], page: '/trials/x/', type: 'Trial' },
      ],
    });
  });
});
