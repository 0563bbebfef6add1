import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/cli/command'
import { codesCommand } from '../../../src/cli/commands/codes'

function fakeIo(locale?: 'en') {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    cwd: '/tmp',
    ...(locale ? { locale } : {})
  }
  return { io, out, err }
}

const IDENTIFIER = '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F'

describe('codes check', () => {
  it('prints an aligned Chinese table and exits 0 when all codes are valid or warnings', async () => {
    const { io, out } = fakeIo()
    const code = await codesCommand.run(['check', '11100000000013338W', IDENTIFIER, '411071'], io)
    expect(code).toBe(0)
    const lines = out.join('\n').split('\n')
    expect(lines[0]).toMatch(/^代码\s+类型\s+结果\s+说明$/)
    const usccRow = lines.find((line) => line.startsWith('11100000000013338W'))
    expect(usccRow).toMatch(/统一社会信用代码\s+有效\s+—$/)
    const divisionRow = lines.find((line) => line.startsWith('411071'))
    expect(divisionRow).toContain('警告')
    expect(divisionRow).toContain('统计用代码')
    // Columns line up in terminal cells, CJK characters taking two.
    const cells = (text: string) => [...text].reduce((n, c) => n + (c > '\u2e80' ? 2 : 1), 0)
    const statusColumns = lines
      .filter((line) => /^[0-9]/.test(line))
      .map((line) => cells(line.slice(0, line.search(/有效|警告/))))
    expect(statusColumns).toHaveLength(3)
    expect(new Set(statusColumns).size).toBe(1)
    expect(lines.at(-1)).toBe('共3个：有效2，警告1，无效0')
  })

  it('exits 1 when any code is invalid and lists each reason', async () => {
    const { io, out } = fakeIo()
    const code = await codesCommand.run(['check', '11100000000013338W', '110105194912310021'], io)
    expect(code).toBe(1)
    expect(out.join('\n')).toMatch(/110105194912310021\s+公民身份号码\s+无效\s+校验位应为“X”/)
  })

  it('marks which reasons of an invalid code are only warnings', async () => {
    const { io, out } = fakeIo()
    const identifier = IDENTIFIER.replace('541J.2430599', '541K.6F9619FF-8B86')
    expect(await codesCommand.run(['check', identifier], io)).toBe(1)
    const text = out.join('\n')
    expect(text).toContain('（警告）证照颁发机构代码：校验位应为“J”')
    expect(text).toMatch(/^\s+流水号只能由数字和大写字母组成/m)
  })

  it('prints a JSON array with --json', async () => {
    const { io, out } = fakeIo()
    const code = await codesCommand.run(['check', '--json', '11010519491231002x', 'nonsense'], io)
    expect(code).toBe(1)
    const parsed = JSON.parse(out.join('\n'))
    expect(parsed).toEqual([
      expect.objectContaining({
        input: '11010519491231002x',
        kind: 'citizenId',
        status: 'valid',
        normalized: '11010519491231002X',
        reasons: []
      }),
      expect.objectContaining({
        kind: 'unknown',
        status: 'invalid',
        reasons: [
          {
            code: 'codes.unrecognized',
            severity: 'invalid',
            text: '无法识别：不是统一社会信用代码、公民身份号码、证照标识、证照类型代码或行政区划代码'
          }
        ]
      })
    ])
  })

  it('keeps each reason’s code and parameters in the JSON, with its words', async () => {
    const { io, out } = fakeIo('en')
    await codesCommand.run(['check', '--json', '11100000000013338X'], io)
    expect(JSON.parse(out.join('\n'))[0].reasons).toEqual([
      {
        code: 'codes.uscc.checksum',
        params: { expected: 'W', actual: 'X' },
        severity: 'warning',
        text: 'The check character should be “W”, not “X” (codes from early pilot regions may be like this; please confirm with the issuer)'
      }
    ])
  })

  it('speaks English with --lang en: headers, kinds, results, reasons and the summary', async () => {
    const { io, out } = fakeIo('en')
    const code = await codesCommand.run(['check', '11100000000013338W', '110105194912310021'], io)
    expect(code).toBe(1)
    const lines = out.join('\n').split('\n')
    expect(lines[0]).toMatch(/^Code\s+Kind\s+Result\s+Explanation$/)
    expect(lines.find((line) => line.startsWith('110105194912310021'))).toMatch(
      /Citizen ID number\s+invalid\s+The check character should be “X”, not “1”$/
    )
    expect(lines.at(-1)).toBe('2 in all: 1 valid, 0 with warnings, 1 invalid')
    expect(out.join('\n')).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('says what is wrong with the arguments in the reader’s language', async () => {
    const zh = fakeIo()
    expect(await codesCommand.run(['check'], zh.io)).toBe(64)
    expect(zh.err[0]).toMatch(/^请至少给出一个代码\n/)
    const en = fakeIo('en')
    expect(await codesCommand.run(['verify'], en.io)).toBe(64)
    expect(en.err[0]).toMatch(/^Unknown subcommand: verify\n/)
    expect(await codesCommand.run(['check', '--csv'], en.io)).toBe(64)
    expect(en.err[1]).toMatch(/^Unknown option: --csv\n/)
  })

  it.each([[[]], [['verify', 'x']], [['check']], [['check', '--csv', '411000']]])(
    'exits 64 with the usage on %j',
    async (args) => {
      const { io, out, err } = fakeIo()
      expect(await codesCommand.run(args, io)).toBe(64)
      expect(err.join('\n')).toContain(codesCommand.usage)
      expect(out).toEqual([])
    }
  )
})
