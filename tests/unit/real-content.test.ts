import { describe, expect, it } from 'vitest';
import { problems } from './fixture.ts';

describe('the site content in content/', () => {
  it('passes every content check (schemas, cross-links, citation keys, unused references, numeric checks, diagrams)', () => {
    expect(problems('content')).toEqual([]);
  });
});
