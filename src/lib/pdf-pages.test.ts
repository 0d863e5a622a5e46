import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { countPdfPages } from './pdf-pages.ts';

interface Options {
  /** Split the pages under two intermediate /Pages nodes, as long documents do. */
  nested?: boolean;
  /** Pack the page objects into a compressed object stream (PDF 1.5). */
  objectStream?: boolean;
  /** Override the root's /Count, to make a broken file. */
  rootCount?: number;
}

/**
 * A minimal but well-formed PDF with `pages` empty pages, written out object by object with
 * a correct cross-reference table. Page content streams contain the text "/Type /Page" on
 * purpose: a counter that searched the whole file would count it.
 */
function makePdf(pages: number, { nested = false, objectStream = false, rootCount }: Options = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const rootIndex = objects.length;
  add('');
  const half = Math.ceil(pages / 2);
  const groups = nested ? [Array.from({ length: half }, (_, i) => i), Array.from({ length: pages - half }, (_, i) => half + i)] : [Array.from({ length: pages }, (_, i) => i)];
  const groupIds = nested ? groups.map((_, g) => 3 + g) : [2];
  if (nested) groups.forEach(() => add(''));
  const firstPageId = objects.length + 1;
  const pageIds = Array.from({ length: pages }, (_, i) => firstPageId + i);
  const contentIds = Array.from({ length: pages }, (_, i) => firstPageId + pages + i);
  const parentOf = (page: number) => groupIds[groups.findIndex((g) => g.includes(page))];
  const pageBodies = pageIds.map((_, i) => `<< /Type /Page /Parent ${parentOf(i)} 0 R /MediaBox [0 0 595 842] /Contents ${contentIds[i]} 0 R >>`);
  const kids = (list: number[]) => `[${list.map((id) => `${id} 0 R`).join(' ')}]`;
  objects[rootIndex] = nested
    ? `<< /Type /Pages /Kids ${kids(groupIds)} /Count ${rootCount ?? pages} >>`
    : `<< /Type /Pages /Kids ${kids(pageIds)} /Count ${rootCount ?? pages} >>`;
  if (nested) groups.forEach((g, i) => (objects[2 + i] = `<< /Type /Pages /Parent 2 0 R /Kids ${kids(g.map((p) => pageIds[p]))} /Count ${g.length} >>`));
  if (objectStream) {
    pageBodies.forEach(() => add('null'));
  } else {
    pageBodies.forEach((b) => add(b));
  }
  const content = '% /Type /Page in a content stream\nBT /F1 12 Tf (Hello) Tj ET';
  contentIds.forEach(() => add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`));
  if (objectStream) {
    // Packed objects replace the placeholders; the xref would point into the stream (type 2 entries), which this counter does not need.
    let header = '';
    let bodies = '';
    pageBodies.forEach((body, i) => {
      header += `${pageIds[i]} ${bodies.length} `;
      bodies += `${body}\n`;
    });
    const packed = deflateSync(Buffer.from(header + bodies, 'latin1')).toString('latin1');
    add(`<< /Type /ObjStm /N ${pages} /First ${header.length} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n${packed}\nendstream`);
  }
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    if (objectStream && pageIds.includes(i + 1)) {
      offsets.push(-1);
      return;
    }
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += offset < 0 ? '0000000000 00000 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('countPdfPages', () => {
  it('counts the pages of a flat page tree', () => {
    expect(countPdfPages(makePdf(1))).toBe(1);
    expect(countPdfPages(makePdf(3))).toBe(3);
  });
  it('counts the root of a nested page tree, not an intermediate node', () => {
    expect(countPdfPages(makePdf(5, { nested: true }))).toBe(5);
  });
  it('finds page objects packed into a compressed object stream', () => {
    expect(countPdfPages(makePdf(4, { objectStream: true }))).toBe(4);
  });
  it('refuses a file whose page tree and page objects disagree', () => {
    expect(() => countPdfPages(makePdf(2, { rootCount: 1 }))).toThrow(/page tree says 1, found 2 page objects/);
  });
  it('refuses a file that is not a PDF', () => {
    expect(() => countPdfPages(Buffer.from('<html></html>'))).toThrow(/not a PDF/);
    expect(() => countPdfPages(Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'))).toThrow(/no readable page tree/);
  });
});
