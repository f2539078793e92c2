// One `vitest run` over every world: node unit tests, DOM tests (happy-dom), worker tests (workers pool over
// real D1, configured in worker/vitest.config.ts) and end-to-end tests in real Chromium.
import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const workerProject = './worker/vitest.config.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bin/**/*.test.ts',
            'test/unit/**/*.test.ts',
            'test/portal/**/*.test.ts',
          ],
          globalSetup: ['test/support/build-cli.global.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // Vite 8 transforms with oxc (the esbuild option is ignored): Preact's automatic JSX runtime for .tsx.
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: [
            'extension/**/*.test.ts',
            'extension/**/*.test.tsx',
            'admin/**/*.test.ts',
            'admin/**/*.test.tsx',
            'test/dom/**/*.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      ...(existsSync(workerProject) ? [workerProject] : []),
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time: this machine has 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
