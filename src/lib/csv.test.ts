import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks, and leaves blanks for missing values', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        { a: 'x, y', b: 'say "hi"', c: undefined },
        { a: 1, b: true, c: 'two\nlines' },
      ],
    );
    expect(csv).toBe('a,b,c\r\n"x, y","say ""hi""",\r\n1,true,"two\nlines"\r\n');
  });
  it('turns cells a spreadsheet would run as formulas into text, and leaves numbers alone', () => {
    for (const formula of ['=HYPERLINK("https://evil.example","click")', '+1+cmd|/C calc', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', '=1']) {
      expect(neutraliseFormula(formula)).toBe(`'${formula}`);
    }
    for (const plain of ['-0.5', '+3', '-12', '1e-3', 'HER2-positive', 'ToGA', '', '95% CI']) expect(neutraliseFormula(plain)).toBe(plain);
    expect(toCsv(['trial'], [{ trial: '=HYPERLINK("x")' }])).toBe('trial\r\n"\'=HYPERLINK(""x"")"\r\n');
    expect(toCsv(['hr'], [{ hr: -0.25 }])).toBe('hr\r\n-0.25\r\n');
  });
});
