import { defineConfig } from 'vitest/config';

// Browser suite: the built site (dist/) served on localhost and driven in headless Chromium.
// LIGHTHOUSE=1 (`npm run test:lighthouse`) runs only the Lighthouse audit; E2E_QUICK=1 leaves it out (tests/e2e/scope.ts).
const lighthouse = 'tests/e2e/lighthouse.test.ts';
export default defineConfig({
  test: {
    include: process.env.LIGHTHOUSE === '1' ? [lighthouse] : ['tests/e2e/**/*.test.ts'],
    exclude: process.env.E2E_QUICK === '1' ? [lighthouse] : [],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
