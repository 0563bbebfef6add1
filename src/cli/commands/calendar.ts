import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { CliCommand, CliIo } from '../command'
import { EXIT_USAGE } from '../command'
import {
  defaultWorkingDayCalendar,
  holidayName,
  isIsoDate,
  validateYearNotice,
  type CalendarError,
  type DayReason,
  type WorkingDayCalendar
} from '../../shared/domain/calendar'
import { day, message, type Message } from '../../shared/i18n/message'
import { createCliWords, type CliWords } from '../i18n'

/** The date lies in a year whose holiday notice is not entered. */
export const EXIT_YEAR_NOT_COVERED = 2
/** A `--notice` file that cannot be read or is not a valid notice (sysexits EX_DATAERR). */
export const EXIT_BAD_NOTICE = 65

const usage = [
  '用法 Usage:',
  '  calendar add-working-days <YYYY-MM-DD> <N> [--json] [--notice 文件.json …]',
  '      起算日之后第 N 个工作日（起算日不计入，期限至该日24时）',
  '  calendar is-working-day <YYYY-MM-DD> [--json] [--notice 文件.json …]',
  '      是否工作日及原因：工作日 / 周末 / 节假日 / 调休上班',
  '',
  '选项 Options:',
  '  --json                 输出 JSON',
  '  --notice <文件>        追加一个年度节假日安排（JSON，格式同“设置”中录入的通知），可重复',
  '',
  '退出码 Exit codes: 0 成功；2 日期所在年度的节假日安排尚未录入；64 用法错误；65 通知文件无效'
].join('\n')

interface ParsedArgs {
  positionals: string[]
  json: boolean
  noticeFiles: string[]
}

function parseArgs(args: string[]): ParsedArgs | Message {
  const parsed: ParsedArgs = { positionals: [], json: false, noticeFiles: [] }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--json') parsed.json = true
    else if (arg === '--notice') {
      const file = args[++i]
      if (file === undefined) return message('calendar.cli.noticeNeedsFile')
      parsed.noticeFiles.push(file)
    } else if (arg.startsWith('--')) return message('calendar.cli.unknownOption', { option: arg })
    else parsed.positionals.push(arg)
  }
  return parsed
}

type CalendarLoad = { ok: true; data: WorkingDayCalendar } | { ok: false; lines: string[] }

/** The bundled calendar plus the years in `--notice` files, each validated like a 设置 entry. */
async function calendarWithNotices(
  files: string[],
  io: CliIo,
  words: CliWords
): Promise<CalendarLoad> {
  let calendar = defaultWorkingDayCalendar
  for (const file of files) {
    let input: unknown
    try {
      input = JSON.parse(await readFile(resolve(io.cwd, file), 'utf8'))
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return {
        ok: false,
        lines: [words.say(message('calendar.cli.unreadableNotice', { file, reason }))]
      }
    }
    const notice = validateYearNotice(input)
    if (!notice.ok) {
      // The summary, then each problem on a line of its own with the field it is about.
      const { error } = notice
      return {
        ok: false,
        lines: [
          words.say(message('calendar.cli.invalidNotice', { file, reason: error })),
          ...error.issues.map((issue) =>
            words.say(message('calendar.cli.issueAt', { path: issue.path, issue }))
          )
        ]
      }
    }
    calendar = calendar.withNotice(notice.data)
  }
  return { ok: true, data: calendar }
}

/** 工作日 / 周末 / 节假日：国庆节 / 调休上班：春节, in the reader's language. */
export function dayReasonMessage(reason: DayReason): Message {
  switch (reason.kind) {
    case 'workday':
      return message('calendar.cli.workday')
    case 'weekend':
      return message('calendar.cli.weekend')
    case 'holiday':
      return message('calendar.cli.holiday', { holiday: holidayName(reason.holiday) })
    case 'adjustedWorkday':
      return message('calendar.cli.adjustedWorkday', { holiday: holidayName(reason.holiday) })
  }
}

function failure(error: CalendarError, io: CliIo, words: CliWords): number {
  io.err(words.say(error))
  return error.code === 'calendar.yearNotCovered' ? EXIT_YEAR_NOT_COVERED : EXIT_USAGE
}

function usageError(problem: Message, io: CliIo, words: CliWords): number {
  io.err(`${words.say(problem)}\n\n${usage}`)
  return EXIT_USAGE
}

function addWorkingDays(
  calendar: WorkingDayCalendar,
  args: ParsedArgs,
  io: CliIo,
  words: CliWords
): number {
  const [, date, countText] = args.positionals
  if (args.positionals.length !== 3 || date === undefined || countText === undefined) {
    return usageError(message('calendar.cli.addNeedsArguments'), io, words)
  }
  if (!isIsoDate(date))
    return usageError(message('calendar.invalidDate', { text: date }), io, words)
  if (!/^\d{1,4}$/.test(countText))
    return usageError(message('calendar.cli.badCount', { count: countText }), io, words)
  const workingDays = Number(countText)
  const deadline = calendar.deadlineEnd(date, workingDays)
  if (!deadline.ok) return failure(deadline.error, io, words)
  if (args.json) {
    io.out(JSON.stringify({ from: date, workingDays, ...deadline.data }))
  } else {
    // The first line is the answer as a date scripts can read; then the same in words.
    io.out(
      [
        deadline.data.lastDay,
        words.say(message('calendar.cli.expires', { day: day(deadline.data.lastDay) })),
        words.say(message('calendar.cli.startNotCounted', { day: day(date) }))
      ].join('\n')
    )
  }
  return 0
}

function isWorkingDay(
  calendar: WorkingDayCalendar,
  args: ParsedArgs,
  io: CliIo,
  words: CliWords
): number {
  const [, date] = args.positionals
  if (args.positionals.length !== 2 || date === undefined) {
    return usageError(message('calendar.cli.isNeedsArgument'), io, words)
  }
  if (!isIsoDate(date))
    return usageError(message('calendar.invalidDate', { text: date }), io, words)
  const described = calendar.describeDay(date)
  if (!described.ok) return failure(described.error, io, words)
  const reason = dayReasonMessage(described.data.reason)
  if (args.json) io.out(JSON.stringify({ ...described.data, reasonText: words.say(reason) }))
  else
    io.out(
      words.say(
        message(
          described.data.isWorkingDay
            ? 'calendar.cli.isWorkingDay'
            : 'calendar.cli.isNotWorkingDay',
          { date: day(date), reason }
        )
      )
    )
  return 0
}

export const calendarCommand: CliCommand = {
  name: 'calendar',
  summary: '工作日计算 · working-day calendar (holidays, 调休, deadlines)',
  usage,
  async run(args, io) {
    const words = createCliWords(io.locale)
    const parsed = parseArgs(args)
    if ('code' in parsed) return usageError(parsed, io, words)
    const subcommand = parsed.positionals[0]
    if (subcommand !== 'add-working-days' && subcommand !== 'is-working-day') {
      return usageError(
        subcommand
          ? message('calendar.cli.unknownSubcommand', { subcommand })
          : message('calendar.cli.missingSubcommand'),
        io,
        words
      )
    }
    const calendar = await calendarWithNotices(parsed.noticeFiles, io, words)
    if (!calendar.ok) {
      io.err(calendar.lines.join('\n'))
      return EXIT_BAD_NOTICE
    }
    return subcommand === 'add-working-days'
      ? addWorkingDays(calendar.data, parsed, io, words)
      : isWorkingDay(calendar.data, parsed, io, words)
  }
}
