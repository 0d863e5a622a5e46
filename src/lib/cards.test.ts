import { describe, expect, it } from 'vitest';
import { cardLinks, cardReferences, compactReference, diseaseMix, keyEvidence, keyTrials, linkedIds, mainFigure, trialHeadline, trialSources } from './cards.ts';
import { trial } from '../../tests/fixtures/entries.ts';
import type { EvidenceItem } from './types.ts';

const ref = (id: string) => ({ id, collection: 'references' });
const item = (
  id: string,
  level: EvidenceItem['level'],
  disease: EvidenceItem['disease'],
  stance: EvidenceItem['stance'] = 'supports',
  claim = `Claim ${id} long enough`,
): EvidenceItem => ({
  id,
  claim,
  level,
  disease,
  stance,
  sources: [ref(`${id}-ref`)],
  checked: '2026-01-01',
});
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((x) => x.id);

describe('mainFigure', () => {
  it('is the first diagram, or none', () => {
    expect(mainFigure([{ id: 'a' }, { id: 'b' }])).toEqual({ id: 'a' });
    expect(mainFigure([])).toBeUndefined();
    expect(mainFigure(undefined)).toBeUndefined();
  });
});

describe('keyEvidence', () => {
  it("ranks by level, then gastric first, then the authors' order", () => {
    const items = [
      item('cells', 'preclinical-in-vitro', 'preclinical'),
      item('breast', 'observational', 'breast'),
      item('gastric', 'observational', 'gastric'),
      item('mice', 'preclinical-in-vivo', 'preclinical'),
    ];
    expect(ids(keyEvidence(items, 4, 10_000).shown)).toEqual(['gastric', 'breast', 'mice', 'cells']);
  });
  it('stops at the item limit and counts what it left for the full page', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((id) => item(id, 'observational', 'gastric'));
    expect(keyEvidence(items, 3, 10_000)).toMatchObject({ omitted: 2 });
    expect(ids(keyEvidence(items, 3, 10_000).shown)).toEqual(['a', 'b', 'c']);
  });
  it('stops at the character budget but always keeps one item', () => {
    const long = (id: string) => item(id, 'observational', 'gastric', 'supports', 'x'.repeat(300));
    expect(ids(keyEvidence([long('a'), long('b'), long('c')], 4, 650).shown)).toEqual(['a', 'b']);
    expect(ids(keyEvidence([long('a'), long('b')], 4, 100).shown)).toEqual(['a']);
  });
  it('keeps the strongest contradicting or mixed item in place of weaker supporting ones', () => {
    const items = [
      item('s1', 'phase-3', 'gastric'),
      item('s2', 'observational', 'gastric'),
      item('s3', 'observational', 'breast'),
      item('against', 'preclinical-in-vitro', 'preclinical', 'contradicts'),
      item('mixed', 'review', 'preclinical', 'mixed'),
    ];
    const { shown, omitted } = keyEvidence(items, 3, 10_000);
    expect(ids(shown)).toEqual(['s1', 's2', 'against']);
    expect(omitted).toBe(2);
  });
  it('leaves the order alone when dissent already made the cut', () => {
    const items = [item('against', 'phase-3', 'gastric', 'contradicts'), item('s1', 'observational', 'gastric')];
    expect(ids(keyEvidence(items, 4, 10_000).shown)).toEqual(['against', 's1']);
  });
});

describe('diseaseMix', () => {
  it('counts items per disease context in vocabulary order and leaves out empty contexts', () => {
    const items = [item('a', 'review', 'preclinical'), item('b', 'observational', 'gastric'), item('c', 'observational', 'preclinical')];
    expect(diseaseMix(items)).toEqual([
      { disease: 'gastric', count: 1 },
      { disease: 'preclinical', count: 2 },
    ]);
  });
});

describe('linkedIds', () => {
  it('lists linked entries of one kind in order of first link, without repeats', () => {
    const body = 'See [ToGA](/trials/toga/) and [KN-811](/trials/keynote-811/), [again](/trials/toga/#results), [an agent](/agents/toga/) and\n  click X href "/trials/jacob/"';
    expect(linkedIds(body, 'trials')).toEqual(['toga', 'keynote-811', 'jacob']);
    expect(linkedIds(body, 'agents')).toEqual(['toga']);
  });
});

describe('keyTrials', () => {
  const trials = [
    trial('breast3', ['x'], { disease: 'breast', evidenceLevel: 'phase-3', title: 'B3' }),
    trial('gastric2', ['x'], { evidenceLevel: 'phase-2-single-arm', title: 'G2' }),
    trial('late3', ['x'], { title: 'A late phase 3' }),
    trial('early3', ['x'], { title: 'Z early phase 3' }),
    trial('unmentioned3', ['x'], { title: 'M unmentioned' }),
  ];
  it('puts gastric trials first, then stronger designs, then the order the agent page links them', () => {
    expect(ids(keyTrials(trials, ['early3', 'breast3', 'late3'], 10).shown)).toEqual(['early3', 'late3', 'unmentioned3', 'gastric2', 'breast3']);
  });
  it('keeps at most `max`, breaks remaining ties by title, and counts the rest', () => {
    const { shown, omitted } = keyTrials(trials, [], 2);
    expect(ids(shown)).toEqual(['late3', 'unmentioned3']);
    expect(omitted).toBe(3);
  });
});

const outcome = (measure: 'orr' | 'os' | 'pfs', value: number, source: string, extra: Record<string, unknown> = {}) => ({
  measure,
  value,
  unit: measure === 'orr' ? ('percent' as const) : ('months' as const),
  source: ref(source),
  verified: true,
  checked: '2026-01-01',
  ...extra,
});

describe('trialHeadline', () => {
  it('prefers the overall survival hazard ratio and names the arms it compares', () => {
    const t = trial('toga', ['trastuzumab'], {
      arms: [
        { id: 'exp', label: 'Trastuzumab + chemo', regimen: 'x', outcomes: [outcome('os', 13.8, 'p-2010')] },
        { id: 'ctl', label: 'Chemo', regimen: 'y', outcomes: [outcome('os', 11.1, 'p-2010')] },
      ],
      comparisons: [
        { measure: 'pfs', experimental: 'exp', control: 'ctl', hr: 0.71, source: ref('p-2010'), verified: true, checked: '2026-01-01' },
        { measure: 'os', experimental: 'exp', control: 'ctl', hr: 0.74, ci: [0.6, 0.91], source: ref('p-2010'), verified: true, checked: '2026-01-01' },
      ],
    });
    expect(trialHeadline(t)).toMatchObject({ arms: 'Trastuzumab + chemo vs Chemo', text: 'OS HR 0.74 (95% CI 0.6–0.91)', cell: { sources: ['p-2010'], verified: true } });
  });
  it('uses a figure reported only for a named population, and names it', () => {
    const t = trial('logic', ['lapatinib'], {
      arms: [
        { id: 'exp', label: 'Lapatinib', regimen: 'x', outcomes: [outcome('orr', 53, 'p-2016', { population: 'primary efficacy population' })] },
        { id: 'ctl', label: 'Placebo', regimen: 'y', outcomes: [outcome('orr', 39, 'p-2016', { population: 'primary efficacy population' })] },
      ],
      comparisons: [
        {
          measure: 'os',
          experimental: 'exp',
          control: 'ctl',
          hr: 0.91,
          ci: [0.73, 1.12],
          population: 'primary efficacy population',
          source: ref('p-2016'),
          verified: true,
          checked: '2026-01-01',
        },
      ],
      discrepancies: [{ measure: 'os', review: 'The arms are swapped', primary: 'The primary says otherwise', source: ref('p-2016') }],
    });
    expect(trialHeadline(t)).toMatchObject({ text: 'OS HR 0.91 (95% CI 0.73–1.12), primary efficacy population', cell: { differsFromReview: true } });
    expect(trialHeadline({ ...t, data: { ...t.data, comparisons: [] } })).toMatchObject({ arms: 'Lapatinib vs Placebo', text: 'ORR 53% vs 39%, primary efficacy population' });
  });
  it('falls back to the response rate of a single-arm study, and to nothing without results', () => {
    const t = trial('single', ['x'], {
      arms: [{ id: 'a', label: 'Drug', regimen: 'x', n: 40, outcomes: [outcome('pfs', 5.6, 'pfs-src'), outcome('orr', 51, 'orr-src', { verified: false })] }],
    });
    expect(trialHeadline(t)).toMatchObject({ arms: 'Drug (n=40)', text: 'ORR 51%', cell: { sources: ['orr-src'], verified: false } });
    expect(trialHeadline(trial('none', ['x']))).toBeUndefined();
  });
  it("gives a trial's sources as its primary publication, then the headline figure's", () => {
    const t = trial('single', ['x'], { references: [ref('primary'), ref('update')], arms: [{ id: 'a', label: 'Drug', regimen: 'x', outcomes: [outcome('orr', 51, 'update')] }] });
    expect(trialSources(t, trialHeadline(t))).toEqual(['primary', 'update']);
  });
});

describe('cardReferences', () => {
  const review = new Set(['review']);
  it('gives each shown item its first source before any item gets a second', () => {
    expect(cardReferences([['a1', 'a2', 'a3'], ['b1'], ['c1', 'c2']], [], review, 5)).toEqual(['a1', 'b1', 'c1', 'a2', 'c2']);
  });
  it("fills up from the entry's own order and puts the review last, without repeats", () => {
    expect(cardReferences([['review', 'a1'], ['a1']], ['review', 'body1', 'a1', 'body2'], review, 5)).toEqual(['a1', 'body1', 'body2', 'review']);
    expect(cardReferences([], ['review', 'x', 'y', 'z', 'w', 'v'], review, 5)).toEqual(['x', 'y', 'z', 'w', 'v']);
  });
  it('never gives more than the limit', () => {
    const groups = Array.from({ length: 9 }, (_, i) => [`r${i}`]);
    expect(cardReferences(groups, [], review, 5)).toHaveLength(5);
    expect(cardReferences([], [], review, 5)).toEqual([]);
  });
});

describe('cardLinks', () => {
  const link = (agent: string, direction: 'confers-resistance' | 'reduces-benefit' | 'no-clear-effect', specific: boolean) => ({ agent, mechanism: 'm', direction, specific });
  it('shows links named in the evidence first, then stronger effects, then by title, up to the limit', () => {
    const links = [link('b', 'no-clear-effect', false), link('a', 'reduces-benefit', false), link('c', 'no-clear-effect', true), link('d', 'confers-resistance', false)];
    const { shown, omitted } = cardLinks(links, (l) => l.agent, 3);
    expect(shown.map((l) => l.agent)).toEqual(['c', 'd', 'a']);
    expect(omitted).toBe(1);
  });
});

describe('compactReference', () => {
  const base = { type: 'article-journal' as const, title: 'Trastuzumab in gastric cancer (ToGA)', issued: { 'date-parts': [[2010, 8]] } };
  it('keeps two authors and shortens three or more to the first and et al', () => {
    const people = [
      { family: 'Bang', given: 'Yung-Jue' },
      { family: 'Van Cutsem', given: 'Eric' },
      { family: 'Feyereislova', given: 'Andrea' },
    ];
    expect(compactReference({ ...base, author: people, 'container-title': 'The Lancet', 'container-title-short': 'Lancet' })).toBe(
      'Bang YJ, et al. Trastuzumab in gastric cancer (ToGA). Lancet. 2010.',
    );
    expect(compactReference({ ...base, author: people.slice(0, 2), 'container-title': 'The Lancet' })).toBe(
      'Bang YJ, Van Cutsem E. Trastuzumab in gastric cancer (ToGA). The Lancet. 2010.',
    );
  });
  it('handles organisations, missing authors and titles that end in punctuation', () => {
    expect(compactReference({ ...base, author: [{ literal: 'US Food and Drug Administration' }], title: 'Is it approved?', publisher: 'FDA' })).toBe(
      'US Food and Drug Administration. Is it approved? FDA. 2010.',
    );
    expect(compactReference({ ...base, type: 'webpage', 'container-title': 'OncLive' })).toBe('Trastuzumab in gastric cancer (ToGA). OncLive. 2010.');
  });
});
