import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles } from './dist-files.ts';
import { FULL } from './scope.ts';

/**
 * A citation names a page version, so the same commit must always build the same bytes:
 * build again from scratch (content cache cleared) into a temporary folder and compare
 * every file of dist/ byte for byte.
 */
// A second full build, by default and in CI; E2E_QUICK=1 leaves it out.
describe.runIf(FULL)('reproducible build', () => {
  it('a second clean build gives a byte-identical dist/', () => {
    const out = mkdtempSync(join(tmpdir(), 'her2-rebuild-'));
    try {
      const env = { ...process.env, OUT_DIR: out };
      execFileSync(process.execPath, ['scripts/build.ts', '--force', '--silent'], { env, stdio: 'inherit' });
      const first = distFiles();
      const second = distFiles(out);
      expect(second).toEqual(first);
      const differing = first.filter((file) => !readFileSync(join(DIST, file)).equals(readFileSync(join(out, file))));
      expect(differing, `files that differ between two builds (compare with: diff -r dist ${relative('.', out)})`).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 1_800_000);
});
