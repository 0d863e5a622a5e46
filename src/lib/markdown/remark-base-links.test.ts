import { describe, expect, it } from 'vitest';
import { siteLinkWithBase } from './remark-base-links.ts';

describe('siteLinkWithBase', () => {
  it('prefixes site-relative links with the base path and leaves other links alone', () => {
    expect(siteLinkWithBase('/agents/trastuzumab/', '/her2/')).toBe('/her2/agents/trastuzumab/');
    expect(siteLinkWithBase('/trials/toga/#results', '/')).toBe('/trials/toga/#results');
    expect(siteLinkWithBase('https://doi.org/10.1/x', '/her2/')).toBe('https://doi.org/10.1/x');
    expect(siteLinkWithBase('//cdn.example.org/x', '/her2/')).toBe('//cdn.example.org/x');
    expect(siteLinkWithBase('#fig-x', '/her2/')).toBe('#fig-x');
  });
});
