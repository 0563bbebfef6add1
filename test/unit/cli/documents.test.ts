import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/cli/command'
import { documentsCommand } from '../../../src/cli/commands/documents'
import { locateFonts } from '../../../src/main/services/documents/fonts'
import { exportPkcs12, getTestPki } from '../../fixtures/pki'
import { verify, reasonOf } from '../domain/seals/helpers'
import { requireOrSkip } from '../../support/require-or-skip'

let dir: string
const fontsPresent = (() => {
  try {
    locateFonts()
    return true
  } catch {
    return false
  }
})()
const run = requireOrSkip(
  fontsPresent,
  'the substitute fonts (texlive-lang-chinese, fonts-noto-cjk)'
)

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), cwd: dir }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'documents-cli-'))
  const pki = getTestPki()
  // The Bureau's seal certificate as a 系统管理员 would receive it: key, certificate and chain.
  exportPkcs12(pki.rsa, 'bureau', join(dir, 'bureau.p12'), [pki.rsaIntermediate])
})

describe('documents notice', () => {
  it('refuses without --demo or --out, with an unknown format, or with --sign for a DOCX', async () => {
    for (const args of [
      ['notice', '--out', 'x.pdf'],
      ['notice', '--demo'],
      ['notice', '--demo', '--format', 'odt', '--out', 'x.odt'],
      ['notice', '--demo', '--format', 'docx', '--sign', 'bureau.p12', '--out', 'x.docx'],
      ['circulate']
    ]) {
      const io = capture()
      expect(await documentsCommand.run(args, io), args.join(' ')).toBe(64)
      expect(io.stderr.join('\n')).toContain('用法')
    }
  })

  it.runIf(run)(
    'writes the demo city’s notice as a sealed PDF that verifies',
    async () => {
      const io = capture()
      const code = await documentsCommand.run(
        [
          'notice',
          '--demo',
          '--licences',
          '2000',
          '--sign',
          'bureau.p12',
          '--password',
          'bureau',
          '--out',
          'notice.pdf'
        ],
        io
      )
      expect(code, io.stderr.join('\n')).toBe(0)
      const said = io.stdout.join('\n')
      expect(said).toMatch(/许数管〔\d{4}〕1号/)
      expect(said).toContain('FandolFang → 仿宋_GB2312')
      expect(said).toContain('已签发')
      expect(said).not.toContain('许昌市政务服务和大数据管理局，')
      const report = await verify(new Uint8Array(readFileSync(join(dir, 'notice.pdf'))))
      expect(reasonOf(report.verdict)).toBe('passed')
    },
    120_000
  )

  it.runIf(run)(
    'writes the DOCX and says a wrong password plainly',
    async () => {
      const io = capture()
      expect(
        await documentsCommand.run(
          ['notice', '--demo', '--licences', '2000', '--format', 'docx', '--out', 'notice.docx'],
          io
        )
      ).toBe(0)
      expect(readFileSync(join(dir, 'notice.docx')).subarray(0, 2).toString()).toBe('PK')
      const wrong = capture()
      expect(
        await documentsCommand.run(
          [
            'notice',
            '--demo',
            '--licences',
            '2000',
            '--sign',
            'bureau.p12',
            '--password',
            'nope',
            '--out',
            'bad.pdf'
          ],
          wrong
        )
      ).toBe(1)
      expect(wrong.stderr.join('\n')).toMatch(/密码/)
      expect(existsSync(join(dir, 'bad.pdf'))).toBe(false)
    },
    120_000
  )
})
