import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles } from './dist-files.ts';
import { FULL } from './scope.ts';
import { PUBLIC_SITE_URL } from '../../src/site.config.ts';

/** A development address anywhere in a file a reader can take away (page, export, data file, SVG, the PNG's tEXt). */
const DEVELOPMENT = /\b(localhost|127\.0\.0\.1)\b/;

function filesNamingDevelopment(root: string): string[] {
  return distFiles(root).filter((file) => DEVELOPMENT.test(readFileSync(join(root, file)).toString('latin1')));
}

describe('the public address', () => {
  it('a default build names the committed public address and no development address anywhere in dist/', () => {
    expect(filesNamingDevelopment(DIST)).toEqual([]);
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${PUBLIC_SITE_URL}/"`);
  });

  // A build for another address and sub-path, on a machine with no browser (CHROMIUM_PATH points nowhere,
  // PATH holds only the project's own tools): it succeeds, and every citation, export, data file and download names that address.
  it.runIf(FULL)(
    'SITE_URL and BASE_PATH build without a browser and reach every citation, export and download',
    () => {
      const out = mkdtempSync(join(tmpdir(), 'her2-public-'));
      try {
        const site = 'https://evidence.example.edu';
        // Vitest puts Vite's import.meta.env values (BASE_URL, MODE, ...) into process.env, and Astro
        // would take that BASE_URL over BASE_PATH: the child build gets the environment a shell would give it.
        const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...shell } = process.env;
        const env = { ...shell, OUT_DIR: out, SITE_URL: site, BASE_PATH: '/her2/', CHROMIUM_PATH: '/nonexistent/chromium', PATH: join(process.cwd(), 'node_modules', '.bin') };
        execFileSync(process.execPath, ['scripts/build.ts', '--silent'], { env, stdio: 'inherit' });
        expect(filesNamingDevelopment(out)).toEqual([]);
        const page = readFileSync(join(out, 'agents/trastuzumab-deruxtecan/index.html'), 'utf8');
        expect(page).toContain(`<link rel="canonical" href="${site}/her2/agents/trastuzumab-deruxtecan/"`);
        expect(page).not.toContain(PUBLIC_SITE_URL);
        const svg = readFileSync(join(out, 'figures/tdxd-mechanism.svg'), 'utf8');
        expect(svg).toContain(`${site}/her2/agents/trastuzumab-deruxtecan/#fig-tdxd-mechanism`);
        expect(readFileSync(join(out, 'data/trials.csv'), 'utf8')).not.toMatch(DEVELOPMENT);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    1_800_000,
  );

  it('the offline bundle names no development address', () => {
    execFileSync(process.execPath, ['scripts/bundle.ts'], { stdio: 'inherit' });
    const zip = distFiles('bundle').find((file) => file.endsWith('.zip'))!;
    const entries = Object.entries(unzipSync(readFileSync(join('bundle', zip))));
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.filter(([, bytes]) => DEVELOPMENT.test(Buffer.from(bytes).toString('latin1'))).map(([name]) => name)).toEqual([]);
  }, 600_000);
});
