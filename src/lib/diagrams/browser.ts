import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mermaidConfig, type DiagramTheme } from './config.ts';

/**
 * Renders Mermaid sources with the real mermaid package in headless Chromium.
 * One browser page renders every miss in sequence and closes when idle.
 * Loaded only on a cache miss in render mode, so normal builds never start a browser.
 */
const require = createRequire(import.meta.url);

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

/** Flags that keep Chromium off the network and quiet on a closed machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

type Page = import('playwright-core').Page;
type Browser = import('playwright-core').Browser;

let session: Promise<{ browser: Browser; page: Page }> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let idleTimer: NodeJS.Timeout | undefined;

async function open(): Promise<{ browser: Browser; page: Page }> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium found to render diagrams. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
  return { browser, page };
}

function scheduleClose() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    const closing = session;
    session = undefined;
    void closing?.then(({ browser }) => browser.close());
  }, 10_000);
  idleTimer.unref();
}

let counter = 0;

/** Renders one diagram; throws the mermaid parse error message when the source is invalid. */
export function renderInBrowser(source: string, theme: DiagramTheme): Promise<string> {
  const job = queue.then(async () => {
    clearTimeout(idleTimer);
    session ??= open();
    const { page } = await session;
    try {
      return await page.evaluate(
        async ({ source, config, id }) => {
          const mermaid = (globalThis as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, s: string): Promise<{ svg: string }> } }).mermaid;
          mermaid.initialize(config);
          const { svg } = await mermaid.render(id, source);
          return svg;
        },
        { source, config: mermaidConfig(theme), id: `diagram${counter++}` },
      );
    } finally {
      scheduleClose();
    }
  });
  queue = job.catch(() => undefined);
  return job;
}

export async function closeBrowser(): Promise<void> {
  clearTimeout(idleTimer);
  const closing = session;
  session = undefined;
  if (closing) await (await closing).browser.close();
}
