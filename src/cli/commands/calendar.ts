import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { CliCommand, CliIo } from '../command'
import { EXIT_USAGE } from '../command'
import {
  defaultWorkingDayCalendar,
  formatChineseDate,
  isIsoDate,
  validateYearNotice,
  type CalendarError,
  type DayReason,
  type WorkingDayCalendar
} from '../../shared/domain/calendar'

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

function parseArgs(args: string[]): ParsedArgs | string {
  const parsed: ParsedArgs = { positionals: [], json: false, noticeFiles: [] }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--json') parsed.json = true
    else if (arg === '--notice') {
      const file = args[++i]
      if (file === undefined) return '--notice 需要一个文件路径'
      parsed.noticeFiles.push(file)
    } else if (arg.startsWith('--')) return `未知选项：${arg}`
    else parsed.positionals.push(arg)
  }
  return parsed
}

type CalendarLoad = { ok: true; data: WorkingDayCalendar } | { ok: false; message: string }

/** The bundled calendar plus the years in `--notice` files, each validated like a 设置 entry. */
async function calendarWithNotices(files: string[], io: CliIo): Promise<CalendarLoad> {
  let calendar = defaultWorkingDayCalendar
  for (const file of files) {
    let input: unknown
    try {
      input = JSON.parse(await readFile(resolve(io.cwd, file), 'utf8'))
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return { ok: false, message: `无法读取通知文件 ${file}：${reason}` }
    }
    const notice = validateYearNotice(input)
    if (!notice.ok) {
      return { ok: false, message: `通知文件 ${file} 无效：${notice.error.message}` }
    }
    calendar = calendar.withNotice(notice.data)
  }
  return { ok: true, data: calendar }
}

function reasonText(reason: DayReason): string {
  switch (reason.kind) {
    case 'workday':
      return '工作日'
    case 'weekend':
      return '周末'
    case 'holiday':
      return `节假日：${reason.holiday}`
    case 'adjusted-workday':
      return `调休上班：${reason.holiday}`
  }
}

function failure(error: CalendarError, io: CliIo): number {
  io.err(error.message)
  return error.code === 'CALENDAR_YEAR_NOT_COVERED' ? EXIT_YEAR_NOT_COVERED : EXIT_USAGE
}

function usageError(message: string, io: CliIo): number {
  io.err(`${message}\n\n${usage}`)
  return EXIT_USAGE
}

function addWorkingDays(calendar: WorkingDayCalendar, args: ParsedArgs, io: CliIo): number {
  const [, date, countText] = args.positionals
  if (args.positionals.length !== 3 || date === undefined || countText === undefined) {
    return usageError('add-working-days 需要日期和工作日数两个参数', io)
  }
  if (!isIsoDate(date)) return usageError(`“${date}”不是有效的日期，应为 YYYY-MM-DD`, io)
  if (!/^\d{1,4}$/.test(countText)) return usageError(`工作日数应为非负整数：${countText}`, io)
  const workingDays = Number(countText)
  const deadline = calendar.deadlineEnd(date, workingDays)
  if (!deadline.ok) return failure(deadline.error, io)
  if (args.json) {
    io.out(JSON.stringify({ from: date, workingDays, ...deadline.data }))
  } else {
    io.out(
      [
        deadline.data.lastDay,
        `期限届满：${formatChineseDate(deadline.data.lastDay)}24时（北京时间，即 ${deadline.data.expiresAt}）`,
        `起算日 ${date} 不计入（《民法典》第二百零一条、第二百零三条）`
      ].join('\n')
    )
  }
  return 0
}

function isWorkingDay(calendar: WorkingDayCalendar, args: ParsedArgs, io: CliIo): number {
  const [, date] = args.positionals
  if (args.positionals.length !== 2 || date === undefined) {
    return usageError('is-working-day 需要一个日期参数', io)
  }
  if (!isIsoDate(date)) return usageError(`“${date}”不是有效的日期，应为 YYYY-MM-DD`, io)
  const day = calendar.describeDay(date)
  if (!day.ok) return failure(day.error, io)
  const why = reasonText(day.data.reason)
  if (args.json) io.out(JSON.stringify({ ...day.data, reasonText: why }))
  else io.out(`${date} ${day.data.isWorkingDay ? '是' : '否'}（${why}）`)
  return 0
}

export const calendarCommand: CliCommand = {
  name: 'calendar',
  summary: '工作日计算 · working-day calendar (holidays, 调休, deadlines)',
  usage,
  async run(args, io) {
    const parsed = parseArgs(args)
    if (typeof parsed === 'string') return usageError(parsed, io)
    const subcommand = parsed.positionals[0]
    if (subcommand !== 'add-working-days' && subcommand !== 'is-working-day') {
      return usageError(subcommand ? `未知子命令：${subcommand}` : '缺少子命令', io)
    }
    const calendar = await calendarWithNotices(parsed.noticeFiles, io)
    if (!calendar.ok) {
      io.err(calendar.message)
      return EXIT_BAD_NOTICE
    }
    return subcommand === 'add-working-days'
      ? addWorkingDays(calendar.data, parsed, io)
      : isWorkingDay(calendar.data, parsed, io)
  }
}
