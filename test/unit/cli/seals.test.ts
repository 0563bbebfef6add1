import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/cli/command'
import { sealsCommand } from '../../../src/cli/commands/seals'
import { pdfVerificationReportSchema } from '../../../src/shared/domain/seals/report'
import { addPage, cmsBlob, createDocument, notAPdf, signPdf } from '../../fixtures/pdf'
import {
  USER_PASSWORDS,
  buildEncryptedFixtures,
  encryptionToolsAvailable
} from '../../fixtures/pdf/encrypted'
import { getTestPki } from '../../fixtures/pki'
import { requireOrSkip } from '../../support/require-or-skip'

let dir: string
const encryptionTools = requireOrSkip(
  encryptionToolsAvailable(),
  'qpdf or pdfsig (with certutil, pk12util and openssl)'
)

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), cwd: dir }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'seals-cli-'))
  const signed = await signPdf(createDocument(), { fieldName: 'Sig1', blob: cmsBlob('rsa') })
  mkdirSync(join(dir, 'good/nested'), { recursive: true })
  mkdirSync(join(dir, 'bad'))
  mkdirSync(join(dir, 'trust'))
  writeFileSync(join(dir, 'good/nested/licence.pdf'), signed.bytes)
  writeFileSync(join(dir, 'good/readme.txt'), 'not a pdf and not picked up')
  writeFileSync(join(dir, 'bad/page-added.pdf'), addPage(signed).bytes)
  writeFileSync(join(dir, 'bad/not-a-pdf.pdf'), notAPdf())
  writeFileSync(join(dir, 'trust/root.pem'), getTestPki().rsaRoot.certPem)
  // A folder with links back to itself and its parent, a link to a file in it and one outside.
  mkdirSync(join(dir, 'loop/sub'), { recursive: true })
  writeFileSync(join(dir, 'loop/a.pdf'), signed.bytes)
  writeFileSync(join(dir, 'loop/sub/b.pdf'), signed.bytes)
  symlinkSync('..', join(dir, 'loop/sub/up'))
  symlinkSync('.', join(dir, 'loop/sub/self'))
  symlinkSync('../a.pdf', join(dir, 'loop/sub/again.pdf'))
  symlinkSync('../good/nested/licence.pdf', join(dir, 'loop/linked.pdf'))
  if (encryptionTools) {
    const encrypted = buildEncryptedFixtures()
    mkdirSync(join(dir, 'encrypted'))
    copyFileSync(encrypted.signed('aes-128'), join(dir, 'encrypted/empty-user-password.pdf'))
    copyFileSync(encrypted.signed('aes-256-user'), join(dir, 'encrypted/user-password.pdf'))
    writeFileSync(join(dir, 'encrypted/plain.pdf'), signed.bytes)
  }
}, 120_000)

function parseJson(io: { stdout: string[] }) {
  const output = JSON.parse(io.stdout.join('\n')) as { exitCode: number; reports: unknown[] }
  return {
    exitCode: output.exitCode,
    reports: output.reports.map((report) => pdfVerificationReportSchema.parse(report))
  }
}

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('seals verify', () => {
  it('exits 0 when every signature passes with the trusted root, and prints a Chinese table', async () => {
    const io = capture()
    expect(await sealsCommand.run(['verify', 'good', '--trust', 'trust'], io)).toBe(0)
    const table = io.stdout.join('\n')
    expect(table).toContain('结论')
    expect(table).toContain('licence.pdf')
    expect(table).toContain('通过')
    expect(table).not.toContain('readme')
  })

  it('speaks English with --lang en: columns, verdicts, reasons and the count, times as people read them', async () => {
    const io = { ...capture(), locale: 'en' as const }
    expect(await sealsCommand.run(['verify', 'bad', 'good', '--trust', 'trust'], io)).toBe(1)
    const table = io.stdout.join('\n')
    for (const words of [
      'File',
      'Verdict',
      'Reason',
      'Coverage',
      'Changes after signing',
      'Passed',
      'Failed',
      'Indeterminate',
      'This is not a PDF file and cannot be verified.',
      'The document was changed after signing in a way that is not allowed',
      'The whole file',
      'Other changes',
      '3 file(s): Passed 1, failed 1, indeterminate 1'
    ])
      expect(table).toContain(words)
    // The signer's name is the certificate's own (测试 RSA 签章人); every other word is English.
    expect(table.replaceAll('测试 RSA 签章人', '')).not.toMatch(/[\u4e00-\u9fff]/)
    expect(table).not.toMatch(/seals\.|\d{4}-\d\d-\d\dT/)
  })

  it('says the same table in Chinese by default, with the shared catalog’s words', async () => {
    const io = capture()
    expect(await sealsCommand.run(['verify', 'bad', '--trust', 'trust'], io)).toBe(1)
    const table = io.stdout.join('\n')
    for (const words of [
      '文件',
      '签名后修改',
      '这不是 PDF 文件，无法核验。',
      '签名后文档被做了不允许的修改',
      '其他修改',
      '共 2 个文件：通过 0，未通过 1，无法确定 1'
    ])
      expect(table).toContain(words)
    expect(table).not.toMatch(/seals\./)
  })

  it('says usage errors in the chosen language', async () => {
    const io = { ...capture(), locale: 'en' as const }
    expect(await sealsCommand.run(['verify', 'good', '--bogus'], io)).toBe(64)
    expect(io.stderr.join('\n')).toContain('Unknown option: --bogus')
    const zh = capture()
    expect(await sealsCommand.run(['verify'], zh)).toBe(64)
    expect(zh.stderr.join('\n')).toContain('请指定至少一个 PDF 文件或文件夹')
  })

  it('exits 2 when a file is only indeterminate (untrusted) or unreadable', async () => {
    expect(await sealsCommand.run(['verify', 'good'], capture())).toBe(2)
    expect(
      await sealsCommand.run(['verify', 'bad/not-a-pdf.pdf', '--trust', 'trust'], capture())
    ).toBe(2)
  })

  it('exits 1 when any signature fails, even with unreadable files in the batch', async () => {
    const io = capture()
    expect(
      await sealsCommand.run(['verify', 'bad', 'good', '--trust', 'trust', '--json'], io)
    ).toBe(1)
    const output = JSON.parse(io.stdout.join('\n')) as {
      schemaVersion: number
      exitCode: number
      reports: unknown[]
    }
    expect(output.schemaVersion).toBe(3)
    expect(output.exitCode).toBe(1)
    const reports = output.reports.map((report) => pdfVerificationReportSchema.parse(report))
    expect(
      reports.map((r) => [r.fileName?.split('/').pop(), r.verdict.status, r.error?.code])
    ).toEqual([
      ['not-a-pdf.pdf', 'indeterminate', 'seals.error.notPdf'],
      ['page-added.pdf', 'failed', undefined],
      ['licence.pdf', 'passed', undefined]
    ])
  })

  it('exits 64 on usage errors', async () => {
    expect(await sealsCommand.run([], capture())).toBe(64)
    expect(await sealsCommand.run(['verify'], capture())).toBe(64)
    expect(await sealsCommand.run(['verify', 'good', '--bogus'], capture())).toBe(64)
    expect(await sealsCommand.run(['verify', 'good', '--trust'], capture())).toBe(64)
    expect(await sealsCommand.run(['verify', 'good', '--password'], capture())).toBe(64)
  })

  it('walks a folder with a symlink loop once: every real folder and PDF once, linked files too', async () => {
    const io = capture()
    expect(await sealsCommand.run(['verify', 'loop', '--trust', 'trust', '--json'], io)).toBe(0)
    const { reports } = parseJson(io)
    expect(reports.map((report) => report.fileName)).toEqual([
      join('loop', 'a.pdf'),
      join('loop', 'linked.pdf'),
      join('loop', 'sub', 'b.pdf')
    ])
    expect(reports.every((report) => report.verdict.status === 'passed')).toBe(true)
  })

  it.skipIf(!encryptionTools)(
    '--password opens every encrypted file that needs one; without it they are unreadable',
    async () => {
      const run = async (extra: string[]) => {
        const io = capture()
        const code = await sealsCommand.run(
          ['verify', 'encrypted', '--trust', 'trust', '--json', ...extra],
          io
        )
        const { reports } = parseJson(io)
        const outcome = reports.map((report) => [
          report.fileName?.split(/[\\/]/).pop(),
          report.error?.code ?? report.verdict.status,
          report.encryption?.passwordUsed ?? null
        ])
        return { code, outcome }
      }
      expect(await run([])).toEqual({
        code: 2,
        outcome: [
          ['empty-user-password.pdf', 'passed', 'empty-user'],
          ['plain.pdf', 'passed', null],
          ['user-password.pdf', 'seals.error.passwordRequired', null]
        ]
      })
      expect((await run(['--password', 'wrong'])).outcome[2]).toEqual([
        'user-password.pdf',
        'seals.error.passwordWrong',
        null
      ])
      expect(await run(['--password', USER_PASSWORDS.unicode])).toEqual({
        code: 0,
        outcome: [
          ['empty-user-password.pdf', 'passed', 'empty-user'],
          ['plain.pdf', 'passed', null],
          ['user-password.pdf', 'passed', 'user']
        ]
      })
    }
  )

  it('ends quietly when the reader closes the pipe early, and keeps the exit code', async () => {
    const root = resolve(__dirname, '../../..')
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', 'seals', 'verify', join(dir, 'bad'), '--json'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }
    )
    // Like `| head -1` that has already read its line: nobody reads stdout any more.
    child.stdout.destroy()
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const code = await new Promise<number | null>((done) => child.on('close', done))
    expect(stderr).toBe('')
    expect(code).toBe(1)
  })
})
