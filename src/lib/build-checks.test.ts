import { describe, expect, it } from 'vitest';
import { accessibilityCounts, buildCheckFailures, buildChecks, insertBuildChecks, BUILD_CHECKS_PLACEHOLDER } from './build-checks.ts';

const site = 'http://localhost:4321';
const svg = (title: string, desc: string) => `<svg>${title && `<title>${title}</title>`}${desc && `<desc>${desc}</desc>`}<g></g></svg>`;
const diagram = (id: string, light: string, dark: string) =>
  `<figure class="diagram" id="${id}"><div class="diagram-light">${light}</div><div class="diagram-dark">${dark}</div><figcaption>Caption</figcaption></figure>`;

const good = {
  path: '/',
  html: `<table><caption>Trials (3)</caption><tr><td>x</td></tr></table>${diagram('fig-a', svg('A', 'A does B'), svg('A', 'A does B'))}<img src="/logo.svg" alt=""><a href="/b/#top">b</a>`,
};
const bad = {
  path: '/b/',
  html: `<h1 id="top">B</h1><table id="t1"><tr><td>no caption</td></tr></table><table><caption> </caption></table>${diagram('fig-b', svg('B', 'B desc'), svg('B', ''))}<img src="/x.png"><a href="/gone/">x</a>`,
};

describe('accessibilityCounts', () => {
  it('counts captioned tables, described diagrams and images with alt, naming each failure', () => {
    const counts = accessibilityCounts([good, bad]);
    expect(counts).toMatchObject({ tables: 3, tablesWithCaption: 1, diagrams: 2, diagramsDescribed: 1, images: 2, imagesWithAlt: 1 });
    expect(counts.problems).toEqual([
      '/b/: a table (#t1) has no caption',
      '/b/: a table has no caption',
      '/b/: diagram #fig-b lacks an SVG <title> or <desc> (accTitle/accDescr)',
      '/b/: an image (/x.png) has no alt attribute',
    ]);
  });
  it('finds nothing wrong with a clean page', () => {
    expect(accessibilityCounts([good]).problems).toEqual([]);
  });
});

describe('buildChecks and the integrity page', () => {
  it('combines the link check and the accessibility counts, and lists every failure', () => {
    const checks = buildChecks([good, bad], new Set(['/logo.svg', '/x.png']), site);
    // Two <a> and two <img> are internal; one link points at an #anchor.
    expect({ pages: checks.pages, links: checks.links, anchors: checks.anchors }).toEqual({ pages: 2, links: 4, anchors: 1 });
    expect(buildCheckFailures(checks)[0]).toBe('/b/: broken link /gone/ (no page or file at /gone/)');
    expect(buildCheckFailures(checks)).toHaveLength(5);
  });
  it('replaces the placeholder with the numbers measured, and nothing else', () => {
    const checks = buildChecks([good, { path: '/b/', html: '<h1 id="top">B</h1>' }], new Set(['/logo.svg']), site);
    const page = `<main><h2>Build</h2>${BUILD_CHECKS_PLACEHOLDER}<p>after</p></main>`;
    const out = insertBuildChecks(page, checks);
    expect(out.startsWith('<main><h2>Build</h2><div id="build-checks" data-build-checks="measured">')).toBe(true);
    expect(out.endsWith('</div><p>after</p></main>')).toBe(true);
    expect(out).toContain('<span data-count="internal-links">2</span> internal links on <span data-count="pages">2</span> pages, <span data-count="anchors">1</span> of them');
    expect(out).toContain('<span data-count="broken-links">0</span> broken');
    expect(out).toContain('<span data-count="tables-captioned">1</span> of <span data-count="tables">1</span> tables');
    expect(out).toContain('<span data-count="images">1</span> images have an alt attribute.</li>');
    expect(insertBuildChecks(page, checks)).toBe(out);
  });
  it('refuses a page without the placeholder, or with two', () => {
    const checks = buildChecks([good], new Set(['/logo.svg']), site);
    expect(() => insertBuildChecks('<main></main>', checks)).toThrow(/placeholder exactly once \(found 0\)/);
    expect(() => insertBuildChecks(BUILD_CHECKS_PLACEHOLDER.repeat(2), checks)).toThrow(/found 2/);
  });
});
