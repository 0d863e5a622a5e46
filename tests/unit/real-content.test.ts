import { describe, expect, it } from 'vitest';
import { loadSiteFigures } from '../../src/lib/content/files.ts';
import { problems } from './fixture.ts';

describe('the site content in content/', () => {
  it("passes every content check (schemas, cross-links, citation keys, unused references, numeric checks, diagrams), with the site's own figures", () => {
    expect(problems('content', loadSiteFigures())).toEqual([]);
  });
});
