#!/usr/bin/env node
// Holds each mutation-tested module of stryker.config.mjs to its own threshold. Stryker's own
// `thresholds.break` is one number for the whole run, so this reads its JSON report
// (mutation-testing-report-schema), prints one row per module and exits 1 when any module is below
// its threshold, 2 when the report is missing or lacks a module it was asked about.
//
//   node scripts/mutation-gate.mjs [--report <file>] [--modules a,b] [--markdown] [--baseline <file>]
//
// With --baseline (the committed results, mutation/stryker-incremental.json, as they were before
// the run) it also exits 1 on any undetected mutant the baseline did not record (newSurvivors).
// Score = detected / (detected + undetected): detected are killed mutants and timeouts (a mutant
// that makes the tests hang was noticed), undetected are survivors and mutants no test runs.
// Compile and runtime errors are not mutants a test could meet. Equivalent mutants (listed with
// their reasons in stryker.config.mjs, or disabled in the source) have their own column.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { allModules, equivalentMutants } from '../stryker.config.mjs'

export const DEFAULT_REPORT = 'reports/mutation/mutation.json'

/** A glob of stryker.config.mjs (`*`, `**`, `?`; a leading `!` excludes) as a RegExp. */
export function globToRegExp(glob) {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/'
      source += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/** Whether a file matches a list of globs, in which a later `!glob` excludes what it matches. */
export function matchesPatterns(patterns, file) {
  let matched = false
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!')
    if (globToRegExp(negated ? pattern.slice(1) : pattern).test(file)) matched = !negated
  }
  return matched
}

/** Whether a file's mutants count for a module. */
export function isMutatedBy(module, file) {
  return matchesPatterns(module.mutate, file)
}

/** The source line a mutant starts on ('' when the report carries no source). */
function lineOf(source, mutant) {
  return (source ?? '').split('\n')[(mutant.location?.start?.line ?? 0) - 1] ?? ''
}

/**
 * The listed equivalent mutant a surviving mutant is, if any. An entry with `line` matches only a
 * mutant on a source line containing that fragment, so that one harmless `''` → "Stryker was
 * here!" does not excuse every other string of its file.
 */
function equivalentOf(file, mutant, equivalents, source) {
  return equivalents.find(
    (entry) =>
      entry.file === file &&
      entry.mutator === mutant.mutatorName &&
      (mutant.replacement ?? '').includes(entry.replacement) &&
      (entry.line === undefined || lineOf(source, mutant).includes(entry.line))
  )
}

/** Mutant counts per module, for the modules that have files in the report. */
export function tally(report, modules = allModules, equivalents = equivalentMutants) {
  const rows = []
  for (const module of modules) {
    const row = {
      module: module.name,
      threshold: module.threshold,
      files: 0,
      killed: 0,
      survived: 0,
      noCoverage: 0,
      timeout: 0,
      equivalent: 0,
      errors: 0
    }
    for (const [file, result] of Object.entries(report.files ?? {})) {
      if (!isMutatedBy(module, file)) continue
      row.files += 1
      for (const mutant of result.mutants) {
        const undetected = mutant.status === 'Survived' || mutant.status === 'NoCoverage'
        if (
          mutant.status === 'Ignored' ||
          (undetected && equivalentOf(file, mutant, equivalents, result.source))
        )
          row.equivalent += 1
        else if (mutant.status === 'Killed') row.killed += 1
        else if (mutant.status === 'Survived') row.survived += 1
        else if (mutant.status === 'NoCoverage') row.noCoverage += 1
        else if (mutant.status === 'Timeout') row.timeout += 1
        else row.errors += 1
      }
    }
    if (row.files === 0) continue
    const detected = row.killed + row.timeout
    const valid = detected + row.survived + row.noCoverage
    row.score = valid === 0 ? 100 : (100 * detected) / valid
    row.passed = row.score >= row.threshold
    rows.push(row)
  }
  return rows
}

/** Listed equivalent mutants of files in the report that no longer survive there: to delete. */
export function staleEquivalents(report, equivalents = equivalentMutants) {
  return equivalents.filter((entry) => {
    const result = report.files?.[entry.file]
    if (!result) return false
    return !result.mutants.some(
      (mutant) =>
        (mutant.status === 'Survived' || mutant.status === 'NoCoverage') &&
        equivalentOf(entry.file, mutant, [entry], result.source)
    )
  })
}

/** What a mutant is, independent of where earlier edits moved it: file, mutator, code and replacement. */
function mutantKey(file, source, mutant) {
  const lines = (source ?? '').split('\n')
  const offset = ({ line, column }) =>
    lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1
  const { start, end } = mutant.location ?? {}
  const original = start && end ? (source ?? '').slice(offset(start), offset(end)) : ''
  return `${file}\u0000${mutant.mutatorName}\u0000${original}\u0000${mutant.replacement ?? ''}`
}

function undetectedKeys(report) {
  const keys = []
  for (const [file, result] of Object.entries(report?.files ?? {})) {
    for (const mutant of result.mutants) {
      if (mutant.status === 'Survived' || mutant.status === 'NoCoverage')
        keys.push({
          key: mutantKey(file, result.source, mutant),
          file,
          mutant,
          source: result.source
        })
    }
  }
  return keys
}

/**
 * Undetected mutants of `report` that the committed results (`baseline`) did not already record
 * and that are not listed as equivalent: the bugs a change let in untested. A score can stay above
 * its threshold with one more survivor; CI fails on it all the same.
 */
export function newSurvivors(baseline, report, equivalents = equivalentMutants) {
  const known = new Map()
  for (const { key } of undetectedKeys(baseline)) known.set(key, (known.get(key) ?? 0) + 1)
  const fresh = []
  for (const entry of undetectedKeys(report)) {
    const left = known.get(entry.key) ?? 0
    if (left > 0) known.set(entry.key, left - 1)
    else if (!equivalentOf(entry.file, entry.mutant, equivalents, entry.source)) fresh.push(entry)
  }
  return fresh.map(({ file, mutant }) => ({
    file,
    line: mutant.location?.start?.line,
    mutator: mutant.mutatorName,
    replacement: mutant.replacement,
    status: mutant.status
  }))
}

const columns = [
  ['module', (row) => row.module],
  ['killed', (row) => String(row.killed)],
  ['survived', (row) => String(row.survived)],
  ['no coverage', (row) => String(row.noCoverage)],
  ['timeout', (row) => String(row.timeout)],
  ['equivalent', (row) => String(row.equivalent)],
  ['score', (row) => `${(Math.floor(row.score * 10) / 10).toFixed(1)} %`],
  ['threshold', (row) => `${row.threshold} %`],
  ['', (row) => (row.passed ? 'ok' : 'BELOW')]
]

export function formatTable(rows, { markdown = false } = {}) {
  const cells = rows.map((row) => columns.map(([, cell]) => cell(row)))
  if (markdown) {
    const line = (values) => `| ${values.join(' | ')} |`
    const headers = columns.slice(0, -1).map(([header]) => header)
    return [
      line(headers),
      line(headers.map((_, i) => (i === 0 ? '---' : '---:'))),
      ...cells.map((values) => line(values.slice(0, -1)))
    ].join('\n')
  }
  const headers = columns.map(([header]) => header)
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...cells.map((values) => values[i].length))
  )
  const line = (values) =>
    values
      .map((value, i) => (i === 0 ? value.padEnd(widths[i]) : value.padStart(widths[i])))
      .join('  ')
      .trimEnd()
  return [line(headers), ...cells.map(line)].join('\n')
}

function main(argv) {
  const option = (name) => {
    const at = argv.indexOf(name)
    return at >= 0 ? argv[at + 1] : undefined
  }
  const reportPath = option('--report') ?? DEFAULT_REPORT
  const wanted = (option('--modules') ?? '').split(',').filter(Boolean)
  let report
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8'))
  } catch (error) {
    console.error(`mutation gate: cannot read ${reportPath}: ${error.message}`)
    return 2
  }
  const rows = tally(report).filter((row) => wanted.length === 0 || wanted.includes(row.module))
  console.log(formatTable(rows, { markdown: argv.includes('--markdown') }))
  for (const entry of staleEquivalents(report)) {
    console.error(
      `mutation gate: listed as equivalent, but no such mutant survives: ${entry.file} ${entry.mutator} ${entry.replacement}`
    )
  }
  const missing = wanted.filter((name) => !rows.some((row) => row.module === name))
  if (missing.length > 0) {
    console.error(`mutation gate: no mutants of ${missing.join(', ')} in ${reportPath}`)
    return 2
  }
  const below = rows.filter((row) => !row.passed)
  if (below.length > 0) {
    console.error(`mutation gate: below threshold: ${below.map((row) => row.module).join(', ')}`)
  }
  const baselinePath = option('--baseline')
  const fresh = baselinePath
    ? newSurvivors(JSON.parse(readFileSync(baselinePath, 'utf8')), report)
    : []
  reportNewSurvivors(fresh)
  return below.length > 0 || fresh.length > 0 ? 1 : 0
}

/** Names each new survivor, and what to do about it. */
export function reportNewSurvivors(fresh) {
  if (fresh.length === 0) return
  console.error(
    `mutation gate: ${fresh.length} surviving mutant(s) the committed results did not have:`
  )
  for (const mutant of fresh) {
    console.error(
      `  ${mutant.file}:${mutant.line} ${mutant.mutator} -> ${mutant.replacement} (${mutant.status})`
    )
  }
  console.error(
    'Kill each with a test, or list it with its reason in equivalentMutants (stryker.config.mjs).'
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2))
