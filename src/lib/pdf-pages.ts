import { constants, inflateSync } from 'node:zlib';

/**
 * Bodies of a PDF's objects: those written plainly (`12 0 obj ... endobj`) and those packed
 * into compressed object streams (`/Type /ObjStm`, PDF 1.5+), which plain text search misses.
 */
function objectBodies(text: string): string[] {
  const bodies: string[] = [];
  for (const match of text.matchAll(/\d+\s+\d+\s+obj\b([\s\S]*?)\bendobj\b/g)) {
    const body = match[1];
    const streamAt = body.search(/\bstream\r?\n/);
    const dictionary = streamAt < 0 ? body : body.slice(0, streamAt);
    bodies.push(dictionary);
    if (!/\/Type\s*\/ObjStm\b/.test(dictionary)) continue;
    if (!/\/Filter\s*\/FlateDecode\b/.test(dictionary)) throw new Error('PDF object stream uses a filter other than FlateDecode');
    const data = body
      .slice(streamAt)
      .replace(/^stream\r?\n/, '')
      .replace(/\r?\n?endstream[\s\S]*$/, '');
    const unpacked = inflateSync(Buffer.from(data, 'latin1'), { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1');
    const count = Number(/\/N\s+(\d+)/.exec(dictionary)?.[1]);
    const first = Number(/\/First\s+(\d+)/.exec(dictionary)?.[1]);
    const offsets = unpacked
      .slice(0, first)
      .trim()
      .split(/\s+/)
      .map(Number)
      .filter((_, i) => i % 2 === 1)
      .slice(0, count);
    offsets.forEach((offset, i) => bodies.push(unpacked.slice(first + offset, i + 1 < offsets.length ? first + offsets[i + 1] : undefined)));
  }
  return bodies;
}

/**
 * Number of pages in a PDF, counted two independent ways that must agree: the page objects
 * (`/Type /Page`) and the `/Count` of the root of the page tree (the largest `/Count` of any
 * `/Type /Pages` node, since each node counts the pages below it). Throws rather than guess
 * when the file is not a PDF, has no page tree, or the two counts differ.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('not a PDF file (no %PDF- header)');
  const bodies = objectBodies(text);
  const leaves = bodies.filter((body) => /\/Type\s*\/Page(?![A-Za-z0-9#])/.test(body)).length;
  const treeCounts = bodies.filter((body) => /\/Type\s*\/Pages\b/.test(body)).map((body) => Number(/\/Count\s+(\d+)/.exec(body)?.[1] ?? Number.NaN));
  if (treeCounts.length === 0 || treeCounts.some(Number.isNaN)) throw new Error('PDF has no readable page tree (/Type /Pages with /Count)');
  const root = Math.max(...treeCounts);
  if (root !== leaves) throw new Error(`PDF page counts disagree: page tree says ${root}, found ${leaves} page objects`);
  return root;
}
