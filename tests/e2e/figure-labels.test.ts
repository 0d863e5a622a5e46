import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { distPages } from './dist-files.ts';

/**
 * Figures read where they stand: for every diagram on every page, the median rendered label
 * size (font size times the scale the page draws the SVG at) is at least 12 CSS px on a
 * 1366 px screen; on a 390 px phone it is at least 11 px, or the figure keeps a readable size
 * in a frame that scrolls sideways, which the keyboard can reach, with a full-size view.
 */
const origin = inject('origin');
const withFigures = distPages()
  .filter((p) => p.html.includes('class="diagram'))
  .map((p) => p.path);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
}, 120_000);
afterAll(async () => browser?.close());

interface Measured {
  id: string;
  median: number;
  scrolls: boolean;
  focusable: boolean;
  fullSize: boolean;
}

async function measure(width: number): Promise<Array<Measured & { path: string }>> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  const all: Array<Measured & { path: string }> = [];
  for (const path of withFigures) {
    await page.goto(`${origin}${path}`);
    const figures = await page.$$eval('figure.diagram', (figures) =>
      figures.map((figure) => {
        const view = figure.querySelector<HTMLElement>('.diagram-scroll')!;
        const svg = [...view.querySelectorAll<HTMLElement>('.diagram-view')].find((v) => v.offsetParent !== null)!.querySelector('svg')!;
        // The drawing's scale, as preserveAspectRatio (xMidYMid meet) fits the viewBox into the element:
        // an element capped in height draws smaller than its width says.
        const box = svg.getBoundingClientRect();
        const scale = Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height);
        const sizes = [...svg.querySelectorAll('text')]
          .filter((t) => (t.textContent ?? '').trim() && t.getBoundingClientRect().width > 0)
          .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)
          .sort((a, b) => a - b);
        const median = sizes.length ? sizes[Math.floor((sizes.length - 1) / 2)] : Infinity;
        const full = [...figure.querySelectorAll<HTMLAnchorElement>('figcaption a')].find((a) => /^Full size/.test(a.textContent ?? ''));
        return {
          id: figure.id,
          median: Math.round(median * 10) / 10,
          scrolls: view.scrollWidth > view.clientWidth + 1,
          focusable: view.tabIndex === 0,
          fullSize: Boolean(full && /\.svg$/.test(full.href) && !full.hasAttribute('download')),
        };
      }),
    );
    all.push(...figures.map((f) => ({ ...f, path })));
  }
  await context.close();
  return all;
}

const summary = (measured: Array<Measured & { path: string }>) => {
  const medians = measured.map((m) => m.median).sort((a, b) => a - b);
  return `${measured.length} figures on ${withFigures.length} pages; smallest median label ${medians[0]} px, median of medians ${medians[Math.floor(medians.length / 2)]} px; ${measured.filter((m) => m.scrolls).length} scroll in their frame`;
};

describe('figure labels', () => {
  it('are at least 12 px on a 1366 px screen', { timeout: 300_000 }, async () => {
    const measured = await measure(1366);
    console.log(`1366 px: ${summary(measured)}`);
    expect(measured.length).toBeGreaterThan(20);
    expect(measured.filter((m) => m.median < 12).map((m) => `${m.path}#${m.id}: ${m.median} px`)).toEqual([]);
    // A frame that scrolls on a laptop is one the keyboard can scroll.
    expect(measured.filter((m) => m.scrolls && !m.focusable).map((m) => `${m.path}#${m.id}`)).toEqual([]);
  });

  it('are at least 11 px on a 390 px phone, or the figure scrolls in a focusable frame with a full-size view', { timeout: 300_000 }, async () => {
    const measured = await measure(390);
    console.log(`390 px: ${summary(measured)}`);
    const unreadable = measured.filter((m) => m.median < 11 && !(m.scrolls && m.focusable && m.fullSize));
    expect(unreadable.map((m) => `${m.path}#${m.id}: ${m.median} px, scrolls ${m.scrolls}, focusable ${m.focusable}, full size ${m.fullSize}`)).toEqual([]);
  });
});

/** WCAG contrast ratio of two CSS colours as getComputedStyle gives them ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Number(v) / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('figure labels in both themes', () => {
  it.each(['light', 'dark'] as const)('every label keeps AA contrast (4.5:1) against the shape or page behind it, %s theme', { timeout: 300_000 }, async (theme) => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    const low: string[] = [];
    let labels = 0;
    for (const path of withFigures.filter((p) => !p.endsWith('/card/'))) {
      await page.goto(`${origin}${path}`);
      const pairs = await page.$$eval(`figure.diagram .diagram-${theme} svg text`, (texts) => {
        const pageBg = getComputedStyle(document.body).backgroundColor;
        return texts
          .filter((t) => (t.textContent ?? '').trim() && t.getBoundingClientRect().width > 0)
          .map((t) => {
            t.scrollIntoView({ block: 'center', inline: 'center' });
            const box = t.getBoundingClientRect();
            const under = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            const shape = under.find(
              (el) =>
                el instanceof SVGGeometryElement &&
                !(el instanceof SVGTextContentElement) &&
                getComputedStyle(el).fill !== 'none' &&
                Number(getComputedStyle(el).fillOpacity) > 0.5,
            );
            const figure = t.closest('figure');
            const backdrop = shape ? getComputedStyle(shape).fill : figure ? getComputedStyle(figure).backgroundColor : pageBg;
            return { text: (t.textContent ?? '').trim().slice(0, 30), fg: getComputedStyle(t).fill, bg: backdrop.startsWith('rgba(0, 0, 0, 0)') ? pageBg : backdrop };
          });
      });
      labels += pairs.length;
      for (const p of pairs) {
        const ratio = contrast(p.fg, p.bg);
        if (ratio < 4.5) low.push(`${path} "${p.text}": ${p.fg} on ${p.bg} = ${ratio.toFixed(2)}`);
      }
    }
    await context.close();
    console.log(`${theme} theme: ${labels} labels checked, ${low.length} under 4.5:1`);
    expect(labels).toBeGreaterThan(300);
    expect(low).toEqual([]);
  });
});
