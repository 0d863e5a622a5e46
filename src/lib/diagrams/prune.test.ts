import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagramCache } from './cache.ts';
import { pruneDiagramCache } from './prune.ts';

describe('pruneDiagramCache', () => {
  it('deletes the files no diagram read, with their manifest entries, and keeps the rest readable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prune-'));
    const cache = new DiagramCache(dir);
    for (const key of ['aaa', 'bbb', 'ccc']) cache.set(key, `<svg id="${key}"></svg>`);
    expect(pruneDiagramCache(cache, new Set(['aaa', 'ccc']))).toEqual(['bbb.svg']);
    expect(existsSync(join(dir, 'bbb.svg'))).toBe(false);
    const reopened = new DiagramCache(dir);
    expect(Object.keys(reopened.manifest())).toEqual(['aaa', 'ccc']);
    expect(reopened.get('aaa')).toBe('<svg id="aaa"></svg>');
  });
});
