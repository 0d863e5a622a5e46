import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/e2e/server.ts';
const { server, origin } = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const path of process.argv.slice(2)) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as any).__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) (window as any).__shifts.push({ value: e.value, t: Math.round(e.startTime), sources: (e.sources ?? []).map((s: any) => ({ node: s.node ? (s.node.outerHTML ?? s.node.textContent ?? '').slice(0, 140) : null, from: JSON.stringify(s.previousRect), to: JSON.stringify(s.currentRect) })) });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  console.log(path, JSON.stringify(await page.evaluate(() => (window as any).__shifts), null, 1));
  await context.close();
}
await browser.close();
server.close();
