// Vitest configuration: unit tests live in tests/unit and mirror source paths.
// DOM-dependent tests opt in with a `// @vitest-environment happy-dom` pragma.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
