import { defineConfig } from 'vitest/config';

// Unit and schema tests: pure logic under src/ and the content checks in tests/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
