#!/usr/bin/env node
// Runs electronegativity over src/ and fails on any finding not in the allowlist. The tool itself
// exits 0 whatever it finds, so the gate reads its SARIF output.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
// `--input DIR` lets a test point the gate at a deliberately insecure tree.
const inputFlag = process.argv.indexOf('--input')
const input = inputFlag > 0 ? process.argv[inputFlag + 1] : join(root, 'src')
const sarifPath = join(
  root,
  'reports',
  inputFlag > 0 ? 'electronegativity-input.sarif' : 'electronegativity.sarif'
)
const allowlist = JSON.parse(
  readFileSync(join(root, 'scripts', 'electronegativity-allowlist.json'), 'utf8')
)

mkdirSync(dirname(sarifPath), { recursive: true })
execFileSync(
  process.execPath,
  [
    require.resolve('@doyensec/electronegativity/dist/index.js'),
    ...['-i', input, '-o', sarifPath, '-r', '-v', 'false', '-e', electronVersion]
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] }
)

const problems = []
for (const entry of allowlist) {
  if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
    problems.push(`allowlist entry ${entry.ruleId} ${entry.file} has no one-line reason`)
  }
}
const results = JSON.parse(readFileSync(sarifPath, 'utf8')).runs.flatMap((run) => run.results)
for (const result of results) {
  const file = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A'
  const line = result.locations?.[0]?.physicalLocation?.region?.startLine ?? 0
  const allowed = allowlist.some((entry) => entry.ruleId === result.ruleId && entry.file === file)
  if (!allowed) problems.push(`${result.ruleId} at ${file}:${line}: ${result.message.text}`)
}

console.log(
  `electronegativity ${electronVersion}: ${results.length} finding(s), ${problems.length} not allowed`
)
for (const problem of problems) console.error(`  ✗ ${problem}`)
process.exit(problems.length === 0 ? 0 : 1)
