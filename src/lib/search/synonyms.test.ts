import { describe, expect, it } from 'vitest';
import { exactQuery, expansionsFor, groupFinder, holdsName, matchedTerm, mergeHits, nameOnPage, normaliseTerm, pinPage, separatedWords, type SearchTerms } from './synonyms.ts';

const tdxd = { terms: ['Trastuzumab deruxtecan', 'T-DXd', 'DS-8201', 'DS-8201a', 'Enhertu'], page: '/agents/trastuzumab-deruxtecan/' };
const her2 = { terms: ['HER2', 'human epidermal growth factor receptor 2', 'ERBB2', 'neu', 'HER2/neu', 'HER-2'] };
const data: SearchTerms = { groups: [tdxd, her2] };

describe('normaliseTerm', () => {
  it('makes spellings of one name equal: case, hyphens, spaces, slashes, accents and Greek letters', () => {
    expect(normaliseTerm('DS8201')).toBe(normaliseTerm('DS-8201'));
    expect(normaliseTerm('ds 8201')).toBe(normaliseTerm('DS-8201'));
    expect(normaliseTerm('HER2/neu')).toBe('her2neu');
    expect(normaliseTerm('TGF-β')).toBe(normaliseTerm('TGF-beta'));
    expect(normaliseTerm('p110α')).toBe(normaliseTerm('p110 alpha'));
    expect(normaliseTerm('Café')).toBe('cafe');
  });
  it('keeps different names apart', () => {
    expect(normaliseTerm('DS-8201a')).not.toBe(normaliseTerm('DS-8201'));
    expect(normaliseTerm('T-DM1')).not.toBe(normaliseTerm('T-DXd'));
  });
});

describe('groupFinder', () => {
  const find = groupFinder(data);
  it('finds the group a whole query names, however it is spelled', () => {
    expect(find('DS8201')).toBe(tdxd);
    expect(find('  enhertu ')).toBe(tdxd);
    expect(find('erbb2')).toBe(her2);
  });
  it('finds nothing for a query that is not a whole name', () => {
    expect(find('DS')).toBeUndefined();
    expect(find('Enhertu trials')).toBeUndefined();
    expect(find('---')).toBeUndefined();
  });
});

describe('expansionsFor', () => {
  it('lists the other names of the group, not the query again', () => {
    expect(expansionsFor('enhertu', tdxd)).toEqual(['Trastuzumab deruxtecan', 'T-DXd', 'DS-8201', 'DS-8201a']);
  });
  it('keeps a differently spelled form of the query, which may be indexed differently', () => {
    expect(expansionsFor('DS8201', tdxd)).toContain('DS-8201');
  });
  it('is empty without a group', () => {
    expect(expansionsFor('pembrolizumab', undefined)).toEqual([]);
  });
});

describe('exactQuery', () => {
  it('quotes a name for an exact Pagefind search and drops quotes inside it', () => {
    expect(exactQuery('MET')).toBe('"MET"');
    expect(exactQuery('say "no"')).toBe('"say  no"');
  });
});

describe('mergeHits', () => {
  it('puts pages the typed query finds first, in their own order, then pages found through other names by best score', () => {
    const merged = mergeHits(
      'ERBB2',
      [
        { id: 'p95', score: 0.1 },
        { id: 'glossary', score: 0.05 },
      ],
      [
        {
          term: 'HER2',
          hits: [
            { id: 'trastuzumab', score: 0.02 },
            { id: 'p95', score: 0.3 },
            { id: 'vaccine', score: 0.01 },
          ],
        },
        { term: 'neu', hits: [{ id: 'vaccine', score: 0.08 }] },
      ],
    );
    expect(merged).toEqual([
      { id: 'p95', score: 0.1, via: 'ERBB2', literal: true },
      { id: 'glossary', score: 0.05, via: 'ERBB2', literal: true },
      { id: 'vaccine', score: 0.08, via: 'neu', literal: false },
      { id: 'trastuzumab', score: 0.02, via: 'HER2', literal: false },
    ]);
  });
  it('lists each page once', () => {
    const merged = mergeHits(
      'a',
      [],
      [
        { term: 'b', hits: [{ id: 'x', score: 1 }] },
        { term: 'c', hits: [{ id: 'x', score: 2 }] },
      ],
    );
    expect(merged).toEqual([{ id: 'x', score: 2, via: 'c', literal: false }]);
  });
});

describe('pinPage', () => {
  const results = [{ url: '/trials/destiny-gastric01/' }, { url: '/references/' }, { url: '/agents/trastuzumab-deruxtecan/' }];
  it('moves the page of the entry the query names to the top and keeps the rest in order', () => {
    expect(pinPage(results, tdxd).map((r) => r.url)).toEqual(['/agents/trastuzumab-deruxtecan/', '/trials/destiny-gastric01/', '/references/']);
  });
  it('changes nothing for a group without a page, or when the page was not found', () => {
    expect(pinPage(results, her2)).toEqual(results);
    expect(pinPage(results.slice(0, 2), tdxd)).toEqual(results.slice(0, 2));
  });
});

describe('matchedTerm', () => {
  const own = { url: tdxd.page, title: 'Trastuzumab deruxtecan', via: 'DS-8201', literal: true };
  it('names the alias, as the content spells it, when the entry page is found by an alias', () => {
    expect(matchedTerm('DS-8201', own, tdxd)).toBe('DS-8201');
    expect(matchedTerm('ds8201', own, tdxd)).toBe('DS-8201');
    expect(matchedTerm('ENHERTU', { ...own, via: 'ENHERTU' }, tdxd)).toBe('Enhertu');
  });
  it('names the alias spelled as typed when two aliases differ only in spelling', () => {
    const tgf = { terms: ['TGF-β signalling', 'TGF-beta', 'TGF-β'], page: '/mechanisms/tgf-beta/' };
    const page = { url: tgf.page, title: 'Stromal signalling', via: 'TGF-β', literal: true };
    expect(matchedTerm('TGF-β', page, tgf)).toBe('TGF-β');
    expect(matchedTerm('tgf-BETA', page, tgf)).toBe('TGF-beta');
    expect(matchedTerm('TGF β', page, tgf)).toBe('TGF-beta');
  });
  it('says nothing when the title holds the query', () => {
    expect(matchedTerm('trastuzumab deruxtecan', own, tdxd)).toBeUndefined();
    expect(matchedTerm('deruxtecan', own, undefined)).toBeUndefined();
  });
  it('names the other name that found a page the query did not', () => {
    const trial = { url: '/trials/destiny-gastric01/', title: 'DESTINY-Gastric01', via: 'T-DXd', literal: false };
    expect(matchedTerm('Enhertu', trial, tdxd)).toBe('T-DXd');
  });
  it('says nothing for a page that holds the query itself', () => {
    const trial = { url: '/trials/destiny-gastric01/', title: 'DESTINY-Gastric01', via: 'Enhertu', literal: true };
    expect(matchedTerm('Enhertu', trial, tdxd)).toBeUndefined();
    expect(matchedTerm('ERBB2', { url: '/mechanisms/p95her2-truncation/', title: 'p95HER2 truncation', via: 'ERBB2', literal: true }, her2)).toBeUndefined();
  });
});

describe('separatedWords', () => {
  it('spells a text as normaliseTerm does, with one space for each run of dropped characters', () => {
    expect(separatedWords('HER-2/neu, then T-DXd (DS 8201)…')).toBe('her 2 neu then t dxd ds 8201 ');
    expect(separatedWords('TGF-β and p110α')).toBe('tgf beta and p110alpha');
    // An accent is part of its letter, not a break in the word.
    expect(separatedWords('Café résumé')).toBe('cafe resume');
  });
  it('agrees with normaliseTerm applied to each character on its own', () => {
    const text = 'Ä ﬁrst — HER2/neu: 3+ (IHC) · TGF‑β1, PI3K/AKT/mTOR; naïve CD274²';
    const byCharacter = [...text]
      .map((ch) => normaliseTerm(ch) || ' ')
      .join('')
      .replace(/ +/g, ' ');
    expect(separatedWords(text)).toBe(byCharacter);
    // Where they differ, the whole-text reading is the truer one: ½ is 1⁄2, not the number 12.
    expect(separatedWords('½')).toBe('1 2');
  });
});

describe('holdsName', () => {
  it('finds a name written in any spelling normaliseTerm treats as one', () => {
    expect(holdsName('a vaccine against HER-2/neu peptides', 'HER2/neu')).toBe(true);
    expect(holdsName('Enhertu (DS 8201) was', 'DS-8201')).toBe(true);
    expect(holdsName('loss of TGF-β signalling', 'TGF-beta')).toBe(true);
  });
  it("does not find a stemmed or scattered form, which Pagefind's phrase search does", () => {
    expect(holdsName('tumours that were EGFR amplified', 'EGFR amplification')).toBe(false);
    expect(holdsName('EGFR-HER2 heterodimer formation', 'EGFR-HER2 heterodimers')).toBe(false);
    expect(holdsName('HER2 and, later, neu', 'HER2/neu')).toBe(false);
  });
  it('takes a numbered member for a gene name ending in a letter, never a longer number', () => {
    expect(holdsName('activating AKT1 mutations', 'AKT')).toBe(true);
    expect(holdsName('CD340 is another name', 'CD34')).toBe(false);
    expect(holdsName('HER22 clone', 'HER2')).toBe(false);
  });
  it('holds whole words only', () => {
    expect(holdsName('metabolic change', 'MET')).toBe(false);
    expect(holdsName('MET amplification', 'MET')).toBe(true);
    expect(holdsName('anything', '—')).toBe(false);
  });
});

describe('nameOnPage', () => {
  const egfr = { terms: ['EGFR amplification', 'HER1', 'EGFR-HER2 heterodimers'], page: '/mechanisms/egfr-amplification/' };
  const lapatinib = { url: '/agents/lapatinib/', via: 'EGFR amplification', literal: false };
  it('keeps the name that found the page when the page writes it', () => {
    expect(nameOnPage('HER1', lapatinib, 'in EGFR amplification, lapatinib', egfr)).toBe('EGFR amplification');
  });
  it('names another name of the group the page writes when the one that found it was only a stem match', () => {
    expect(nameOnPage('HER1', lapatinib, 'EGFR amplified tumours and EGFR-HER2 heterodimers', egfr)).toBe('EGFR-HER2 heterodimers');
  });
  it('drops a page that writes no name of the group, and never offers the query itself as the label', () => {
    expect(nameOnPage('HER1', lapatinib, 'EGFR amplified tumours', egfr)).toBeUndefined();
    expect(nameOnPage('HER1', lapatinib, 'EGFR amplified tumours; HER1', egfr)).toBeUndefined();
  });
  it("keeps pages the query found itself and the entry's own page unchanged", () => {
    expect(nameOnPage('HER1', { ...lapatinib, via: 'HER1', literal: true }, '', egfr)).toBe('HER1');
    expect(nameOnPage('HER1', { url: egfr.page, via: 'EGFR amplification', literal: false }, '', egfr)).toBe('EGFR amplification');
  });
  it('labels a spelling of the query that found the page, as the content writes it', () => {
    expect(nameOnPage('ds8201', { url: '/trials/destiny-gastric01/', via: 'DS-8201', literal: false }, 'DS-8201 was given', tdxd)).toBe('DS-8201');
  });
});
