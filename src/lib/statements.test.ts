import { describe, expect, it } from 'vitest';
import { countStatements, sentences } from './statements.ts';

describe('sentences', () => {
  it('splits at a full stop before a capital, but not inside numbers or after abbreviations', () => {
    expect(sentences('Median OS was 13.8 months [@a]. The HR was 0.74, e.g. Fewer deaths. Done?')).toEqual([
      'Median OS was 13.8 months [@a].',
      'The HR was 0.74, e.g. Fewer deaths.',
      'Done?',
    ]);
    expect(sentences('Bang et al. Reported it [@a]. vs. T-DM1 it was lower.')).toEqual(['Bang et al. Reported it [@a]. vs. T-DM1 it was lower.']);
  });
  it('drops fragments without words', () => {
    expect(sentences('Text [@a]. [@b]')).toEqual(['Text [@a].']);
  });
});

describe('countStatements', () => {
  const body = [
    '## Design',
    '',
    'ToGA randomised 594 patients [@bang-2010-toga]. It was open-label.',
    '',
    '- Median OS 13.8 months [@bang-2010-toga; @review]',
    '- See also JACOB.',
    '',
    '```mermaid id="x" caption="A figure"',
    'flowchart LR',
    '  accTitle: Not a statement.',
    '```',
  ].join('\n');
  it('counts sentences of paragraphs and list items, not headings or diagrams, and which carry a citation', () => {
    const count = countStatements(body);
    expect(count).toEqual({ sentences: 4, cited: 2, uncited: ['It was open-label.', 'See also JACOB.'] });
  });
  it('reports nothing for an empty body', () => {
    expect(countStatements('')).toEqual({ sentences: 0, cited: 0, uncited: [] });
  });
});
