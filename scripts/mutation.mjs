#!/usr/bin/env node
// Mutation testing (`npm run test:mutation`): StrykerJS over the modules of stryker.config.mjs, then
// scripts/mutation-gate.mjs on the modules that ran.
//
//   npm run test:mutation                              all modules
//   npm run test:mutation -- codes calendar            these modules
//   npm run test:mutation -- --changed-since HEAD~5    modules whose code or tests changed since a ref
//   npm run test:mutation -- --list                    the modules and their thresholds
//   npm run test:mutation -- --plan [...]              what would run, without running it
//   npm run test:mutation -- --ci                      what .ci/run does: the committed results
//                                                      must meet every threshold, and every module
//                                                      whose code or tests differ from what the
//                                                      results were made with runs again
//   npm run test:mutation -- --stale                   the modules --ci would run again
//
// Incremental: results are kept in mutation/stryker-incremental.json (committed), so a re-run
// tests only mutants whose code or covering tests changed; results of modules not run this time
// are carried over by Stryker and shown by `node scripts/mutation-gate.mjs`.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import strykerOptions, { allModules } from '../stryker.config.mjs'
import {
  DEFAULT_REPORT,
  formatTable,
  isMutatedBy,
  matchesPatterns,
  newSurvivors,
  reportNewSurvivors,
  tally
} from './mutation-gate.mjs'

/** Files whose change can move every module's score: the harness itself. */
const HARNESS = [
  'stryker.config.mjs',
  'vitest.mutation.mts',
  'tsconfig.mutation.json',
  'scripts/mutation.mjs',
  'scripts/mutation-gate.mjs'
]

/**
 * Stryker's incremental results, committed like a lock file: a run (here or in CI) tests again
 * only the mutants whose code or covering tests changed since they were recorded, and records the
 * new results for the next commit.
 */
const INCREMENTAL_FILE = strykerOptions.incrementalFile
/** Beside the results: a digest of the harness they were made with. */
const HARNESS_STAMP = 'mutation/harness.sha256'

/**
 * The packages that run the tests and plant the mutants. Another version of one of them can change
 * an outcome without any change Stryker sees; a dependency added for the app (a parser, a chart)
 * cannot, so the rest of the lock file stays out of the digest.
 */
const TOOLCHAIN = [
  'vitest',
  'vite',
  'typescript',
  '@stryker-mutator/core',
  '@stryker-mutator/vitest-runner',
  '@stryker-mutator/typescript-checker'
]

/**
 * A digest of what decides a mutant's result besides its code and its tests: Stryker's options
 * (less the list of files to mutate, which only says which mutants exist), the vitest and
 * TypeScript configs of the run and the toolchain's versions. Stryker cannot see a change of
 * these, so results made with another harness are not reused.
 */
export function harnessDigest() {
  const { mutate: _mutate, ...rest } = strykerOptions
  const hash = createHash('sha256')
  hash.update(JSON.stringify(rest))
  for (const file of ['vitest.mutation.mts', 'tsconfig.mutation.json'])
    hash.update(readFileSync(file))
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
  for (const name of TOOLCHAIN)
    hash.update(`${name}@${lock.packages?.[`node_modules/${name}`]?.version}\n`)
  return hash.digest('hex')
}

/**
 * Stryker reuses a surviving mutant's result as long as no test that covers it is added. A static
 * mutant (in code that runs when a module loads) is covered by no test in particular, so it would
 * survive for good once it had survived; such results of the files about to be mutated are
 * dropped, and those mutants run again. Other files keep theirs, so the committed results never
 * lose a survivor they had.
 */
function forgetStaticSurvivors(files) {
  if (!existsSync(INCREMENTAL_FILE)) return
  const report = JSON.parse(readFileSync(INCREMENTAL_FILE, 'utf8'))
  for (const [path, file] of Object.entries(report.files ?? {})) {
    if (!files.includes(path)) continue
    file.mutants = file.mutants.filter(
      (mutant) => !(mutant.static && ['Survived', 'NoCoverage'].includes(mutant.status))
    )
  }
  writeFileSync(INCREMENTAL_FILE, JSON.stringify(report))
}

/** Modules whose mutated code or guarding tests are among `files`; all of them if the harness is. */
export function modulesTouchedBy(files, modules = allModules) {
  if (files.some((file) => HARNESS.includes(file))) return modules
  return modules.filter((module) =>
    files.some((file) => isMutatedBy(module, file) || matchesPatterns(module.tests, file))
  )
}

/** The unit test files that guard the modules (their `tests` globs, resolved under test/). */
export function testFilesOf(modules, files = listFiles('test')) {
  return files.filter((file) => modules.some((module) => matchesPatterns(module.tests, file)))
}

/**
 * The files the modules mutate, each module's globs applied on their own: Stryker reads one list
 * in which an exclusion (`!glob`) would also drop files that another module includes.
 */
export function filesOf(modules, files = listFiles('src')) {
  return [...new Set(files.filter((file) => modules.some((module) => isMutatedBy(module, file))))]
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath ?? entry.path}/${entry.name}`)
}

function changedSince(ref) {
  try {
    const out = execFileSync('git', ['diff', '--name-only', ref, 'HEAD', '--'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    return out.split('\n').filter(Boolean)
  } catch {
    return undefined
  }
}

function selectModules(argv) {
  const at = argv.indexOf('--changed-since')
  if (at >= 0) {
    const ref = argv[at + 1] ?? ''
    const files = changedSince(ref)
    if (files === undefined) {
      // A shallow clone or a young history: nothing to compare with, so nothing may be skipped.
      console.log(`mutation: cannot diff against "${ref}", so every module runs`)
      return allModules
    }
    const touched = modulesTouchedBy(files)
    console.log(
      `mutation: ${files.length} file(s) changed since ${ref}; modules touched: ${touched.map((m) => m.name).join(', ') || 'none'}`
    )
    return touched
  }
  const names = argv.filter((arg) => !arg.startsWith('--'))
  if (names.length === 0) return allModules
  const unknown = names.filter((name) => !allModules.some((module) => module.name === name))
  if (unknown.length > 0) {
    throw new Error(
      `unknown module(s) ${unknown.join(', ')}; known: ${allModules.map((m) => m.name).join(', ')}`
    )
  }
  return allModules.filter((module) => names.includes(module.name))
}

const INPUTS_FILE = 'mutation/inputs.json'

function digestOf(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** What a module's results were made from: each mutated file's and guarding test's digest. */
export function inputsOf(module, { sources = listFiles('src'), tests = listFiles('test') } = {}) {
  const entries = (files) => Object.fromEntries(files.sort().map((file) => [file, digestOf(file)]))
  return {
    files: entries(filesOf([module], sources)),
    tests: entries(testFilesOf([module], tests))
  }
}

/**
 * The modules whose results do not describe their code and tests as they are now: a mutated file
 * or guarding test added, removed or changed since the module last ran (mutation/inputs.json,
 * written after each run). Exact per module, whenever the results were committed: results
 * recorded for one module never vouch for another that changed before them.
 */
export function staleModules(inputs, modules = allModules, current = inputsOf) {
  return modules.filter(
    (module) => JSON.stringify(inputs[module.name] ?? null) !== JSON.stringify(current(module))
  )
}

function readInputs() {
  return existsSync(INPUTS_FILE) ? JSON.parse(readFileSync(INPUTS_FILE, 'utf8')) : {}
}

/**
 * CI: the committed results must have been made with this harness and meet every module's
 * threshold; then the modules whose code or tests changed after the results were committed run
 * again (incrementally: only mutants whose code or covering tests changed), and any mutant that
 * now survives where the committed results had none fails the run.
 */
async function ci(argv) {
  if (!existsSync(INCREMENTAL_FILE)) {
    console.error(
      `mutation: ${INCREMENTAL_FILE} is missing; run npm run test:mutation and commit it`
    )
    return 2
  }
  if (
    !existsSync(HARNESS_STAMP) ||
    readFileSync(HARNESS_STAMP, 'utf8').trim() !== harnessDigest()
  ) {
    console.error(
      'mutation: the committed results were made with another harness (Stryker options, ' +
        'vitest.mutation.mts, tsconfig.mutation.json or a toolchain version changed); run npm run test:mutation and commit mutation/'
    )
    return 2
  }
  const committed = JSON.parse(readFileSync(INCREMENTAL_FILE, 'utf8'))
  const rows = tally(committed, allModules)
  console.log('mutation: committed results\n')
  console.log(formatTable(rows))
  // A stale module is measured again below and held to its threshold then; its old row no longer
  // describes its code, so it neither passes nor fails the check of the committed results.
  const stale = staleModules(readInputs())
  const isStale = (name) => stale.some((module) => module.name === name)
  const measured = (row) =>
    row.killed + row.survived + row.noCoverage + row.timeout + row.equivalent > 0
  const unmeasured = allModules.filter(
    (module) =>
      !isStale(module.name) && !rows.some((row) => row.module === module.name && measured(row))
  )
  const below = rows.filter((row) => !row.passed && !isStale(row.module))
  if (unmeasured.length > 0 || below.length > 0) {
    const names = [...unmeasured, ...below].map((entry) => entry.name ?? entry.module)
    console.error(
      `\nmutation: not measured or below threshold in the committed results: ${names.join(', ')}`
    )
    return 1
  }
  if (stale.length === 0) {
    console.log('\nmutation: the results describe every module as it is; nothing to mutate')
    return 0
  }
  console.log(
    `\nmutation: to run again (code or tests changed): ${stale.map((m) => m.name).join(', ')}`
  )
  const plan = argv.includes('--plan') ? ['--plan'] : []
  return main([...plan, ...stale.map((module) => module.name)])
}

async function main(argv) {
  if (argv.includes('--ci')) return ci(argv)
  if (argv.includes('--stale')) {
    for (const module of staleModules(readInputs())) console.log(module.name)
    return 0
  }
  if (argv.includes('--list')) {
    for (const module of allModules) console.log(`${module.name}  ≥ ${module.threshold} %`)
    return 0
  }
  const selected = selectModules(argv)
  if (selected.length === 0) {
    // Neither their code nor their tests changed, so their scores cannot have moved.
    console.log('mutation: no listed module was touched; nothing to mutate')
    return 0
  }
  if (argv.includes('--plan')) {
    for (const module of selected) console.log(`module ${module.name}`)
    for (const file of testFilesOf(selected)) console.log(`tests ${file}`)
    return 0
  }
  // StrykerJS 10 declares Node ≥ 22 and its CLI refuses to start on older versions; its engine
  // runs on this project's Node 20.20 (vitest 4.1 pins it), so start the engine directly.
  const { Stryker } = await import('../node_modules/@stryker-mutator/core/dist/src/stryker.js')
  const started = Date.now()
  // Read by vitest.mutation.mts in every test runner Stryker starts (they inherit the environment).
  process.env.MUTATION_TEST_FILES = testFilesOf(selected).join(',')
  const digest = harnessDigest()
  // What the committed results already knew to survive, before any of them is set aside.
  const baseline = existsSync(INCREMENTAL_FILE)
    ? JSON.parse(readFileSync(INCREMENTAL_FILE, 'utf8'))
    : { files: {} }
  const stale =
    existsSync(INCREMENTAL_FILE) &&
    (!existsSync(HARNESS_STAMP) || readFileSync(HARNESS_STAMP, 'utf8').trim() !== digest)
  if (stale) {
    console.log('mutation: the harness changed since the last run, so no result is reused')
    rmSync(INCREMENTAL_FILE)
    rmSync(INPUTS_FILE, { force: true })
  }
  const mutated = filesOf(selected)
  const inputsBefore = Object.fromEntries(selected.map((module) => [module.name, inputsOf(module)]))
  forgetStaticSurvivors(mutated)
  const stryker = new Stryker({ configFile: 'stryker.config.mjs', mutate: mutated })
  try {
    await stryker.runMutationTest()
  } catch (error) {
    console.error(`mutation: StrykerJS failed: ${error instanceof Error ? error.message : error}`)
    return 2
  }
  writeFileSync(HARNESS_STAMP, `${digest}\n`)
  // The inputs are read before Stryker copies them; a file edited during the run makes the
  // module stale again, as it should.
  const inputs = { ...readInputs(), ...inputsBefore }
  writeFileSync(INPUTS_FILE, `${JSON.stringify(inputs, null, 1)}\n`)
  const minutes = ((Date.now() - started) / 60_000).toFixed(1)
  console.log(`\nmutation: ${selected.length} module(s) in ${minutes} min\n`)

  const report = JSON.parse(readFileSync(DEFAULT_REPORT, 'utf8'))
  const rows = tally(report, selected)
  console.log(formatTable(rows))
  const missing = selected.filter((module) => !rows.some((row) => row.module === module.name))
  if (missing.length > 0) {
    console.error(`\nmutation: no results for ${missing.map((module) => module.name).join(', ')}`)
    return 2
  }
  const below = rows.filter((row) => !row.passed)
  if (below.length > 0) {
    console.error(`\nmutation: below threshold: ${below.map((row) => row.module).join(', ')}`)
  }
  const fresh = newSurvivors(baseline, report)
  reportNewSurvivors(fresh)
  return below.length > 0 || fresh.length > 0 ? 1 : 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2))
}
