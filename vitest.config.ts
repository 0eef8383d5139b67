import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // vitest's default is one worker fewer than the cores: on a 2-core machine, one file at a
    // time. The browser tests mostly wait on Chromium, so two files at a time finish sooner.
    maxWorkers: 2,
  },
});
