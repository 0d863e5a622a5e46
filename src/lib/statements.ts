import { createProcessor } from '@mdx-js/mdx';
import { visit } from 'unist-util-visit';
import { CITATION_PATTERN } from './citations.ts';

/**
 * Statements in an entry's body text, for the integrity page. A statement is a sentence of a
 * paragraph or list item; headings, diagrams and code are not statements. It is cited when it
 * carries an in-text citation `[@key]`. Sentences end at . ! or ? followed by a space and a
 * capital letter or digit, except after the abbreviations below, so "HR 0.74" and "e.g. T-DXd"
 * do not split. This is a count to watch, not proof: the guide asks for a citation after every
 * factual sentence, and a sentence that only introduces the next one may fairly have none.
 */
export interface StatementCount {
  sentences: number;
  cited: number;
  /** Sentences without a citation, as written (citations removed, whitespace collapsed). */
  uncited: string[];
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|vs|et al|cf|approx|Fig|No|Dr|St)\.)$/;
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9“"([])/g;

const parser = createProcessor({ format: 'mdx' });

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/** Text of a paragraph; JSX expressions and code are left out, inline code kept. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  return (node.children ?? []).map(textOf).join('');
}

/** Splits one paragraph's text into sentences. */
export function sentences(text: string): string[] {
  const parts = text.replace(/\s+/g, ' ').trim().split(SENTENCE_END);
  const out: string[] = [];
  for (const part of parts) {
    if (out.length > 0 && ABBREVIATIONS.test(out[out.length - 1])) out[out.length - 1] += ` ${part}`;
    else out.push(part);
  }
  return out.filter((s) => /[A-Za-z]/.test(s.replace(CITATION_PATTERN, '')));
}

/** Counts the statements of one MDX body and how many carry a citation. */
export function countStatements(body: string): StatementCount {
  const tree = parser.parse(body) as unknown as Node;
  const count: StatementCount = { sentences: 0, cited: 0, uncited: [] };
  visit(tree as never, 'paragraph', (paragraph: Node) => {
    for (const sentence of sentences(textOf(paragraph))) {
      count.sentences += 1;
      if (new RegExp(CITATION_PATTERN.source).test(sentence)) count.cited += 1;
      else
        count.uncited.push(
          sentence
            .replace(CITATION_PATTERN, '')
            .replace(/\s+([.,;:])/g, '$1')
            .trim(),
        );
    }
  });
  return count;
}
