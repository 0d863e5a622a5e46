import { describe, expect, it } from 'vitest';
import { citationNumber, findCitations, pageReferenceOrder } from './citations.ts';

describe('findCitations', () => {
  it('finds single and grouped keys with their positions', () => {
    const text = 'OS improved [@bang-2010-toga]. Also [@a-1; @b-2].';
    expect(findCitations(text)).toEqual([
      { keys: ['bang-2010-toga'], index: 12, length: 17 },
      { keys: ['a-1', 'b-2'], index: 36, length: 12 },
    ]);
  });
  it('ignores ordinary brackets and e-mail-like text', () => {
    expect(findCitations('see [figure 2] and a@b.org [@ not-a-key]')).toEqual([]);
  });
});

describe('pageReferenceOrder', () => {
  it('puts body citations first, then frontmatter-only keys, without repeats', () => {
    expect(pageReferenceOrder(['b', 'a', 'b'], ['c', 'a'])).toEqual(['b', 'a', 'c']);
  });
  it('numbers keys from 1 and refuses unknown ones', () => {
    expect(citationNumber(['x', 'y'], 'y')).toBe(2);
    expect(() => citationNumber(['x'], 'z')).toThrow(/"z"/);
  });
});
