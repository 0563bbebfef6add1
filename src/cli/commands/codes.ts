import type { CliCommand, CliIo } from '../command'
import { EXIT_USAGE } from '../command'
import {
  checkCode,
  codeKindLabels,
  codeStatusLabels,
  reasonMessage,
  type CodeCheckResult
} from '../../shared/domain/codes'
import { message, type Message } from '../../shared/i18n/message'
import { createCliWords, type CliWords } from '../i18n'

const usage = [
  '用法 Usage: npm run cli -- codes check <代码>... [--json]',
  '',
  '识别并校验代码：统一社会信用代码、公民身份号码（18位或15位）、证照标识、证照类型代码、行政区划代码。',
  'Recognises and checks each code: USCC, citizen ID, licence identifier, licence type code, division code.',
  '',
  '选项 Options:',
  '  --json   以 JSON 数组输出 · print a JSON array',
  '',
  '退出码 Exit: 0 全部有效或仅有警告 · all valid or warnings; 1 有无效代码 · any invalid; 64 用法错误 · usage error'
].join('\n')

/** Terminal columns a string takes: CJK and full-width forms take two. */
function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    const point = char.codePointAt(0) ?? 0
    const wide =
      (point >= 0x1100 && point <= 0x115f) ||
      (point >= 0x2e80 && point <= 0xa4cf) ||
      (point >= 0xac00 && point <= 0xd7a3) ||
      (point >= 0xf900 && point <= 0xfaff) ||
      (point >= 0xfe30 && point <= 0xfe4f) ||
      (point >= 0xff00 && point <= 0xff60) ||
      (point >= 0xffe0 && point <= 0xffe6) ||
      (point >= 0x20000 && point <= 0x3fffd)
    width += wide ? 2 : 1
  }
  return width
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

interface CheckedCode extends CodeCheckResult {
  input: string
}

/** One row per code; further reasons go on continuation lines under the first. */
function table(checked: readonly CheckedCode[], words: CliWords): string {
  const header = (['code', 'kind', 'status', 'reason'] as const).map((column) =>
    words.word(`codes.cli.header.${column}`)
  )
  const rows = checked.flatMap((item) => {
    // In an invalid row, say which reasons are only warnings.
    const reasons =
      item.reasons.length === 0
        ? ['—']
        : item.reasons.map((reason) =>
            words.say(
              item.status === 'invalid' && reason.severity === 'warning'
                ? message('codes.cli.onlyWarning', { reason: reasonMessage(reason) })
                : reasonMessage(reason)
            )
          )
    return reasons.map((reason, index) =>
      index === 0
        ? [
            item.input,
            words.say(codeKindLabels[item.kind]),
            words.say(codeStatusLabels[item.status]),
            reason
          ]
        : ['', '', '', reason]
    )
  })
  const widths = header.map((title, column) =>
    Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[column] ?? '')))
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : pad(cell, widths[column] ?? 0)))
      .join('  ')
  const rule = widths.map((width) => '─'.repeat(width)).join('  ')
  const count = (status: CodeCheckResult['status']) =>
    checked.filter((item) => item.status === status).length
  const summary = words.say(
    message('codes.cli.summary', {
      total: checked.length,
      valid: count('valid'),
      warning: count('warning'),
      invalid: count('invalid')
    })
  )
  return [line(header), rule, ...rows.map(line), '', summary].join('\n')
}

function usageError(io: CliIo, words: CliWords, problem: Message): number {
  io.err(`${words.say(problem)}\n\n${usage}`)
  return EXIT_USAGE
}

/** The JSON of one result: its codes and parameters, and each reason also in words. */
function asJson(item: CheckedCode, words: CliWords) {
  return {
    ...item,
    reasons: item.reasons.map((reason) => ({ ...reason, text: words.say(reasonMessage(reason)) }))
  }
}

export const codesCommand: CliCommand = {
  name: 'codes',
  summary: '校验信用代码、身份证号、证照标识等 · check USCCs, ID numbers, licence identifiers',
  usage,
  async run(args, io) {
    const words = createCliWords(io.locale)
    const [subcommand, ...rest] = args
    if (subcommand !== 'check') {
      return usageError(
        io,
        words,
        subcommand === undefined
          ? message('codes.cli.missingSubcommand')
          : message('codes.cli.unknownSubcommand', { subcommand })
      )
    }
    const options = rest.filter((arg) => arg.startsWith('-'))
    const unknown = options.find((option) => option !== '--json')
    if (unknown !== undefined)
      return usageError(io, words, message('codes.cli.unknownOption', { option: unknown }))
    const codes = rest.filter((arg) => !arg.startsWith('-'))
    if (codes.length === 0) return usageError(io, words, message('codes.cli.noCodes'))

    const checked = codes.map((code) => ({ input: code.trim(), ...checkCode(code) }))
    io.out(
      options.includes('--json')
        ? JSON.stringify(
            checked.map((item) => asJson(item, words)),
            null,
            2
          )
        : table(checked, words)
    )
    return checked.some((item) => item.status === 'invalid') ? 1 : 0
  }
}
