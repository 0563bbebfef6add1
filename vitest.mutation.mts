import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * The `unit` project of vitest.config.mts on its own, for StrykerJS (stryker.config.mjs): no
 * browser or e2e project to start in every test runner. scripts/mutation.mjs names the test files
 * of the modules it mutates in MUTATION_TEST_FILES. It does not use Stryker's `testFiles`: with it,
 * Stryker 10.1 activates a mutant in module-level code only after the module has loaded, so every
 * such mutant survives (stryker-js#6144).
 */
const testFiles = (process.env.MUTATION_TEST_FILES ?? '').split(',').filter(Boolean)

export default defineConfig({
  resolve: {
    alias: {
      '@renderer': resolve(__dirname, 'src/renderer/src'),
      '@shared': resolve(__dirname, 'src/shared')
    }
  },
  test: {
    name: 'unit',
    environment: 'node',
    include: testFiles.length > 0 ? testFiles : ['test/unit/**/*.test.ts'],
    env: { MUTATION_SIGNERS: 'RSA' },
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
})
