import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from './files-under.ts';

const root = mkdtempSync(join(tmpdir(), 'files-under-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('filesUnder', () => {
  it('lists every file at any depth, relative and "/"-separated, sorted, and no folders', () => {
    mkdirSync(join(root, 'agents', 'trastuzumab'), { recursive: true });
    mkdirSync(join(root, 'empty'));
    writeFileSync(join(root, 'index.html'), '');
    writeFileSync(join(root, 'agents', 'trastuzumab', 'index.html'), '');
    writeFileSync(join(root, 'agents', 'index.html'), '');
    expect(filesUnder(root)).toEqual(['agents/index.html', 'agents/trastuzumab/index.html', 'index.html']);
  });
});
