import { describe, expect, it } from 'vitest';
import { withBase } from './remark-base-links.ts';

describe('withBase', () => {
  it('prefixes site-relative links with the base path and leaves other links alone', () => {
    expect(withBase('/agents/trastuzumab/', '/her2/')).toBe('/her2/agents/trastuzumab/');
    expect(withBase('/trials/toga/#results', '/')).toBe('/trials/toga/#results');
    expect(withBase('https://doi.org/10.1/x', '/her2/')).toBe('https://doi.org/10.1/x');
    expect(withBase('//cdn.example.org/x', '/her2/')).toBe('//cdn.example.org/x');
    expect(withBase('#fig-x', '/her2/')).toBe('#fig-x');
  });
});
