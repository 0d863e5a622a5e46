import { describe, expect, it } from 'vitest';
import { reviewMentionProblem } from './review-mention.ts';

describe('reviewMentionProblem', () => {
  it('accepts a first mention that names and cites the review, and plain later mentions', () => {
    expect(reviewMentionProblem('Intro.\n\nThe review by Shao et al., 2025 calls it rare [@shao-2025-review].\n\nThe review also says more.')).toBeUndefined();
    expect(reviewMentionProblem('Shao et al., 2025 describe it [@shao-2025-review]; the review adds a figure.')).toBeUndefined();
  });

  it('refuses an unnamed first mention, naming the line', () => {
    expect(reviewMentionProblem('First line.\nThe review says so [@shao-2025-review].\nThe review by Shao et al., 2025 [@shao-2025-review].')).toEqual({
      line: 1,
      problem: 'the first mention of the review must name it: "the review by Shao et al., 2025"',
    });
    expect(reviewMentionProblem("The review's figure differs [@shao-2025-review].")?.line).toBe(0);
  });

  it('refuses a first naming that does not cite the review', () => {
    expect(reviewMentionProblem('The review by Shao et al., 2025 says so.')?.problem).toMatch(/must cite it/);
  });

  it('ignores review committees, bodies that never mention it, and diagram code', () => {
    expect(reviewMentionProblem('Response was assessed by the review committee.')).toBeUndefined();
    expect(reviewMentionProblem('No mention here.')).toBeUndefined();
    expect(reviewMentionProblem('```mermaid\nA[the review]\n```')).toBeUndefined();
  });
});
