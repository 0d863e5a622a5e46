import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks, and leaves blanks for missing values', () => {
    const csv = toCsv(['a', 'b', 'c'], [{ a: 'x, y', b: 'say "hi"', c: undefined }, { a: 1, b: true, c: 'two\nlines' }]);
    expect(csv).toBe('a,b,c\r\n"x, y","say ""hi""",\r\n1,true,"two\nlines"\r\n');
  });
});
