import { describe, expect, it } from 'vitest';
import { citationKey, toBiblatex, toRis, type ExportItem } from './exports.ts';

const page: ExportItem = {
  kind: 'page',
  key: citationKey('/mechanisms/lysosomal-dysfunction/'),
  title: 'Lysosomal dysfunction & the ToGA {trial}',
  siteName: 'HER2 Gastric Cancer Evidence',
  author: 'HER2 Gastric Cancer Evidence contributors',
  reviewed: '2026-11-25',
  url: 'https://example.org/mechanisms/lysosomal-dysfunction/',
  abstract: 'A long abstract that goes on and on about topoisomerase inhibitors, lysosomal pH, V-ATPase and SLC46A3, longer than seventy characters by far.',
};

describe('citation keys', () => {
  it('are made from the page path and anchor, so they are unique and stable', () => {
    expect(citationKey('/')).toBe('her2gc-home');
    expect(citationKey('/trials/toga/')).toBe('her2gc-trials-toga');
    expect(citationKey('/trials/toga/', 'table-arms')).toBe('her2gc-trials-toga-table-arms');
    expect(citationKey('/agents/a/', 'fig-x')).not.toBe(citationKey('/agents/b/', 'fig-x'));
  });
});

describe('RIS', () => {
  it('writes one tag per line and never wraps a long value', () => {
    const ris = toRis(page);
    const lines = ris.split('\n').slice(0, -1);
    expect(ris.endsWith('ER  - \n')).toBe(true);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-1)).toBe('ER  - ');
    expect(ris).toContain(`AB  - ${page.abstract}\n`);
    expect(ris).toContain('ID  - her2gc-mechanisms-lysosomal-dysfunction\n');
    expect(ris).toContain('T2  - HER2 Gastric Cancer Evidence\n');
    expect(ris).toContain('DA  - 2026/11/25/\n');
  });
  it('joins a value that contains line breaks into one line', () => {
    expect(toRis({ ...page, title: 'Two\nlines' })).toContain('TI  - Two lines\n');
  });
});

describe('biblatex', () => {
  it('writes @online with an ISO date, the URL once, a protected title and a whole group author', () => {
    const bib = toBiblatex(page);
    expect(bib).toMatch(/^@online\{her2gc-mechanisms-lysosomal-dysfunction,\n/);
    expect(bib).toContain('  date = {2026-11-25},');
    expect(bib).not.toMatch(/month|year/);
    expect(bib.match(/example\.org/g)).toHaveLength(1);
    expect(bib).toContain('  title = {{Lysosomal dysfunction \\& the ToGA \\{trial\\}}},');
    expect(bib).toContain('  author = {{HER2 Gastric Cancer Evidence contributors}},');
  });
});
