import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { DIST, distPages } from './dist-files.ts';
import { pageType, pageWeight } from '../../src/lib/page-weight.ts';
import { pageScriptsAndPolicy, policyProblems } from '../../src/lib/csp.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/site.config.ts';

const pages = distPages().filter((page) => !page.path.startsWith('/pagefind/'));

/** Gzipped bytes per page, as the "Prove it" issue sets them. */
const BUDGET = { js: 5 * 1024, css: 16 * 1024, html: 60 * 1024 };

describe('weight budgets', () => {
  it('every page stays within JS 5 KB, CSS 16 KB and HTML 60 KB gzipped before a search starts', () => {
    const byType = new Map<string, { path: string; html: number; css: number; js: number }>();
    const over: string[] = [];
    for (const page of pages) {
      const weight = pageWeight(page.path, page.html, (asset) => readFileSync(join(DIST, asset), 'utf8'));
      for (const kind of ['js', 'css', 'html'] as const) {
        if (weight[kind] > BUDGET[kind]) over.push(`${page.path}: ${kind} ${weight[kind]} B gzipped > ${BUDGET[kind]} B (${weight.assets.join(', ')})`);
      }
      const type = pageType(page.path);
      const worst = byType.get(type);
      if (!worst || weight.html + weight.css + weight.js > worst.html + worst.css + worst.js) byType.set(type, { path: page.path, ...weight });
    }
    console.log(
      [
        'Heaviest page of each type (bytes gzipped):',
        ...[...byType].sort().map(([type, w]) => `  ${type.padEnd(16)} ${w.path.padEnd(44)} HTML ${w.html}  CSS ${w.css}  JS ${w.js}`),
      ].join('\n'),
    );
    for (const type of ['home', 'agent', 'mechanism', 'trial', 'table index', 'search']) expect([...byType.keys()], `no ${type} page was weighed`).toContain(type);
    expect(over).toEqual([]);
  });
});

describe('HTML validity', () => {
  it('every page in dist/ passes html-validate (rules in .htmlvalidate.json)', async () => {
    // The project's rules, passed explicitly so the result never depends on where a config file is found.
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, join(DIST, page.path, page.path.endsWith('.html') ? '' : 'index.html'));
      for (const result of report.results) for (const m of result.messages) errors.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  }, 300_000);
});

describe('Content-Security-Policy', () => {
  it("every page in dist/ carries the site's policy, which lets in no inline script and no other origin, and needs none", () => {
    expect(policyProblems(CONTENT_SECURITY_POLICY)).toEqual([]);
    const problems: string[] = [];
    for (const page of pages) {
      const { policies, inlineScripts } = pageScriptsAndPolicy(page.html);
      if (policies.length !== 1) problems.push(`${page.path}: ${policies.length} Content-Security-Policy meta tags, not 1`);
      for (const policy of policies) if (policy !== CONTENT_SECURITY_POLICY) problems.push(`${page.path}: policy "${policy}" is not the site's`);
      // The policy would block these; the page must not rely on them.
      for (const script of inlineScripts) problems.push(`${page.path}: inline script: ${script}`);
    }
    expect(problems).toEqual([]);
  });
});
