#!/usr/bin/env node
// The security gate. Runs electronegativity over src/ (with the <script> blocks of .vue files,
// which it cannot read itself) and fails on any finding not in the allowlist, then checks the
// Content-Security-Policy of the renderer and of the response header against scripts/csp-policy.mjs.
//
// An allowlist entry names a rule, a file and the flagged code itself (`code`, whitespace
// collapsed), and allows that code once: a second unguarded openExternal in an allowed file, or a
// weakened CSP on the allowed line, is a new finding. The tool exits 0 whatever it finds, so the
// gate reads its SARIF output.
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { headerPolicy, metaPolicy, policyWeaknesses } from './csp-policy.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
// `--input DIR` points the gate at another tree (tests plant weaknesses in a copy of src/).
const inputFlag = process.argv.indexOf('--input')
const input = inputFlag > 0 ? process.argv[inputFlag + 1] : join(root, 'src')
const sarifPath = join(
  root,
  'reports',
  inputFlag > 0 ? `electronegativity-input-${process.pid}.sarif` : 'electronegativity.sarif'
)
const allowlist = JSON.parse(
  readFileSync(join(root, 'scripts', 'electronegativity-allowlist.json'), 'utf8')
)

function filesUnder(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(path, base)
    return [
      path
        .slice(base.length + 1)
        .split('\\')
        .join('/')
    ]
  })
}

/** A .vue file's <script> blocks at their own line numbers, everything else blank. */
export function vueScript(source) {
  const lines = source.split('\n')
  let inScript = false
  return lines
    .map((line) => {
      if (/^<script\b/.test(line)) {
        inScript = true
        return ''
      }
      if (/^<\/script>/.test(line)) {
        inScript = false
        return ''
      }
      return inScript ? line : ''
    })
    .join('\n')
}

/** A copy of the input where each .vue file has a .vue.ts twin holding its script. */
function scannableCopy(dir) {
  const copy = mkdtempSync(join(tmpdir(), 'security-gate-'))
  cpSync(dir, copy, { recursive: true })
  for (const file of filesUnder(copy).filter((path) => path.endsWith('.vue')))
    writeFileSync(join(copy, `${file}.ts`), vueScript(readFileSync(join(copy, file), 'utf8')))
  return copy
}

const normalise = (code) => code.replace(/\s+/g, ' ').trim()

/**
 * The flagged code of a SARIF result: the whole lines its region touches, so that the guard
 * before a flagged call (`if (isAllowedExternalUrl(url)) shell.openExternal(url)`) and the whole
 * <meta> tag are part of what the allowlist names.
 */
function flaggedCode(scanned, result) {
  const location = result.locations?.[0]?.physicalLocation
  const uri = location?.artifactLocation?.uri
  const region = location?.region
  if (!uri || !region) return ''
  // Project-wide checks name no file of the tree.
  const text = (() => {
    try {
      return readFileSync(join(scanned, uri), 'utf8')
    } catch {
      return ''
    }
  })()
  const lines = text.split('\n')
  const lineStart = lines
    .slice(0, region.startLine - 1)
    .reduce((sum, line) => sum + line.length + 1, 0)
  const regionEnd = lineStart + (region.startColumn ?? 1) - 1 + (region.charLength ?? 0)
  const lineEnd = text.indexOf('\n', Math.max(regionEnd - 1, lineStart))
  return normalise(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))
}

const problems = []
for (const entry of allowlist) {
  if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20)
    problems.push(`allowlist entry ${entry.ruleId} ${entry.file} has no one-line reason`)
  if (typeof entry.code !== 'string' || entry.code.length === 0)
    problems.push(`allowlist entry ${entry.ruleId} ${entry.file} does not name the flagged code`)
}

const scanned = scannableCopy(input)
try {
  mkdirSync(dirname(sarifPath), { recursive: true })
  execFileSync(
    process.execPath,
    [
      require.resolve('@doyensec/electronegativity/dist/index.js'),
      ...['-i', scanned, '-o', sarifPath, '-r', '-v', 'false', '-e', electronVersion]
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] }
  )
  const results = JSON.parse(readFileSync(sarifPath, 'utf8')).runs.flatMap((run) => run.results)
  const unused = allowlist.map(() => true)
  for (const result of results) {
    const rawFile = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A'
    const file = rawFile.replace(/\.vue\.ts$/, '.vue')
    const line = result.locations?.[0]?.physicalLocation?.region?.startLine ?? 0
    const code = flaggedCode(scanned, result)
    const index = allowlist.findIndex(
      (entry, at) =>
        unused[at] && entry.ruleId === result.ruleId && entry.file === file && entry.code === code
    )
    if (index >= 0) unused[index] = false
    else problems.push(`${result.ruleId} at ${file}:${line}: ${result.message.text}\n      ${code}`)
  }
  for (const [at, entry] of allowlist.entries())
    if (unused[at] && inputFlag < 0)
      problems.push(`allowlist entry ${entry.ruleId} ${entry.file} matches nothing: remove it`)

  const html = readFileSync(join(input, 'renderer', 'index.html'), 'utf8')
  const meta = metaPolicy(html)
  const header = headerPolicy(
    readFileSync(join(input, 'main', 'services', 'files', 'csp.ts'), 'utf8')
  )
  if (meta === null) problems.push('renderer/index.html has no Content-Security-Policy')
  if (header === null) problems.push('main/services/files/csp.ts has no CONTENT_SECURITY_POLICY')
  if (meta !== null && header !== null && meta !== header)
    problems.push('the <meta> and header Content-Security-Policy differ')
  for (const [where, policy] of [
    ['renderer/index.html', meta],
    ['main/services/files/csp.ts', header]
  ])
    for (const weakness of policy === null ? [] : policyWeaknesses(policy))
      problems.push(`CSP in ${where}: ${weakness}`)

  console.log(
    `electronegativity ${electronVersion}: ${results.length} finding(s), ${problems.length} problem(s)`
  )
} finally {
  rmSync(scanned, { recursive: true, force: true })
}
for (const problem of problems) console.error(`  ✗ ${problem}`)
process.exit(problems.length === 0 ? 0 : 1)
