/**
 * `seals verify`: batch inspection of electronic seals in PDFs (电子签章批量核验), offline, with
 * the same verifier, report schema and words as the app: the table says the report's codes
 * with the seals catalog in the language of `--lang`, the JSON keeps the codes.
 */
import { readFile, readdir, realpath, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import type { CliCommand, CliIo } from '../command'
import { EXIT_USAGE } from '../command'
import { createCliWords, type CliWords } from '../i18n'
import { parseTrustMaterial } from '../../shared/domain/seals/crypto'
import type { PdfVerificationReport, SignatureReport } from '../../shared/domain/seals/report'
import { REPORT_SCHEMA_VERSION } from '../../shared/domain/seals/report'
import {
  coverageWords,
  levelWords,
  signerName,
  signingInstant,
  statusWords,
  type VerdictStatus
} from '../../shared/domain/seals/words'
import { formatDateTime } from '../../shared/i18n/format'
import { message, type Message } from '../../shared/i18n/message'
import { runVerifyJob } from '../../main/services/seals/verify-job'

/**
 * Exit codes. When a batch has both a failure and an indeterminate or unreadable file, 1 wins:
 * a failed seal is the finding a script must not miss, whatever else is in the batch.
 */
export const EXIT_ALL_PASSED = 0
export const EXIT_ANY_FAILED = 1
export const EXIT_ANY_INDETERMINATE = 2

const usage = [
  '用法 Usage:',
  '  seals verify <文件或文件夹 …> [--trust <文件夹或文件>] [--password <密码>] [--json]',
  '      核验 PDF 中的电子签章；文件夹会递归查找 *.pdf（符号链接指向的文件夹只查一次）',
  '',
  '选项 Options:',
  '  --trust <路径>   受信任的根证书和吊销列表（PEM/DER/CER/CRT/P7B/CRL），可重复；默认不信任任何证书',
  '  --password <密码> 加密 PDF 的打开密码或所有者密码，用于空密码打不开的每个文件',
  '  --json           按 docs/seals-json.md 的格式输出 JSON',
  '',
  '退出码 Exit codes: 0 全部通过；1 有签名未通过；2 有无法确定或无法读取的文件（无未通过时）；64 用法错误'
].join('\n')

const TRUST_EXTENSIONS = /\.(pem|der|cer|crt|p7b|p7c|crl)$/i

/** The app's per-file bound (the seal service's default). */
const TIME_LIMIT_MS = 60_000

interface ParsedArgs {
  command: string | undefined
  paths: string[]
  trust: string[]
  password: string | undefined
  json: boolean
}

function parseArgs(args: string[]): ParsedArgs | Message {
  const [command, ...rest] = args
  const parsed: ParsedArgs = { command, paths: [], trust: [], password: undefined, json: false }
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? ''
    if (arg === '--json') parsed.json = true
    else if (arg === '--trust') {
      const path = rest[++i]
      if (path === undefined) return message('seals.cli.trustNeedsPath')
      parsed.trust.push(path)
    } else if (arg === '--password') {
      const password = rest[++i]
      if (password === undefined) return message('seals.cli.passwordNeedsValue')
      parsed.password = password
    } else if (arg.startsWith('--')) return message('seals.cli.unknownOption', { option: arg })
    else parsed.paths.push(arg)
  }
  if (command !== 'verify')
    return command === undefined
      ? message('seals.cli.missingCommand')
      : message('seals.cli.unknownCommand', { command })
  if (parsed.paths.length === 0) return message('seals.cli.noPaths')
  return parsed
}

/** Real paths already walked or listed, shared by every path of one command. */
interface Visited {
  directories: Set<string>
  files: Set<string>
}

const newVisited = (): Visited => ({ directories: new Set(), files: new Set() })

/**
 * Files under `path` (recursively for folders, following symbolic links) whose names match
 * `pattern`, sorted; `path` itself when it is a file. Each real directory is read once and each
 * real file listed once, so a link back to a parent folder ends instead of looping. Throws when
 * `path` itself cannot be read; a broken link or unreadable folder inside is listed (and then
 * reported unreadable).
 */
async function collectFiles(
  path: string,
  pattern: RegExp,
  visited: Visited = newVisited()
): Promise<string[]> {
  const found: string[] = []
  const addFile = async (file: string) => {
    const real = await realpath(file).catch(() => file)
    if (visited.files.has(real)) return
    visited.files.add(real)
    found.push(file)
  }
  const walk = async (directory: string): Promise<void> => {
    const real = await realpath(directory)
    if (visited.directories.has(real)) return
    visited.directories.add(real)
    for (const name of (await readdir(directory)).sort()) {
      const child = join(directory, name)
      const info = await stat(child).catch(() => undefined)
      // A folder that cannot be read is listed, and reported unreadable, not silently skipped.
      if (info?.isDirectory()) await walk(child).catch(() => found.push(child))
      else if (pattern.test(name)) await addFile(child)
    }
  }
  if ((await stat(path)).isDirectory()) await walk(path)
  else await addFile(path)
  return found.sort()
}

async function loadTrust(
  paths: string[],
  io: CliIo,
  words: CliWords
): Promise<{ certificates: Uint8Array[]; crls: Uint8Array[] } | Message> {
  const certificates: Uint8Array[] = []
  const crls: Uint8Array[] = []
  for (const path of paths) {
    let files: string[]
    try {
      files = await collectFiles(resolve(io.cwd, path), TRUST_EXTENSIONS)
    } catch {
      return message('seals.cli.trustPathUnreadable', { path })
    }
    for (const file of files) {
      const bytes = await readFile(file).catch(() => undefined)
      if (!bytes) return message('seals.cli.trustFileUnreadable', { file })
      const material = parseTrustMaterial(new Uint8Array(bytes), file)
      if (material.certificates.length === 0 && material.crls.length === 0) {
        io.err(words.say(message('seals.cli.noTrustMaterial', { file })))
      }
      certificates.push(...material.certificates)
      crls.push(...material.crls)
    }
  }
  return { certificates, crls }
}

export function exitCodeFor(reports: readonly PdfVerificationReport[]): number {
  if (reports.some((report) => report.verdict.status === 'failed')) return EXIT_ANY_FAILED
  if (reports.some((report) => report.verdict.status !== 'passed')) return EXIT_ANY_INDETERMINATE
  return EXIT_ALL_PASSED
}

/** Terminal columns: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0
  for (const char of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        char
      )
        ? 2
        : 1
  return width
}

function renderTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) =>
    Math.max(...rows.map((row) => displayWidth(row[column] ?? '')))
  )
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell + ' '.repeat(widths[column]! - displayWidth(cell)))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}

function signatureRow(file: string, signature: SignatureReport, words: CliWords): string[] {
  const verdict = signature.verdict
  return [
    file,
    signature.fieldName,
    words.say(statusWords[verdict.status]),
    verdict.status === 'passed' ? '' : words.say(verdict.summary),
    signerName(signature) ?? '',
    formatDateTime(signingInstant(signature), words.locale, { seconds: true }),
    words.say(coverageWords[signature.coverage]),
    words.say(levelWords(signature.modification.level))
  ]
}

const COLUMNS = [
  message('seals.report.column.file'),
  message('seals.report.column.field'),
  message('seals.report.column.status'),
  message('seals.report.column.reason'),
  message('seals.report.column.signer'),
  message('seals.report.column.time'),
  message('seals.report.column.coverage'),
  message('seals.report.column.changes')
]

/** The table a person reads: one row per signature, the file's verdict for an unsigned one. */
export function renderReports(
  reports: readonly { file: string; report: PdfVerificationReport }[],
  words: CliWords
): string {
  const rows = [COLUMNS.map((column) => words.say(column))]
  for (const { file, report } of reports) {
    if (report.signatures.length === 0) {
      rows.push([
        file,
        '—',
        words.say(statusWords[report.verdict.status]),
        words.say(report.verdict.summary),
        '',
        '',
        '',
        ''
      ])
    } else
      for (const signature of report.signatures) rows.push(signatureRow(file, signature, words))
  }
  const count = (status: VerdictStatus) =>
    reports.filter((r) => r.report.verdict.status === status).length
  const total = message('seals.report.total', {
    files: reports.length,
    counts: message('seals.report.counts', {
      passed: count('passed'),
      failed: count('failed'),
      indeterminate: count('indeterminate')
    })
  })
  return `${renderTable(rows)}\n\n${words.say(total)}`
}

async function verifyCommand(parsed: ParsedArgs, io: CliIo, words: CliWords): Promise<number> {
  const trust = await loadTrust(parsed.trust, io, words)
  if ('code' in trust) {
    io.err(words.say(trust))
    return EXIT_USAGE
  }
  const files: string[] = []
  const visited = newVisited()
  for (const path of parsed.paths) {
    try {
      files.push(...(await collectFiles(resolve(io.cwd, path), /\.pdf$/i, visited)))
    } catch {
      files.push(resolve(io.cwd, path)) // reported below as unreadable
    }
  }
  const now = new Date().toISOString()
  const reports: { file: string; report: PdfVerificationReport }[] = []
  for (const file of files) {
    const label = relative(io.cwd, file) || file
    // The app's own job: the same read and verification as a file verified in the app.
    const report = await runVerifyJob({
      path: file,
      fileName: label,
      trust,
      now,
      timeLimitMs: TIME_LIMIT_MS,
      ...(parsed.password !== undefined ? { password: parsed.password } : {})
    })
    reports.push({ file: label, report })
  }
  const all = reports.map((entry) => entry.report)
  const exitCode = exitCodeFor(all)
  if (parsed.json)
    io.out(
      JSON.stringify({ schemaVersion: REPORT_SCHEMA_VERSION, exitCode, reports: all }, null, 2)
    )
  else io.out(renderReports(reports, words))
  return exitCode
}

export const sealsCommand: CliCommand = {
  name: 'seals',
  summary: '核验 PDF 电子签章 · verify electronic seals in PDFs',
  usage,
  async run(args, io) {
    const words = createCliWords(io.locale)
    const parsed = parseArgs(args)
    if ('code' in parsed) {
      io.err(`${words.say(parsed)}\n\n${usage}`)
      return EXIT_USAGE
    }
    return verifyCommand(parsed, io, words)
  }
}
