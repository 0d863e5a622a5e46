import { describe, expect, it } from 'vitest';
import { changesFeed } from './changes-feed.ts';

const site = {
  root: 'https://example.org/',
  self: 'https://example.org/changes.xml',
  changesPage: 'https://example.org/changes/',
  title: 'Site',
  description: 'Changes',
  license: 'CC BY 4.0',
};
const rows = [
  { date: '2026-12-03', kind: 'trials' as const, id: 'gatsby', title: 'GATSBY', summary: 'Whole-trial OS added <first> & foremost.' },
  { date: '2026-11-25', kind: 'agents' as const, id: 'trastuzumab', title: 'Trastuzumab', summary: 'Entry published.' },
];

describe('changesFeed', () => {
  const xml = changesFeed(rows, site, (row) => `https://example.org/${row.kind}/${row.id}/`);
  it('is Atom with one escaped entry per change, dated by the change, updated by the newest', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<updated>2026-12-03T00:00:00.000Z</updated>');
    expect(xml).toContain('&lt;first&gt; &amp; foremost');
    expect(xml).toContain('<link href="https://example.org/trials/gatsby/"/>');
  });
  it('gives the same bytes and ids for the same changes', () => {
    expect(changesFeed(rows, site, (row) => `https://example.org/${row.kind}/${row.id}/`)).toBe(xml);
    expect(changesFeed(rows.slice(1), site, (row) => `https://example.org/${row.kind}/${row.id}/`)).toContain(
      xml.match(/<id>https:\/\/example.org\/agents\/trastuzumab\/#change-[^<]+<\/id>/)![0],
    );
  });
});
