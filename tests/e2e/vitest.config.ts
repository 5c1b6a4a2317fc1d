import { defineConfig } from 'vitest/config';

// Real browsers, one at a time: the machine has two cores and each browser wants both.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
