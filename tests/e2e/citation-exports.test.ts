// Every citation a reader can take away, read back by parsers that did not write it:
// a BibTeX parser (@retorquere/bibtex-parser, the one Better BibTeX uses), a RIS parser
// (@customcommander/ris) and the official CSL-JSON schema (citation-style-language/schema).
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { read as readRis } from '@customcommander/ris';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { distPages } from './dist-files.ts';

const cslSchema = JSON.parse(readFileSync('tests/fixtures/csl-schema/csl-data.json', 'utf8'));
// The schema is draft-07 and names no remote references; ajv compiles it as it is.
const validateCsl = new Ajv({ strict: false, allErrors: true }).compile(cslSchema);

interface Exports {
  path: string;
  figures: number;
  bibtex: string;
  ris: string;
  csljson: string;
}

function decode(href: string): string {
  return decodeURIComponent(href.slice(href.indexOf(',') + 1));
}

/** Each page's "Cite this page" downloads: the page first, then its figures and tables. */
function pageExports(): Exports[] {
  return distPages().flatMap(({ path, html }) => {
    const tree = fromHtml(html);
    const links = Object.fromEntries(selectAll('a[data-citation-export]', tree).map((a) => [String(a.properties.dataCitationExport), decode(String(a.properties.href))]));
    if (!links.bibtex) return [];
    return [{ path, figures: selectAll('.figure-cites details', tree).length, bibtex: links.bibtex, ris: links.ris, csljson: links.csljson }];
  });
}

describe('citation exports', () => {
  const all = pageExports();
  const pages = distPages();

  it('every page a reader may cite has "Cite this page" (all but search, 404 and the printable cards, which cite their entry)', () => {
    const without = pages.filter((p) => !all.some((e) => e.path === p.path)).map((p) => p.path);
    expect(without.filter((path) => !/^\/(search\/|404\.html|.*\/card\/)$/.test(path))).toEqual([]);
    expect(all.length).toBeGreaterThan(70);
  });

  it('BibTeX parses without error, one @online entry per page, figure and table, every key unique across the site, ISO dates, the URL once', () => {
    const keys = new Map<string, string>();
    for (const { path, figures, bibtex } of all) {
      const parsed = parseBibtex(bibtex);
      expect(parsed.errors, path).toEqual([]);
      expect(parsed.entries.length, path).toBe(1 + figures);
      for (const entry of parsed.entries) {
        expect(entry.type, `${path} ${entry.key}`).toBe('online');
        expect(keys.get(entry.key), `key ${entry.key} of ${path} is also used on ${keys.get(entry.key)}`).toBeUndefined();
        keys.set(entry.key, path);
        expect(String(entry.fields.date), `${path} ${entry.key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(entry.fields).not.toHaveProperty('month');
        // The group author stays one name, never a person split into given and family names.
        expect(entry.fields.author, `${path} ${entry.key}`).toEqual([{ name: 'HER2 Gastric Cancer Evidence contributors' }]);
      }
      expect(bibtex.match(/https?:\/\/[^}\s]+/g)?.length, path).toBe(1 + figures);
    }
  });

  it('RIS has one tag per line, never a wrapped line, the right type for pages, figures and tables, whole and unique IDs', () => {
    const ids = new Map<string, string>();
    for (const { path, figures, ris } of all) {
      for (const line of ris.split('\n').filter(Boolean)) expect(line, `${path}: a line that is not a tag`).toMatch(/^[A-Z][A-Z0-9] {2}- /);
      const records = readRis(ris) as Array<Record<string, unknown[]>>;
      expect(records.length, path).toBe(1 + figures);
      expect(records[0].TY, path).toEqual(['ELEC']);
      for (const record of records) {
        expect(['ELEC', 'FIGURE', 'CHART']).toContain(record.TY[0]);
        const id = String(record.ID?.[0]);
        expect(ids.get(id), `RIS ID ${id} of ${path} is also used on ${ids.get(id)}`).toBeUndefined();
        ids.set(id, path);
        expect(record.T2, `${path} ${id}: website or page name`).toBeDefined();
        expect(record.UR?.[0], `${path} ${id}`).toMatch(/^https:\/\//);
        expect(record.DA?.[0], `${path} ${id}`).toMatchObject({
          year: expect.stringMatching(/^\d{4}$/),
          month: expect.stringMatching(/^\d{2}$/),
          day: expect.stringMatching(/^\d{2}$/),
        });
      }
      for (const [i, record] of records.slice(1).entries()) expect(record.TY[0], `${path} record ${i + 2}`).toMatch(/^(FIGURE|CHART)$/);
    }
  });

  it('CSL-JSON validates against the official schema, with the page as container of each figure and table and the reviewed date as version', () => {
    for (const { path, figures, csljson } of all) {
      const items = JSON.parse(csljson);
      expect(validateCsl(items), `${path}: ${JSON.stringify(validateCsl.errors)}`).toBe(true);
      expect(items.length, path).toBe(1 + figures);
      expect(items[0].type).toBe('webpage');
      for (const item of items.slice(1)) {
        expect(item).toMatchObject({ type: 'figure', 'container-title': items[0].title, version: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      }
    }
  });
});
