import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/diagrams/browser.ts';

/**
 * How long any one step (a page load, a click, a wait for search results) may take. Playwright's
 * default of 30 s was too short on a busy two-core machine, where one search with a filter took longer.
 */
export const STEP_TIMEOUT = 120_000;

/**
 * Launches the system Chromium (CHROMIUM_PATH or /usr/bin/chromium); this suite never downloads a
 * browser. Every context and page it opens gets STEP_TIMEOUT as its default.
 */
export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: install Debian's chromium package or set CHROMIUM_PATH");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(STEP_TIMEOUT);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.setDefaultTimeout(STEP_TIMEOUT);
    return page;
  };
  return browser;
}

export interface PageProblems {
  console: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

/**
 * Pagefind gives its web worker a fixed start-up time and, when a busy machine misses it, logs this
 * warning and searches on the main thread instead; results are the same, so it is not a page fault.
 */
const BENIGN_WARNINGS = [/^Failed to initialize Pagefind in the web worker, falling back to main thread/];

/** Opens a page that records console errors and warnings, failed requests and any request to a host other than the local server. */
export async function watchedPage(context: BrowserContext, origin: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { console: [], foreignRequests: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'warning' && BENIGN_WARNINGS.some((pattern) => pattern.test(message.text()))) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.console.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreignRequests.push(url);
  });
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return { page, problems };
}
