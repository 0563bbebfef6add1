// @ts-check
/**
 * Mutation testing (变异测试, issue 10): StrykerJS plants small bugs in the code that decides
 * verdicts, deadlines and who may do what, and counts how many the unit tests catch.
 *
 * `npm run test:mutation [-- <module>...]` runs it (scripts/mutation.mjs), and
 * scripts/mutation-gate.mjs holds each module to its own threshold (mutation score: detected /
 * (detected + undetected) mutants).
 * A module is one line of `modules` below; `mutate` are the files whose mutants count for it and
 * `tests` the unit tests that stand guard over them (globs; a later `!glob` excludes).
 *
 * Equivalent mutants (no test can tell them from the original) are not hidden: `equivalentMutants`
 * below lists each with its reason, and the gate counts them in their own column.
 */

// The ground-truth test scans a 20,000-licence demo city, seconds per mutant; the focused tests
// must catch each mutant on their own.
const complianceTests = [
  'test/unit/domain/compliance/**/*.test.ts',
  '!test/unit/domain/compliance/ground-truth.test.ts'
]
const calendarTests = 'test/unit/domain/calendar/**/*.test.ts'
const codesTests = 'test/unit/domain/codes/**/*.test.ts'
const privacyTests = 'test/unit/domain/privacy/**/*.test.ts'
const importsTests = 'test/unit/domain/imports/**/*.test.ts'
const dispatcherTests = 'test/unit/main/dispatcher.test.ts'
const contractTests = 'test/unit/contract/**/*.test.ts'

/** @typedef {{ name: string, mutate: string[], tests: string[], threshold: number }} MutationModule */

/** @type {MutationModule[]} */
// prettier-ignore
export const modules = [
  { name: 'compliance/deadlines', mutate: ['src/shared/domain/compliance/deadlines.ts'], tests: complianceTests, threshold: 95 },
  { name: 'compliance/rectification', mutate: ['src/shared/domain/compliance/rectification.ts'], tests: complianceTests, threshold: 85 },
  { name: 'compliance/evaluation', mutate: ['src/shared/domain/compliance/evaluation.ts'], tests: complianceTests, threshold: 85 },
  { name: 'compliance/rules', mutate: ['src/shared/domain/compliance/rules/**/*.ts'], tests: complianceTests, threshold: 85 },
  { name: 'audit', mutate: ['src/shared/domain/audit/**/*.ts'], tests: ['test/unit/domain/audit/**/*.test.ts'], threshold: 85 },
  { name: 'privacy', mutate: ['src/shared/domain/privacy/**/*.ts'], tests: [privacyTests, importsTests], threshold: 85 },
  { name: 'codes', mutate: ['src/shared/domain/codes/**/*.ts'], tests: [codesTests, privacyTests], threshold: 85 },
  // The year tables are data, checked entry by entry against chinese-days, not logic to mutate.
  { name: 'calendar', mutate: ['src/shared/domain/calendar/**/*.ts', '!src/shared/domain/calendar/years/**'], tests: [calendarTests], threshold: 85 },
  { name: 'contract', mutate: ['src/shared/contract/**/*.ts'], tests: [contractTests, dispatcherTests], threshold: 85 },
  { name: 'ipc', mutate: ['src/main/ipc/**/*.ts'], tests: [dispatcherTests], threshold: 85 },
  { name: 'imports/values', mutate: ['src/shared/domain/imports/values.ts', 'src/shared/domain/imports/csv.ts'], tests: [importsTests], threshold: 85 }
]

const seals = (path) => `src/shared/domain/seals/${path}`
const sealTests = (...names) => names.map((name) => `test/unit/domain/seals/${name}.test.ts`)
// Under mutation the attack suite runs with one signer (MUTATION_SIGNERS in vitest.mutation.mts):
// what changed after signing, and what the policy makes of it, does not depend on who signed.
const sealPolicyTests = sealTests(
  'bottom-line',
  'modifications',
  'attacks',
  'shared-signature',
  'whitelist',
  'walk',
  'visibility',
  'form-values',
  'judge',
  'roles',
  'facts',
  'inherited-values'
)

/**
 * 印章核验: the seal verifier's policy (bottom line, and the whitelist that decides what a change
 * after signing is), the analysis of changes, the byte-range coverage and the signature checks.
 * @type {MutationModule[]}
 */
// prettier-ignore
export const sealModules = [
  { name: 'seals/bottom-line', mutate: [seals('bottom-line.ts')], tests: sealPolicyTests, threshold: 95 },
  { name: 'seals/judge', mutate: [seals('pdf/diff/judge.ts'), seals('pdf/modifications.ts')], tests: sealPolicyTests, threshold: 95 },
  { name: 'seals/diff', mutate: [seals('pdf/diff/**/*.ts'), `!${seals('pdf/diff/judge.ts')}`], tests: sealPolicyTests, threshold: 85 },
  { name: 'seals/byte-range', mutate: [seals('pdf/byte-range.ts')], tests: sealTests('byte-range', 'byte-range-analysis', 'bad-inputs', 'attacks'), threshold: 85 },
  { name: 'seals/signatures', mutate: [seals('crypto/signatures.ts'), seals('crypto/assessment.ts')], tests: sealTests('crypto/signature-check', 'crypto/assessment', 'crypto/caches', 'crypto/cms', 'crypto/ses', 'crypto/trust', 'crypto/timestamp', 'crypto/revocation', 'crypto/content-signature', 'bottom-line'), threshold: 85 }
]

/** @type {MutationModule[]} */
export const allModules = [...modules, ...sealModules]

/**
 * @typedef {{ file: string, mutator: string, replacement: string, line?: string, reason: string }} EquivalentMutant
 * `replacement` is a fragment of the code Stryker put in the mutant's place; `line`, when given,
 * a fragment of the source line the mutant is on (for a replacement common in its file).
 */

/** @type {EquivalentMutant[]} */
// prettier-ignore
export const equivalentMutants = [
  { file: 'src/shared/domain/imports/values.ts', mutator: 'Regex', replacement: '/(.+?)(?:[ T]', reason: 'without ^ the lazy date part still starts at the first character' },
  { file: 'src/shared/domain/compliance/deadlines.ts', mutator: 'UnaryOperator', replacement: '+1', reason: 'any number that is no day of the covered years serves to mark an unknown deadline' },
  { file: 'src/shared/domain/compliance/deadlines.ts', mutator: 'ArithmeticOperator', replacement: '(uncovered[i] ?? 0) - (day.ok ? 0 : 1)', reason: 'counting days without a table down instead of up still tells whether two days have none between them' }
]

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  // The unit project alone: no browser or e2e project to start in every test runner.
  vitest: { configFile: 'vitest.mutation.mts', related: true },
  // scripts/mutation.mjs narrows `mutate` to the modules it runs, and the tests to theirs.
  mutate: allModules.flatMap((module) => module.mutate),
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  // Committed like a lock file (scripts/mutation.mjs): results of mutants whose code and covering
  // tests did not change are reused, here and in CI; those of files not mutated this time are kept.
  incrementalFile: 'mutation/stryker-incremental.json',
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowEmojis: false, reportScoreTable: true, reportMutants: false },
  // A run on a shared 2-core machine can be slow without hanging; a mutant that loops forever is
  // stopped by Stryker's hit limit long before this, so a slow run is not counted as a kill.
  timeoutMS: 15_000,
  // The gate applies per-module thresholds; Stryker's own break would be one global number.
  thresholds: { high: 95, low: 85, break: null },
  // Copying only what the unit tests read keeps the sandbox small.
  ignorePatterns: [
    'docs',
    'out',
    'dist',
    'bench',
    'resources',
    'test/browser',
    'test/e2e',
    'test/.generated',
    'mutation',
    'bench/.generated',
    '*.log'
  ],
  tempDirName: '.stryker-tmp'
}
