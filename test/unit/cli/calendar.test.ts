import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../../src/cli/command'
import { calendarCommand } from '../../../src/cli/commands/calendar'

function fakeIo(
  cwd = process.cwd(),
  locale?: 'en'
): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return {
    stdout,
    stderr,
    cwd,
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    ...(locale ? { locale } : {})
  }
}

async function run(args: string[], cwd?: string, locale?: 'en') {
  const io = fakeIo(cwd, locale)
  const code = await calendarCommand.run(args, io)
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
}

describe('calendar add-working-days', () => {
  it('prints the Nth working day and the 24:00 deadline', async () => {
    const result = await run(['add-working-days', '2026-09-30', '1'])
    expect(result.code).toBe(0)
    expect(result.out.split('\n')).toEqual([
      '2026-10-08',
      '期限届满：2026年10月8日24时（北京时间）',
      '起算日 2026年9月30日 不计入（《民法典》第二百零一条、第二百零三条）'
    ])
  })

  it('says the same in English with --lang en', async () => {
    const result = await run(['add-working-days', '2026-09-30', '1'], undefined, 'en')
    expect(result.out.split('\n')).toEqual([
      '2026-10-08',
      'The period ends at 24:00 on 2026-10-08 (Beijing time)',
      'The start day 2026-09-30 is not counted (Civil Code, Articles 201 and 203)'
    ])
    const uncovered = await run(['add-working-days', '2026-12-31', '1'], undefined, 'en')
    expect(uncovered.err).toBe(
      'The holiday arrangements for 2027 have not been entered, so periods in working days cannot be counted. Enter the State Council General Office’s notice on the 2027 holidays in Settings.'
    )
    const described = await run(['is-working-day', '2026-10-03'], undefined, 'en')
    expect(described.out).toBe('2026-10-03 no (holiday: National Day)')
  })

  it('prints JSON with --json', async () => {
    const result = await run(['add-working-days', '2026-02-13', '5', '--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.out)).toEqual({
      from: '2026-02-13',
      workingDays: 5,
      lastDay: '2026-02-27',
      expiresAt: '2026-02-27T16:00:00.000Z'
    })
  })

  it('exits 2 saying which year is missing when the deadline runs into 2027', async () => {
    const result = await run(['add-working-days', '2026-12-31', '1'])
    expect(result.code).toBe(2)
    expect(result.out).toBe('')
    expect(result.err).toBe(
      '2027年的节假日安排尚未录入，无法按工作日计算期限。请在“设置”中录入《国务院办公厅关于2027年部分节假日安排的通知》。'
    )
  })

  it.each([
    [['add-working-days', '2026-09-30'], 'add-working-days 需要日期和工作日数两个参数'],
    [['add-working-days', '2026-09-31', '1'], '“2026-09-31”不是有效的日期，应为 YYYY-MM-DD 格式'],
    [['add-working-days', '2026-09-30', 'x'], '工作日数应为非负整数：x'],
    [['is-working-day'], 'is-working-day 需要一个日期参数'],
    [['is-working-day', '2026-10-08', '--verbose'], '未知选项：--verbose'],
    [['is-working-day', '--notice'], '--notice 需要一个文件路径'],
    [['next-holiday', '2026-10-08'], '未知子命令：next-holiday'],
    [[], '缺少子命令']
  ])('says what is wrong with %j', async (args, said) => {
    const result = await run(args)
    expect(result.err.split('\n')[0]).toBe(said)
  })

  it.each([
    [['add-working-days', '2026-09-30']],
    [['add-working-days', '2026-09-31', '1']],
    [['add-working-days', '2026-09-30', '-1']],
    [['add-working-days', '2026-09-30', 'x']],
    [['is-working-day']],
    [['is-working-day', '2026-10-08', '--verbose']],
    [['next-holiday', '2026-10-08']],
    [[]]
  ])('exits 64 with the usage on %j', async (args) => {
    const result = await run(args)
    expect(result.code).toBe(64)
    expect(result.err).toContain('用法 Usage:')
  })
})

describe('calendar is-working-day', () => {
  it.each([
    ['2026-10-08', '2026年10月8日 是（工作日）'],
    ['2026-10-11', '2026年10月11日 否（周末）'],
    ['2026-10-03', '2026年10月3日 否（节假日：国庆节）'],
    ['2026-10-10', '2026年10月10日 是（调休上班：国庆节）']
  ])('%s', async (date, expected) => {
    const result = await run(['is-working-day', date])
    expect(result).toMatchObject({ code: 0, out: expected })
  })

  it('prints JSON with --json', async () => {
    const result = await run(['is-working-day', '--json', '2026-02-14'])
    expect(JSON.parse(result.out)).toEqual({
      date: '2026-02-14',
      isWorkingDay: true,
      reason: { kind: 'adjustedWorkday', holiday: '春节' },
      reasonText: '调休上班：春节'
    })
  })

  it('exits 2 for a day in 2027', async () => {
    const result = await run(['is-working-day', '2027-01-04'])
    expect(result.code).toBe(2)
    expect(result.err).toContain('2027年')
  })
})

describe('calendar --notice', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'calendar-cli-'))
    const notice = {
      year: 2027,
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
      adjustedWorkdays: [],
      source: { title: '国务院办公厅关于2027年部分节假日安排的通知', issuedOn: '2026-11-10' }
    }
    await writeFile(join(dir, '2027.json'), JSON.stringify(notice))
    await writeFile(
      join(dir, 'bad.json'),
      JSON.stringify({ ...notice, adjustedWorkdays: [{ date: '2027-01-05', holiday: '元旦' }] })
    )
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('covers 2027 once its notice file is given, resolved against cwd', async () => {
    const result = await run(['add-working-days', '2026-12-31', '1', '--notice', '2027.json'], dir)
    expect(result).toMatchObject({ code: 0 })
    expect(result.out.split('\n')[0]).toBe('2027-01-04')
  })

  it('exits 65 naming each problem and its field when the notice file is invalid', async () => {
    const result = await run(['is-working-day', '2027-01-04', '--notice', 'bad.json'], dir)
    expect(result.code).toBe(65)
    expect(result.err).toBe(
      [
        '通知文件 bad.json 无效：节假日安排有 1 处问题',
        '  adjustedWorkdays.0：调休上班日 2027年1月5日是星期二，本来就是工作日，调休上班日应为周六或周日'
      ].join('\n')
    )
  })

  it('exits 65 when the notice file cannot be read', async () => {
    const result = await run(['is-working-day', '2027-01-04', '--notice', 'none.json'], dir)
    expect(result.code).toBe(65)
    expect(result.err).toMatch(/^无法读取通知文件 none\.json：ENOENT/)
  })
})
