import { describe, expect, it } from 'vitest';
import { groupResults } from './result-groups.ts';

const page = (url: string, type?: string) => ({ url, filters: type ? { type: [type] } : {} });

describe('groupResults', () => {
  it('groups by page type in the order of each group’s best result', () => {
    const ranked = [
      page('/mechanisms/met/', 'Resistance mechanism'),
      page('/agents/afatinib/', 'Agent'),
      page('/about/'),
      page('/trials/x/', 'Trial'),
      page('/agents/tucatinib/', 'Agent'),
    ];
    expect(groupResults(ranked).map((g) => [g.label, g.results.map((r) => r.url)])).toEqual([
      ['Resistance mechanisms', ['/mechanisms/met/']],
      ['Agents', ['/agents/afatinib/', '/agents/tucatinib/']],
      ['Other pages', ['/about/']],
      ['Trials', ['/trials/x/']],
    ]);
  });

  it('keeps at most the given number per group, the best ones', () => {
    const ranked = ['a', 'b', 'c'].map((id) => page(`/agents/${id}/`, 'Agent'));
    expect(groupResults(ranked, 2)).toEqual([{ label: 'Agents', results: ranked.slice(0, 2) }]);
  });

  it('returns no groups for no results', () => {
    expect(groupResults([])).toEqual([]);
  });
});
