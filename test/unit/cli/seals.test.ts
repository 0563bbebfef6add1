import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/cli/command'
import { sealsCommand } from '../../../src/cli/commands/seals'
import { pdfVerificationReportSchema } from '../../../src/shared/domain/seals/report'
import { addPage, cmsBlob, createDocument, notAPdf, signPdf } from '../../fixtures/pdf'
import { getTestPki } from '../../fixtures/pki'

let dir: string

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
})

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
    expect(output.schemaVersion).toBe(2)
    expect(output.exitCode).toBe(1)
    const reports = output.reports.map((report) => pdfVerificationReportSchema.parse(report))
    expect(
      reports.map((r) => [r.fileName?.split('/').pop(), r.verdict.status, r.error?.code])
    ).toEqual([
      ['not-a-pdf.pdf', 'indeterminate', 'PDF_NOT_PDF'],
      ['page-added.pdf', 'failed', undefined],
      ['licence.pdf', 'passed', undefined]
    ])
  })

  it('exits 64 on usage errors', async () => {
    expect(await sealsCommand.run([], capture())).toBe(64)
    expect(await sealsCommand.run(['verify'], capture())).toBe(64)
    expect(await sealsCommand.run(['verify', 'good', '--bogus'], capture())).toBe(64)
    expect(await sealsCommand.run(['verify', 'good', '--trust'], capture())).toBe(64)
  })
})
