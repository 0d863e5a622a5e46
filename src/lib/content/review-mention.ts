/**
 * The site is built from one review; a reader meeting "the review" must learn at once which one.
 * So its first mention on a page names it ("Shao et al., 2025") and cites it in the same
 * sentence, which links to the reference list. Later mentions may say "the review".
 */
export const REVIEW_NAME = 'Shao et al., 2025';
export const REVIEW_KEY = 'shao-2025-review';

/** "the review" or "the review's", but not a review committee or board (a trial's own assessors). */
const MENTION = /\bthe review(?:'s)?\b(?!\s+(?:committee|board|panel))/i;

/** What is wrong with the first mention of the review in a body, with its line (0-based), or undefined. */
export function reviewMentionProblem(body: string): { line: number; problem: string } | undefined {
  const lines = body.split('\n');
  let inFence = false;
  for (const [i, line] of lines.entries()) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const named = line.indexOf(REVIEW_NAME);
    const mention = line.search(MENTION);
    if (named < 0 && mention < 0) continue;
    if (named < 0 || (mention >= 0 && mention < named - 'the review by '.length)) {
      return { line: i, problem: `the first mention of the review must name it: "the review by ${REVIEW_NAME}"` };
    }
    if (!line.includes(`@${REVIEW_KEY}`)) return { line: i, problem: `the first mention of ${REVIEW_NAME} must cite it ([@${REVIEW_KEY}]) so it links to the reference list` };
    return undefined;
  }
  return undefined;
}
